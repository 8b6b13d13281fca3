package io.github.netstatx.backend.aix;

import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.InterfaceAddress;
import io.github.netstatx.core.model.InterfaceCounters;
import io.github.netstatx.core.model.InterfaceFlag;
import io.github.netstatx.core.model.MulticastGroup;
import io.github.netstatx.core.model.NetInterface;
import io.github.netstatx.core.model.Severity;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses AIX {@code netstat -in} and {@code netstat -ian}. From an AIX host (python/cpython
 * {@code Lib/test/test_uuid.py}, {@code test_find_under_heading}):
 *
 * <pre>
 * Name  Mtu   Network     Address           Ipkts Ierrs    Opkts Oerrs  Coll
 * en0   1500  link#2      fe.ad.c.1.23.4   1714807956     0 711348489     0     0
 *                         01:00:5e:00:00:01
 * en0   1500  192.168.129 x071             1714807956     0 711348489     0     0
 *                         224.0.0.1
 * </pre>
 *
 * <p>Each interface has one {@code link#N} row (N is its index; the MAC in dotted hex without leading
 * zeros, absent for loopback) and one row per address, every row repeating the interface's counters.
 * With {@code -a}, indented lines under a row are multicast memberships. The network column is the
 * address masked and cut after its last non-zero octet; the prefix length is the longest one that gives
 * that network (the exact mask is not printed). A name in the address column (from a run without
 * {@code -n}) is never looked up: the row becomes a diagnostic.
 */
public final class NetstatInParser {

    private static final String SOURCE = "netstat -ian";

