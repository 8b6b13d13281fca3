package io.github.netstatx.cli.names;

import io.github.netstatx.core.address.AddressBytes;
import io.github.netstatx.core.address.AddressLiteral;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses a hosts file ({@code /etc/hosts}) into the reverse answers glibc's NSS "files" module
 * gives. Sample:
 * <pre>
 * 127.0.0.1       localhost
 * ::1             localhost ip6-localhost ip6-loopback
 * 192.0.2.7       build-7.example.org build-7
 * </pre>
 * The first line naming an address wins, and its first name is the answer. As in glibc, an IPv4
 * lookup also matches v4-mapped IPv6 lines and {@code ::1} (as 127.0.0.1), while an IPv6 lookup
 * (v4-mapped addresses included) matches IPv6 lines only. Only literal addresses are read
 * (nothing here ever resolves a name).
 */
public final class HostsFileParser {

    /**
     * Names for IPv4 lookups (keys are {@link Inet4Address}) and IPv6 lookups (keys are
     * {@link Inet6Address}, v4-mapped ones kept as IPv6).
     */
    public record Table(Map<InetAddress, String> ipv4, Map<InetAddress, String> ipv6) {

        /** The name glibc would give {@code address}, looked up in its own family. */
        public Optional<String> name(InetAddress address) {
            return Optional.ofNullable((address instanceof Inet4Address ? ipv4 : ipv6).get(address));
        }
    }

    private static final byte[] LOOPBACK4 = {127, 0, 0, 1};

    private HostsFileParser() {
    }

    public static Table parse(List<String> lines) {
        Map<InetAddress, String> v4 = new HashMap<>();
        Map<InetAddress, String> v6 = new HashMap<>();
        for (String line : lines) {
            String[] f = ServicesFileParser.fields(line);
            if (f.length < 2) {
                continue;
            }
            if (f[0].indexOf(':') < 0) {
                byte[] b = AddressLiteral.ipv4Bytes(f[0]);
                if (b != null) {
                    v4.putIfAbsent(AddressBytes.of(b), f[1]);
                }
                continue;
            }
            byte[] b = AddressLiteral.ipv6Bytes(f[0]);
            if (b == null) {
                continue;
            }
            v6.putIfAbsent(AddressBytes.ipv6(b, 0), f[1]);
            byte[] asV4 = isV4Mapped(b) ? Arrays.copyOfRange(b, 12, 16) : isLoopback(b) ? LOOPBACK4 : null;
            if (asV4 != null) {
                v4.putIfAbsent(AddressBytes.of(asV4), f[1]);
            }
        }
        return new Table(Map.copyOf(v4), Map.copyOf(v6));
    }

    private static boolean isV4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return b[10] == (byte) 0xFF && b[11] == (byte) 0xFF;
    }

    private static boolean isLoopback(byte[] b) {
        for (int i = 0; i < 15; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return b[15] == 1;
    }
}
