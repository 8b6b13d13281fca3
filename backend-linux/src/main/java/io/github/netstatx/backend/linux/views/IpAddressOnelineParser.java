package io.github.netstatx.backend.linux.views;

import io.github.netstatx.core.address.AddressBytes;
import io.github.netstatx.core.address.AddressLiteral;
import java.net.InetAddress;
import java.util.List;

/**
 * Parses the IPv4 lines of iproute2's {@code ip -o -4 addr show}: one line per address, grouped by
 * interface (index order) and, within an interface, in the kernel's address-list order (primaries before
 * secondaries) — the same order in which the kernel answers net-tools' {@code SIOCGIFADDR} ioctl, which
 * returns the first address whose label is the asked-for name.
 *
 * <pre>
 * 1: lo    inet 127.0.0.1/8 scope host lo\       valid_lft forever preferred_lft forever
 * 3: v0    inet 10.1.0.1/24 brd 10.1.0.255 scope global v0\       valid_lft forever preferred_lft forever
 * 3: v0    inet 10.2.0.1/16 scope global v0:1\       valid_lft forever preferred_lft forever
 * 3: v0    inet 10.1.0.2/24 scope global secondary v0\       valid_lft forever preferred_lft forever
 * 4: t0    inet 10.9.0.1 peer 10.9.0.2/32 scope global t0\       valid_lft forever preferred_lft forever
 * </pre>
 *
 * <p>Why a command: procfs has no per-interface IPv4 address list ({@code /proc/net/fib_trie} has the local
 * addresses but not which interface or label they belong to), and netlink cannot be opened from Java without
 * native code. {@code ip} asks the kernel over netlink and prints the address, prefix, peer, broadcast and
 * label — everything net-tools gets from {@code SIOCGIFADDR}/{@code SIOCGIFNETMASK}/{@code SIOCGIFBRDADDR}/
 * {@code SIOCGIFDSTADDR} — for the caller's own network namespace. It is run only when a view needs
 * addresses.
 *
 * <p>After the address come keyword/value pairs ({@code peer}, {@code brd}, {@code any}, {@code scope},
 * {@code metric}, {@code proto}), bare flag words ({@code secondary}, {@code dynamic}, {@code noprefixroute},
 * ...), and last, before the {@code \}, the label, which iproute2 always prints for IPv4.
 */
public final class IpAddressOnelineParser {

    /**
     * One IPv4 address.
     *
     * @param interfaceIndex interface index
     * @param interfaceName interface name
     * @param address local address
     * @param prefixLength prefix length
     * @param broadcast broadcast address, or null
     * @param peer point-to-point peer, or null
     * @param label address label ({@code v0}, {@code v0:1})
     */
    public record Ipv4Address(int interfaceIndex, String interfaceName, InetAddress address, int prefixLength,
            InetAddress broadcast, InetAddress peer, String label) {
    }

    private static final List<String> KEYWORDS_WITH_VALUE =
            List.of("peer", "brd", "any", "scope", "metric", "proto", "label");

    private IpAddressOnelineParser() {
    }

    public static ParseResult<Ipv4Address> parse(List<String> lines) {
        return ParseResult.eachLine(lines, 0, IpAddressOnelineParser::parseLine);
    }

    private static Ipv4Address parseLine(String line) {
        int backslash = line.indexOf('\\');
        String[] f = (backslash < 0 ? line : line.substring(0, backslash)).strip().split("\\s+");
        if (f.length < 5 || !f[0].endsWith(":") || !"inet".equals(f[2])) {
            return null;
        }
        try {
            int index = Integer.parseInt(f[0].substring(0, f[0].length() - 1));
            String[] local = f[3].split("/", 2);
            InetAddress address = literal(local[0]);
            Integer prefix = local.length == 2 ? Integer.valueOf(local[1]) : null;
            InetAddress broadcast = null;
            InetAddress peer = null;
            String label = null;
            for (int i = 4; i < f.length; i++) {
                String word = f[i];
                if (KEYWORDS_WITH_VALUE.contains(word) && i + 1 < f.length) {
                    String value = f[++i];
                    if (word.equals("peer")) {
                        String[] p = value.split("/", 2);
                        peer = literal(p[0]);
                        prefix = p.length == 2 ? Integer.valueOf(p[1]) : prefix;
                    } else if (word.equals("brd")) {
                        broadcast = literal(value);
                    }
                } else if (i == f.length - 1) {
                    label = word;
                }
            }
            if (address == null || prefix == null || prefix < 0 || prefix > 32 || label == null) {
                return null;
            }
            return new Ipv4Address(index, f[1], address, prefix, broadcast, peer, label);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A dotted quad as an address, without any name lookup; null when it is not one. */
    private static InetAddress literal(String s) {
        byte[] b = AddressLiteral.ipv4Bytes(s);
        return b == null ? null : AddressBytes.of(b);
    }
}
