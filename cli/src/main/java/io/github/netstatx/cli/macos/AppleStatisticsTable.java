package io.github.netstatx.cli.macos;

import io.github.netstatx.cli.CountedLines;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.StatisticsGroup;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Apple {@code netstat -s}, {@code -ss}, {@code -s -p PROTOCOL}, {@code -f inet|inet6 -s}: the kernel struct
 * groups backend-macos reports ({@code tcpstat}, ...) printed through {@link AppleStatisticsLayout} under
 * netstat's protocol names, in its protox order (inet: tcp, udp, ip, icmp, mptcp; inet6: ip6, icmp6, mptcp,
 * where tcp, udp and mptcp print once, in the inet part, unless only inet6 is asked for; mptcp's counters are
 * tcpstat's).
 *
 * <p>Data Apple's layout cannot print follows the AIX dialect's rule: each group under its own name, one
 * {@code N name} line per counter ({@link CountedLines}), so nothing collected is hidden and nothing uncounted
 * is printed. That is other systems' groups (with {@code -p tcp} a Linux host's {@code Tcp} and
 * {@code TcpExt}) and any group Apple's table has no rows for. Protocols netstat knows but no backend reports (igmp, arp,
 * ipsec, rip6, ...) print nothing, and the caller says so.
 */
final class AppleStatisticsTable {

    /** Which protox table an entry prints in. */
    private enum Part {
        /** The inet table only. */
        INET,
        /** The inet table, or the inet6 one when only inet6 is asked for (netstat prints it once). */
        BOTH,
        /** The inet6 table. */
        INET6
    }

    /**
     * One protox entry with statistics in the model.
     *
     * @param rows the layout's rows ({@code mptcp} prints tcpstat counters under its own title)
     * @param struct the group it prints
     * @param foreign other systems' groups of the protocol
     */
    private record Entry(String protocol, Part part, String rows, String struct, List<String> foreign) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("tcp", Part.BOTH, "tcpstat", "tcpstat", List.of("Tcp", "TcpExt")),
            new Entry("udp", Part.BOTH, "udpstat", "udpstat", List.of("Udp", "Udp6", "UdpLite", "UdpLite6")),
            new Entry("ip", Part.INET, "ipstat", "ipstat", List.of("Ip", "IpExt")),
            new Entry("icmp", Part.INET, "icmpstat", "icmpstat", List.of("Icmp", "IcmpMsg")),
            new Entry("mptcp", Part.INET, "mptcp", "tcpstat", List.of()),
            new Entry("ip6", Part.INET6, "ip6stat", "ip6stat", List.of("Ip6")),
            new Entry("icmp6", Part.INET6, "icmp6stat", "icmp6stat", List.of("Icmp6")),
            new Entry("mptcp", Part.INET6, "mptcp", "tcpstat", List.of()));

    /** The MIB-II twins backend-macos derives from each struct: the struct is the one printed. */
    private static final Map<String, String> MIB_TWIN = Map.of("tcpstat", "Tcp", "udpstat", "Udp", "ipstat", "Ip",
            "icmpstat", "Icmp", "ip6stat", "Ip6", "icmp6stat", "Icmp6");

    private final AppleStatisticsLayout layout;
    private final boolean nonZeroOnly;

    AppleStatisticsTable(AppleStatisticsLayout layout, boolean nonZeroOnly) {
        this.layout = layout;
        this.nonZeroOnly = nonZeroOnly;
    }

    /** Whether {@code protocol} is one whose statistics the model can hold. */
    static boolean hasStatistics(String protocol) {
        return ENTRIES.stream().anyMatch(e -> e.protocol().equals(protocol));
    }

    /**
     * @param protocol {@code -p}'s protocol name, or {@code null}
     * @param inet whether the inet protox table is printed ({@code -f inet} or no family)
     * @param inet6 whether the inet6 one is ({@code -f inet6} or no family)
     */
    List<String> render(List<StatisticsGroup> groups, String protocol, boolean inet, boolean inet6) {
        Map<String, StatisticsGroup> byName = new LinkedHashMap<>();
        groups.forEach(g -> byName.putIfAbsent(g.name(), g));
        Set<String> shown = new HashSet<>();
        MIB_TWIN.forEach((struct, twin) -> {
            if (byName.containsKey(struct)) {
                shown.add(twin);
            }
        });
        List<String> out = new ArrayList<>();
        for (Entry e : ENTRIES) {
            boolean selected = switch (e.part()) {
                case INET -> inet;
                case BOTH -> inet || inet6;
                // mptcp's second entry prints only when the inet one did not
                case INET6 -> inet6 && !(e.protocol().equals("mptcp") && inet);
            };
            if (!selected || (protocol != null && !protocol.equals(e.protocol()))) {
                continue;
            }
            StatisticsGroup struct = byName.get(e.struct());
            if (struct != null && layout.prints(e.rows())) {
                shown.add(struct.name());
                Map<String, Long> values = new LinkedHashMap<>();
                struct.counters().forEach(c -> values.put(c.name(), c.value()));
                out.add(e.protocol() + ":");
                out.addAll(layout.render(e.rows(), values, nonZeroOnly));
                continue;
            }
            List<String> names = new ArrayList<>();
            names.add(e.struct());
            names.addAll(e.foreign());
            for (String name : names) {
                StatisticsGroup g = byName.get(name);
                if (g != null && !shown.contains(name) && familyMatches(g, inet, inet6)) {
                    shown.add(name);
                    CountedLines.appendGroup(g, nonZeroOnly, out);
                }
            }
        }
        if (protocol == null) {
            for (StatisticsGroup g : groups) {
                if (!shown.contains(g.name()) && familyMatches(g, inet, inet6)) {
                    shown.add(g.name());
                    CountedLines.appendGroup(g, nonZeroOnly, out);
                }
            }
        }
        return out;
    }

    private static boolean familyMatches(StatisticsGroup g, boolean inet, boolean inet6) {
        return g.family() == null || (g.family() == AddressFamily.IPV4 ? inet : inet6);
    }
}
