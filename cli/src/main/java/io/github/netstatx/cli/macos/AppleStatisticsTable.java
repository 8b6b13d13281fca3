package io.github.netstatx.cli.macos;

import io.github.netstatx.cli.TerminalSafe;
import io.github.netstatx.core.model.StatisticsCounter;
import io.github.netstatx.core.model.StatisticsGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Apple {@code netstat -s}, {@code -ss}, {@code -s -p PROTOCOL}, {@code -f inet|inet6 -s}: the kernel struct
 * groups backend-macos reports ({@code tcpstat}, ...) printed through {@link AppleStatisticsLayout} under
 * netstat's protocol names, in its protox order. Groups Apple has no layout for here (ip6stat and icmp6stat
 * until their layout is written, other systems' MIB groups) follow under their own names as {@code N name},
 * the AIX dialect's rule, so nothing collected is hidden and nothing uncounted is printed.
 */
final class AppleStatisticsTable {

    /** inet protox entries with a layout, then the inet6 ones (tcp and udp print once, in the inet part). */
    private static final List<String[]> INET = List.of(new String[] {"tcp", "tcpstat"},
            new String[] {"udp", "udpstat"}, new String[] {"ip", "ipstat"}, new String[] {"icmp", "icmpstat"});
    /** The kernel groups whose MIB-II twins backend-macos also reports (the twins are not printed again). */
    private static final Map<String, String> MIB_TWIN = Map.of("tcpstat", "Tcp", "udpstat", "Udp", "ipstat", "Ip",
            "icmpstat", "Icmp", "ip6stat", "Ip6", "icmp6stat", "Icmp6");

    private final AppleStatisticsLayout layout;
    private final boolean nonZeroOnly;

    AppleStatisticsTable(AppleStatisticsLayout layout, boolean nonZeroOnly) {
        this.layout = layout;
        this.nonZeroOnly = nonZeroOnly;
    }

    /**
     * @param protocol {@code -p}'s protocol name, or {@code null}
     * @param inet whether the inet protox table is printed ({@code -f inet} or no family)
     * @param inet6 whether the inet6 one is ({@code -f inet6} or no family)
     */
    List<String> render(List<StatisticsGroup> groups, String protocol, boolean inet, boolean inet6) {
        Map<String, StatisticsGroup> byName = new LinkedHashMap<>();
        groups.forEach(g -> byName.putIfAbsent(g.name(), g));
        List<String> out = new ArrayList<>();
        Set<String> shown = new java.util.HashSet<>();
        for (String[] entry : INET) {
            boolean tcpOrUdp = entry[0].equals("tcp") || entry[0].equals("udp");
            if ((protocol != null && !protocol.equals(entry[0])) || !(inet || (inet6 && tcpOrUdp))) {
                continue;
            }
            StatisticsGroup g = byName.get(entry[1]);
            if (g == null) {
                continue;
            }
            shown.add(g.name());
            shown.add(MIB_TWIN.get(g.name()));
            Map<String, Long> values = new LinkedHashMap<>();
            g.counters().forEach(c -> values.put(c.name(), c.value()));
            out.add(entry[0] + ":");
            out.addAll(layout.render(entry[1], values, nonZeroOnly));
        }
        if (protocol == null) {
            for (StatisticsGroup g : groups) {
                if (shown.contains(g.name()) || shownTwin(g, byName, shown)) {
                    continue;
                }
                boolean v6 = g.family() == io.github.netstatx.core.model.AddressFamily.IPV6;
                boolean v4 = g.family() == io.github.netstatx.core.model.AddressFamily.IPV4;
                if ((v6 && !inet6) || (v4 && !inet)) {
                    continue;
                }
                shown.add(g.name());
                out.add(TerminalSafe.dotted(g.name()) + ":");
                for (StatisticsCounter c : g.counters()) {
                    if (!nonZeroOnly || c.value() != 0) {
                        out.add("\t" + Long.toUnsignedString(c.value()) + " " + TerminalSafe.dotted(c.name()));
                    }
                }
            }
        }
        return out;
    }

    /** A MIB group whose kernel struct group is present: the struct group is the one printed. */
    private static boolean shownTwin(StatisticsGroup g, Map<String, StatisticsGroup> byName, Set<String> shown) {
        return MIB_TWIN.entrySet().stream().anyMatch(e -> e.getValue().equals(g.name()) && byName.containsKey(e.getKey()));
    }
}
