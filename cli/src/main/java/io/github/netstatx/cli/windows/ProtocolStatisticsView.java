package io.github.netstatx.cli.windows;

import io.github.netstatx.cli.Sample;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.StatisticsCounter;
import io.github.netstatx.core.model.StatisticsGroup;
import io.github.netstatx.core.spi.BackendException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code -s} (and {@code -s -p PROTO}): netstat.exe's per-protocol statistics from the model's MIB-II
 * counters (the Linux SNMP names: {@code Ip InReceives}, {@code Ip6 Ip6InReceives}, {@code Tcp ActiveOpens},
 * ...). Sections, row order and the column of the {@code =} are netstat.exe's; a counter the platform does
 * not keep (Windows' RoutingDiscards on Linux) prints as 0.
 *
 * <p>TCP: Linux counts both families together in one {@code Tcp} section (family unset), so on Linux both
 * "TCP Statistics" sections show those totals; platforms with a section per family show each.
 *
 * <p>ICMP rows per message type take the MIB-II named counter ({@code InDestUnreachs}) and, for types without
 * one (router solicitation and advertisement on IPv4, router renumbering on IPv6), the per-type counter
 * ({@code IcmpMsg InType10}, {@code Icmp6InType138}).
 */
final class ProtocolStatisticsView implements WindowsViewRenderer {

    /** One printed section: which -p value selects it and how it prints. */
    private enum Section {
        IP(WindowsProtocol.IP, "IPv4 Statistics"),
        IPV6(WindowsProtocol.IPV6, "IPv6 Statistics"),
        ICMP(WindowsProtocol.ICMP, "ICMPv4 Statistics"),
        ICMPV6(WindowsProtocol.ICMPV6, "ICMPv6 Statistics"),
        TCP(WindowsProtocol.TCP, "TCP Statistics for IPv4"),
        TCPV6(WindowsProtocol.TCPV6, "TCP Statistics for IPv6"),
        UDP(WindowsProtocol.UDP, "UDP Statistics for IPv4"),
        UDPV6(WindowsProtocol.UDPV6, "UDP Statistics for IPv6");

        final WindowsProtocol protocol;
        final String title;

        Section(WindowsProtocol protocol, String title) {
            this.protocol = protocol;
            this.title = title;
        }
    }

    /** IP rows: label and MIB-II counter, in netstat.exe's order. */
    private static final String[][] IP_ROWS = {
        {"Packets Received", "InReceives"}, {"Received Header Errors", "InHdrErrors"},
        {"Received Address Errors", "InAddrErrors"}, {"Datagrams Forwarded", "ForwDatagrams"},
        {"Unknown Protocols Received", "InUnknownProtos"}, {"Received Packets Discarded", "InDiscards"},
        {"Received Packets Delivered", "InDelivers"}, {"Output Requests", "OutRequests"},
        {"Routing Discards", "RoutingDiscards"}, {"Discarded Output Packets", "OutDiscards"},
        {"Output Packet No Route", "OutNoRoutes"}, {"Reassembly Required", "ReasmReqds"},
        {"Reassembly Successful", "ReasmOKs"}, {"Reassembly Failures", "ReasmFails"},
        {"Datagrams Successfully Fragmented", "FragOKs"}, {"Datagrams Failing Fragmentation", "FragFails"},
        {"Fragments Created", "FragCreates"}};

    /** ICMPv4 rows: label, MIB-II counter suffix (after In/Out) or null, ICMP type (-1: none). */
    private static final Object[][] ICMP4_ROWS = {
        {"Messages", "Msgs", -1}, {"Errors", "Errors", -1}, {"Destination Unreachable", "DestUnreachs", 3},
        {"Time Exceeded", "TimeExcds", 11}, {"Parameter Problems", "ParmProbs", 12},
        {"Source Quenches", "SrcQuenchs", 4}, {"Redirects", "Redirects", 5}, {"Echo Replies", "EchoReps", 0},
        {"Echos", "Echos", 8}, {"Timestamps", "Timestamps", 13}, {"Timestamp Replies", "TimestampReps", 14},
        {"Address Masks", "AddrMasks", 17}, {"Address Mask Replies", "AddrMaskReps", 18},
        {"Router Solicitations", null, 10}, {"Router Advertisements", null, 9}};

    private static final Object[][] ICMP6_ROWS = {
        {"Messages", "Msgs", -1}, {"Errors", "Errors", -1}, {"Destination Unreachable", "DestUnreachs", 1},
        {"Packet Too Big", "PktTooBigs", 2}, {"Time Exceeded", "TimeExcds", 3},
        {"Parameter Problems", "ParmProblems", 4}, {"Echos", "Echos", 128}, {"Echo Replies", "EchoReplies", 129},
        {"MLD Queries", "GroupMembQueries", 130}, {"MLD Reports", "GroupMembResponses", 131},
        {"MLD Dones", "GroupMembReductions", 132}, {"Router Solicitations", "RouterSolicits", 133},
        {"Router Advertisements", "RouterAdvertisements", 134}, {"Neighbor Solicitations", "NeighborSolicits", 135},
        {"Neighbor Advertisements", "NeighborAdvertisements", 136}, {"Redirects", "Redirects", 137},
        {"Router Renumberings", null, 138}};

    private static final String[][] TCP_ROWS = {
        {"Active Opens", "ActiveOpens"}, {"Passive Opens", "PassiveOpens"},
        {"Failed Connection Attempts", "AttemptFails"}, {"Reset Connections", "EstabResets"},
        {"Current Connections", "CurrEstab"}, {"Segments Received", "InSegs"}, {"Segments Sent", "OutSegs"},
        {"Segments Retransmitted", "RetransSegs"}};

    private static final String[][] UDP_ROWS = {
        {"Datagrams Received", "InDatagrams"}, {"No Ports", "NoPorts"}, {"Receive Errors", "InErrors"},
        {"Datagrams Sent", "OutDatagrams"}};

    @Override
    public List<String> render(Request request) throws BackendException {
        request.sample().requireCollected(Sample.Section.STATISTICS);
        Snapshot<StatisticsGroup> s = request.sample().statistics();
        s.diagnostics().forEach(request.diagnostics());
        List<StatisticsGroup> groups = s.items();
        List<String> lines = new ArrayList<>();
        for (Section section : Section.values()) {
            if (request.options().protocol().map(p -> p == section.protocol).orElse(true)) {
                lines.add("");
                lines.add(section.title);
                lines.add("");
                lines.addAll(section(section, groups));
            }
        }
        return lines;
    }

    private static List<String> section(Section section, List<StatisticsGroup> groups) {
        List<String> lines = new ArrayList<>();
        switch (section) {
            case IP -> equalsRows(lines, IP_ROWS, group(groups, "Ip", AddressFamily.IPV4), "", 37);
            case IPV6 -> {
                StatisticsGroup ip6 = group(groups, "Ip6", AddressFamily.IPV6);
                for (String[] r : IP_ROWS) {
                    // snmp6 names the forwarded count from the sending side
                    String name = r[1].equals("ForwDatagrams") ? "Ip6OutForwDatagrams" : "Ip6" + r[1];
                    lines.add(equalsRow(r[0], value(ip6, name), 37));
                }
            }
            case ICMP -> icmpRows(lines, ICMP4_ROWS, group(groups, "Icmp", AddressFamily.IPV4),
                    group(groups, "IcmpMsg", AddressFamily.IPV4), "", "");
            case ICMPV6 -> {
                StatisticsGroup icmp6 = group(groups, "Icmp6", AddressFamily.IPV6);
                icmpRows(lines, ICMP6_ROWS, icmp6, icmp6, "Icmp6", "Icmp6");
            }
            case TCP -> equalsRows(lines, TCP_ROWS, group(groups, "Tcp", AddressFamily.IPV4), "", 38);
            case TCPV6 -> equalsRows(lines, TCP_ROWS, group(groups, "Tcp", AddressFamily.IPV6), "", 38);
            case UDP -> equalsRows(lines, UDP_ROWS, group(groups, "Udp", AddressFamily.IPV4), "", 24);
            case UDPV6 -> equalsRows(lines, UDP_ROWS, group(groups, "Udp6", AddressFamily.IPV6), "Udp6", 24);
            default -> throw new IllegalStateException(section.name());
        }
        return lines;
    }

    private static void equalsRows(List<String> lines, String[][] rows, StatisticsGroup g, String prefix,
            int equalsColumn) {
        for (String[] r : rows) {
            lines.add(equalsRow(r[0], value(g, prefix + r[1]), equalsColumn));
        }
    }

    /** {@code   Label   = value} with the {@code =} at {@code column}. */
    private static String equalsRow(String label, long value, int column) {
        return WindowsColumns.left("  " + label, column) + "= " + Long.toUnsignedString(value);
    }

    /**
     * ICMP rows: received left-aligned at column 28 and sent at column 40, each padded to 10.
     *
     * @param named the group with the named counters
     * @param perType the group with the {@code InTypeN}/{@code OutTypeN} counters
     * @param namePrefix prefix of the named counters ({@code Icmp6} for IPv6)
     * @param typePrefix prefix of the per-type counters
     */
    private static void icmpRows(List<String> lines, Object[][] rows, StatisticsGroup named, StatisticsGroup perType,
            String namePrefix, String typePrefix) {
        lines.add("                            Received    Sent");
        for (Object[] r : rows) {
            long in = icmp(named, perType, namePrefix + "In", typePrefix + "InType", (String) r[1], (int) r[2]);
            long out = icmp(named, perType, namePrefix + "Out", typePrefix + "OutType", (String) r[1], (int) r[2]);
            lines.add(WindowsColumns.left("  " + r[0], 28) + WindowsColumns.left(Long.toUnsignedString(in), 10)
                    + "  " + WindowsColumns.left(Long.toUnsignedString(out), 10));
        }
    }

    private static long icmp(StatisticsGroup named, StatisticsGroup perType, String namePrefix, String typePrefix,
            String suffix, int type) {
        if (suffix != null && find(named, namePrefix + suffix) != null) {
            return find(named, namePrefix + suffix);
        }
        return type < 0 ? 0 : value(perType, typePrefix + type);
    }

    /** The group of that name for the family, or the one that covers both families; null when none. */
    private static StatisticsGroup group(List<StatisticsGroup> groups, String name, AddressFamily family) {
        StatisticsGroup both = null;
        for (StatisticsGroup g : groups) {
            if (g.name().equals(name)) {
                if (g.family() == family) {
                    return g;
                }
                if (g.family() == null && both == null) {
                    both = g;
                }
            }
        }
        return both;
    }

    private static long value(StatisticsGroup g, String counter) {
        Long v = find(g, counter);
        return v == null ? 0 : v;
    }

    private static Long find(StatisticsGroup g, String counter) {
        if (g != null) {
            for (StatisticsCounter c : g.counters()) {
                if (c.name().equals(counter)) {
                    return c.value();
                }
            }
        }
        return null;
    }
}