    /** Interfaces, memberships and what could not be read. */
    public record Result(List<NetInterface> interfaces, List<MulticastGroup> groups, List<Diagnostic> diagnostics) {
        public Result {
            interfaces = List.copyOf(interfaces);
            groups = List.copyOf(groups);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private NetstatInParser() {
    }

    public static Result parse(String text) {
        Map<String, Building> byName = new LinkedHashMap<>();
        List<MulticastGroup> groups = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        int linkLayerGroups = 0;
        Building current = null;
        for (String line : text.split("\n", -1)) {
            if (line.isBlank() || line.startsWith("Name ")) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0))) {
                String g = line.strip();
                Optional<InetAddress> group = g.indexOf(':') >= 0 && g.length() == 17 && g.charAt(2) == ':'
                        ? Optional.empty() : AixAddressText.address(g);
                if (current != null && group.isPresent()) {
                    groups.add(new MulticastGroup(current.name, current.index, 1, group.get()));
                } else if (current != null && isMac(g, ':')) {
                    linkLayerGroups++;
                } else {
                    diagnostics.add(malformed(line));
                }
                continue;
            }
            String[] f = line.strip().split("\\s+");
            Optional<Building> row = f.length == 8 || f.length == 9 ? row(f, byName) : Optional.empty();
            if (row.isEmpty()) {
                diagnostics.add(malformed(line));
                current = null;
            } else {
                current = row.get();
            }
        }
        if (linkLayerGroups > 0) {
            diagnostics.add(new Diagnostic(Diagnostic.Code.OTHER, Severity.INFO, SOURCE, linkLayerGroups
                    + " link-layer multicast memberships are not part of the model and are not listed", null,
                    linkLayerGroups, null));
        }
        List<NetInterface> out = new ArrayList<>();
        for (Building b : byName.values()) {
            out.add(b.build());
        }
        return new Result(out, groups, diagnostics);
    }

    private static Diagnostic malformed(String line) {
        return new Diagnostic(Diagnostic.Code.MALFORMED_LINES, Severity.WARNING, SOURCE,
                "a line of " + SOURCE + " was not understood and is not listed: " + SafeText.quote(line), null, 1,
                null);
    }

    private static Optional<Building> row(String[] f, Map<String, Building> byName) {
        boolean down = f[0].endsWith("*");
        String name = down ? f[0].substring(0, f[0].length() - 1) : f[0];
        Optional<Integer> mtu = AixAddressText.number(f[1], Integer.MAX_VALUE);
        int c = f.length - 5;
        Optional<Long> ipkts = AixAddressText.counter(f[c]);
        Optional<Long> ierrs = AixAddressText.counter(f[c + 1]);
        Optional<Long> opkts = AixAddressText.counter(f[c + 2]);
        Optional<Long> oerrs = AixAddressText.counter(f[c + 3]);
        Optional<Long> coll = AixAddressText.counter(f[c + 4]);
        if (name.isEmpty() || mtu.isEmpty() || ipkts.isEmpty() || ierrs.isEmpty() || opkts.isEmpty()
                || oerrs.isEmpty() || coll.isEmpty()) {
            return Optional.empty();
        }
        String network = f[2];
        String address = f.length == 9 ? f[3] : null;
        Building b = byName.get(name);
        if (network.startsWith("link#")) {
            Optional<Integer> index = AixAddressText.number(network.substring(5), Integer.MAX_VALUE);
            if (index.isEmpty() || (address != null && !isMac(address, '.'))) {
                return Optional.empty();
            }
            b = byName.computeIfAbsent(name, n -> new Building(n, mtu.get(), down));
            b.index = index.get();
            b.mac = address == null ? null : colonMac(address);
        } else {
            if (address == null) {
                return Optional.empty();
            }
            Optional<InterfaceAddress> a = interfaceAddress(network, address);
            if (a.isEmpty()) {
                return Optional.empty();
            }
            b = byName.computeIfAbsent(name, n -> new Building(n, mtu.get(), down));
            b.addresses.add(a.get());
        }
        if (b.counters == null) {
            b.counters = new InterfaceCounters(null, ipkts.get(), ierrs.get(), null, null, null, null, null, null,
                    null, null, null, opkts.get(), oerrs.get(), null, null, null, null, coll.get(), null, null);
        }
        return Optional.of(b);
    }

    private static Optional<InterfaceAddress> interfaceAddress(String network, String address) {
        Optional<InetAddress> a = AixAddressText.address(address);
        if (a.isEmpty()) {
            return Optional.empty();
        }
        if (!(a.get() instanceof Inet4Address)) {
            // AIX prints the IPv6 address again in the network column; the prefix is not shown.
            return Optional.of(new InterfaceAddress(a.get(), null, null, null, null));
        }
        Optional<InetAddress> net = AixAddressText.abbreviatedIpv4(network);
        if (net.isEmpty()) {
            return Optional.empty();
        }
        int octets = network.split("\\.", -1).length;
        int addr = toInt(a.get().getAddress());
        int want = toInt(net.get().getAddress());
        for (int p = octets * 8; p >= 0; p--) {
            int mask = p == 0 ? 0 : -1 << (32 - p);
            if ((addr & mask) == want) {
                return Optional.of(new InterfaceAddress(a.get(), p, null, null, null));
            }
        }
        return Optional.empty();
    }

    private static int toInt(byte[] b) {
        return (b[0] & 0xFF) << 24 | (b[1] & 0xFF) << 16 | (b[2] & 0xFF) << 8 | (b[3] & 0xFF);
    }

    /** Six hex groups of one or two digits ({@code fe.ad.c.1.23.4}, {@code 01:00:5e:00:00:01}). */
    private static boolean isMac(String text, char sep) {
        String[] parts = text.split(sep == '.' ? "\\." : String.valueOf(sep), -1);
        if (parts.length != 6) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 2 || !p.chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /** {@code fe.ad.c.1.23.4} as the model writes MACs: {@code fe:ad:0c:01:23:04}. */
    private static String colonMac(String dotted) {
        StringBuilder sb = new StringBuilder(17);
        for (String p : dotted.split("\\.")) {
            if (sb.length() > 0) {
                sb.append(':');
            }
            sb.append(p.length() == 1 ? "0" : "").append(p.toLowerCase(java.util.Locale.ROOT));
        }
        return sb.toString();
    }

    /** One interface while its rows are read. */
    private static final class Building {
        final String name;
        final int mtu;
        final boolean down;
        Integer index;
        String mac;
        InterfaceCounters counters;
        final List<InterfaceAddress> addresses = new ArrayList<>();

        Building(String name, int mtu, boolean down) {
            this.name = name;
            this.mtu = mtu;
            this.down = down;
        }

        NetInterface build() {
            // netstat marks an interface that is not up with '*' after its name; nothing else about
            // its flags is printed.
            return new NetInterface(name, index, null, mtu, null,
                    down ? EnumSet.noneOf(InterfaceFlag.class) : EnumSet.of(InterfaceFlag.UP), null, mac, null,
                    null, addresses, counters);
        }
    }
}
