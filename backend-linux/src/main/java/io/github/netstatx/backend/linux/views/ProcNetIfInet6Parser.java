package io.github.netstatx.backend.linux.views;

import io.github.netstatx.core.parse.ParseResult;
import java.net.InetAddress;
import java.util.List;

/**
 * Parses {@code /proc/net/if_inet6}: one line per IPv6 address, in the kernel's hash order (which is the
 * order net-tools prints them in).
 *
 * <pre>
 * fe800000000000002c2f88fffe53f125 03 40 20 80       v0
 * 00000000000000000000000000000001 01 80 10 80       lo
 * fd000001000000000000000000000001 03 40 00 82       v0
 * </pre>
 *
 * Fields: address ({@code %pi6}, network order), interface index, prefix length, scope and flags (all hex),
 * interface name (right-aligned in 8).
 */
public final class ProcNetIfInet6Parser {

    /**
     * One address.
     *
     * @param address the address
     * @param interfaceIndex interface index
     * @param prefixLength prefix length
     * @param scope scope as the kernel codes it (0x00 global, 0x10 host, 0x20 link, 0x40 site, +0x80 compat)
     * @param flags IFA_F_* flags
     * @param interfaceName interface name
     */
    public record Inet6Address(InetAddress address, int interfaceIndex, int prefixLength, int scope, int flags,
            String interfaceName) {
    }

    private ProcNetIfInet6Parser() {
    }

    public static ParseResult<Inet6Address> parse(List<String> lines) {
        return ParseResult.eachLine(lines, 0, line -> parseLine(line.strip().split("\\s+")));
    }

    private static Inet6Address parseLine(String[] f) {
        if (f.length != 6) {
            return null;
        }
        InetAddress address = ProcAddressCodec.networkOrderIpv6(f[0]);
        try {
            return address == null ? null : new Inet6Address(address, Integer.parseInt(f[1], 16),
                    Integer.parseInt(f[2], 16), Integer.parseInt(f[3], 16), Integer.parseInt(f[4], 16), f[5]);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
