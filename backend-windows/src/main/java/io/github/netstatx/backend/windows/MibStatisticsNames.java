package io.github.netstatx.backend.windows;

import io.github.netstatx.backend.windows.decode.IcmpExDecoder.IcmpEx;
import io.github.netstatx.backend.windows.decode.IcmpExDecoder.IcmpStats;
import io.github.netstatx.backend.windows.decode.StructValue;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.StatisticsCounter;
import io.github.netstatx.core.model.StatisticsGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every mapping from a Windows statistics field to the model's MIB-II / Linux SNMP counter name, in one
 * place. Names are spelled as Linux {@code /proc/net/snmp} and {@code /proc/net/snmp6} spell them, so both
 * dialects read one vocabulary; fields Linux has no counter for keep their MIB-II or Windows name and are
 * marked "Windows only" below.
 *
 * <table>
 * <caption>Groups</caption>
 * <tr><th>Windows call</th><th>group</th><th>family</th></tr>
 * <tr><td>GetIpStatisticsEx(AF_INET)</td><td>{@code Ip}</td><td>IPv4</td></tr>
 * <tr><td>GetIpStatisticsEx(AF_INET6)</td><td>{@code Ip6}, counters prefixed {@code Ip6}</td><td>IPv6</td></tr>
 * <tr><td>GetIcmpStatisticsEx(AF_INET)</td><td>{@code Icmp} (named types) and {@code IcmpMsg}
 *     ({@code InTypeN}/{@code OutTypeN}, non-zero types only, as Linux prints them)</td><td>IPv4</td></tr>
 * <tr><td>GetIcmpStatisticsEx(AF_INET6)</td><td>{@code Icmp6} (named types, then {@code Icmp6InTypeN} /
 *     {@code Icmp6OutTypeN} for non-zero types)</td><td>IPv6</td></tr>
 * <tr><td>GetTcpStatisticsEx(2)(family)</td><td>{@code Tcp}, same names for both families</td><td>either</td></tr>
 * <tr><td>GetUdpStatisticsEx(2)(AF_INET / AF_INET6)</td><td>{@code Udp} / {@code Udp6} (prefixed)</td>
 *     <td>IPv4 / IPv6</td></tr>
 * </table>
 *
 * <p>Field mappings (v4 name; the Ip6 group prefixes each with {@code Ip6}): dwForwarding→Forwarding,
 * dwDefaultTTL→DefaultTTL, dwInReceives→InReceives, dwInHdrErrors→InHdrErrors, dwInAddrErrors→InAddrErrors,
 * dwForwDatagrams→ForwDatagrams (IPv6: <b>Ip6OutForwDatagrams</b>, the snmp6 name),
 * dwInUnknownProtos→InUnknownProtos, dwInDiscards→InDiscards, dwInDelivers→InDelivers,
 * dwOutRequests→OutRequests, dwRoutingDiscards→RoutingDiscards (MIB-II ipRoutingDiscards; Windows only),
 * dwOutDiscards→OutDiscards, dwOutNoRoutes→OutNoRoutes, dwReasmTimeout→ReasmTimeout,
 * dwReasmReqds→ReasmReqds, dwReasmOks→ReasmOKs, dwReasmFails→ReasmFails, dwFragOks→FragOKs,
 * dwFragFails→FragFails, dwFragCreates→FragCreates, dwNumIf→NumIf, dwNumAddr→NumAddr,
 * dwNumRoutes→NumRoutes (the last three Windows only).
 *
 * <p>TCP: (dw)RtoAlgorithm→RtoAlgorithm, dwRtoMin→RtoMin, dwRtoMax→RtoMax, dwMaxConn→MaxConn (signed),
 * dwActiveOpens→ActiveOpens, dwPassiveOpens→PassiveOpens, dwAttemptFails→AttemptFails,
 * dwEstabResets→EstabResets, dwCurrEstab→CurrEstab, dwInSegs and dw64InSegs→InSegs, dwOutSegs and
 * dw64OutSegs→OutSegs, dwRetransSegs→RetransSegs, dwInErrs→InErrs, dwOutRsts→OutRsts,
 * dwNumConns→NumConns (Windows only).
 *
 * <p>UDP: dwInDatagrams and dw64InDatagrams→InDatagrams, dwNoPorts→NoPorts, dwInErrors→InErrors,
 * dwOutDatagrams and dw64OutDatagrams→OutDatagrams, dwNumAddrs→NumAddrs (Windows only); {@code Udp6}
 * prefixes each with {@code Udp6}.
 *
 * <p>ICMPv4 ({@code Icmp}): dwMsgs→InMsgs/OutMsgs, dwErrors→InErrors/OutErrors, then per type: 3
 * DestUnreachs, 11 TimeExcds, 12 ParmProbs, 4 SrcQuenchs, 5 Redirects, 8 Echos, 0 EchoReps, 13 Timestamps,
 * 14 TimestampReps, 17 AddrMasks, 18 AddrMaskReps (In… then Out…, Linux order). Router advertisements (9)
 * and solicitations (10), which netstat.exe prints, are in {@code IcmpMsg} as InType9/InType10.
 *
 * <p>ICMPv6 ({@code Icmp6}): Icmp6InMsgs, Icmp6InErrors, Icmp6OutMsgs, Icmp6OutErrors, then per type: 1
 * DestUnreachs, 2 PktTooBigs, 3 TimeExcds, 4 ParmProblems, 128 Echos, 129 EchoReplies, 130 GroupMembQueries,
 * 131 GroupMembResponses, 132 GroupMembReductions, 133 RouterSolicits, 134 RouterAdvertisements, 135
 * NeighborSolicits, 136 NeighborAdvertisements, 137 Redirects, 143 MLDv2Reports (In… then Out…).
 */
public final class MibStatisticsNames {

    private static final Map<String, String> IP = ordered(
            "dwForwarding", "Forwarding", "dwDefaultTTL", "DefaultTTL", "dwInReceives", "InReceives",
            "dwInHdrErrors", "InHdrErrors", "dwInAddrErrors", "InAddrErrors", "dwForwDatagrams", "ForwDatagrams",
            "dwInUnknownProtos", "InUnknownProtos", "dwInDiscards", "InDiscards", "dwInDelivers", "InDelivers",
            "dwOutRequests", "OutRequests", "dwRoutingDiscards", "RoutingDiscards", "dwOutDiscards", "OutDiscards",
            "dwOutNoRoutes", "OutNoRoutes", "dwReasmTimeout", "ReasmTimeout", "dwReasmReqds", "ReasmReqds",
            "dwReasmOks", "ReasmOKs", "dwReasmFails", "ReasmFails", "dwFragOks", "FragOKs", "dwFragFails",
            "FragFails", "dwFragCreates", "FragCreates", "dwNumIf", "NumIf", "dwNumAddr", "NumAddr",
            "dwNumRoutes", "NumRoutes");

    private static final Map<String, String> TCP = ordered(
            "dwRtoAlgorithm", "RtoAlgorithm", "RtoAlgorithm", "RtoAlgorithm", "dwRtoMin", "RtoMin",
            "dwRtoMax", "RtoMax", "dwMaxConn", "MaxConn", "dwActiveOpens", "ActiveOpens", "dwPassiveOpens",
            "PassiveOpens", "dwAttemptFails", "AttemptFails", "dwEstabResets", "EstabResets", "dwCurrEstab",
            "CurrEstab", "dwInSegs", "InSegs", "dw64InSegs", "InSegs", "dwOutSegs", "OutSegs", "dw64OutSegs",
            "OutSegs", "dwRetransSegs", "RetransSegs", "dwInErrs", "InErrs", "dwOutRsts", "OutRsts",
            "dwNumConns", "NumConns");

    private static final Map<String, String> UDP = ordered(
            "dwInDatagrams", "InDatagrams", "dw64InDatagrams", "InDatagrams", "dwNoPorts", "NoPorts",
            "dwInErrors", "InErrors", "dwOutDatagrams", "OutDatagrams", "dw64OutDatagrams", "OutDatagrams",
            "dwNumAddrs", "NumAddrs");

    /** ICMPv4 type → Linux Icmp counter suffix, in /proc/net/snmp order. */
    private static final Map<Integer, String> ICMP4_TYPES = ordered(3, "DestUnreachs", 11, "TimeExcds",
            12, "ParmProbs", 4, "SrcQuenchs", 5, "Redirects", 8, "Echos", 0, "EchoReps", 13, "Timestamps",
            14, "TimestampReps", 17, "AddrMasks", 18, "AddrMaskReps");

    /** ICMPv6 type → Linux snmp6 counter suffix, in /proc/net/snmp6 order. */
    private static final Map<Integer, String> ICMP6_TYPES = ordered(1, "DestUnreachs", 2, "PktTooBigs",
            3, "TimeExcds", 4, "ParmProblems", 128, "Echos", 129, "EchoReplies", 130, "GroupMembQueries",
            131, "GroupMembResponses", 132, "GroupMembReductions", 133, "RouterSolicits",
            134, "RouterAdvertisements", 135, "NeighborSolicits", 136, "NeighborAdvertisements", 137, "Redirects",
            143, "MLDv2Reports");

    private MibStatisticsNames() {
    }

    /** MIB_IPSTATS → {@code Ip} (IPv4) or {@code Ip6} (IPv6). */
    public static StatisticsGroup ip(AddressFamily family, List<StructValue> values) {
        boolean v6 = family == AddressFamily.IPV6;
        List<StatisticsCounter> out = new ArrayList<>();
        for (StructValue v : values) {
            String name = mapped(IP, v.field());
            if (v6) {
                name = "Ip6" + (name.equals("ForwDatagrams") ? "OutForwDatagrams" : name);
            }
            out.add(new StatisticsCounter(name, v.value()));
        }
        return new StatisticsGroup(v6 ? "Ip6" : "Ip", family, out);
    }

    /** MIB_TCPSTATS / MIB_TCPSTATS2 → {@code Tcp} for the family. */
    public static StatisticsGroup tcp(AddressFamily family, List<StructValue> values) {
        List<StatisticsCounter> out = new ArrayList<>();
        for (StructValue v : values) {
            out.add(new StatisticsCounter(mapped(TCP, v.field()), v.value()));
        }
        return new StatisticsGroup("Tcp", family, out);
    }

    /** MIB_UDPSTATS / MIB_UDPSTATS2 → {@code Udp} (IPv4) or {@code Udp6} (IPv6). */
    public static StatisticsGroup udp(AddressFamily family, List<StructValue> values) {
        boolean v6 = family == AddressFamily.IPV6;
        List<StatisticsCounter> out = new ArrayList<>();
        for (StructValue v : values) {
            out.add(new StatisticsCounter((v6 ? "Udp6" : "") + mapped(UDP, v.field()), v.value()));
        }
        return new StatisticsGroup(v6 ? "Udp6" : "Udp", family, out);
    }

    /** MIB_ICMP_EX → {@code Icmp} + {@code IcmpMsg} (IPv4) or {@code Icmp6} (IPv6). */
    public static List<StatisticsGroup> icmp(AddressFamily family, IcmpEx icmp) {
        if (family == AddressFamily.IPV6) {
            List<StatisticsCounter> out = new ArrayList<>();
            out.add(new StatisticsCounter("Icmp6InMsgs", icmp.in().msgs()));
            out.add(new StatisticsCounter("Icmp6InErrors", icmp.in().errors()));
            out.add(new StatisticsCounter("Icmp6OutMsgs", icmp.out().msgs()));
            out.add(new StatisticsCounter("Icmp6OutErrors", icmp.out().errors()));
            named(out, "Icmp6In", ICMP6_TYPES, icmp.in());
            named(out, "Icmp6Out", ICMP6_TYPES, icmp.out());
            perType(out, "Icmp6InType", icmp.in());
            perType(out, "Icmp6OutType", icmp.out());
            return List.of(new StatisticsGroup("Icmp6", family, out));
        }
        List<StatisticsCounter> out = new ArrayList<>();
        out.add(new StatisticsCounter("InMsgs", icmp.in().msgs()));
        out.add(new StatisticsCounter("InErrors", icmp.in().errors()));
        named(out, "In", ICMP4_TYPES, icmp.in());
        out.add(new StatisticsCounter("OutMsgs", icmp.out().msgs()));
        out.add(new StatisticsCounter("OutErrors", icmp.out().errors()));
        named(out, "Out", ICMP4_TYPES, icmp.out());
        List<StatisticsCounter> msg = new ArrayList<>();
        perType(msg, "InType", icmp.in());
        perType(msg, "OutType", icmp.out());
        return List.of(new StatisticsGroup("Icmp", family, out), new StatisticsGroup("IcmpMsg", family, msg));
    }

    private static void named(List<StatisticsCounter> out, String prefix, Map<Integer, String> types,
            IcmpStats stats) {
        types.forEach((type, suffix) -> out.add(new StatisticsCounter(prefix + suffix, stats.typeCount(type))));
    }

    private static void perType(List<StatisticsCounter> out, String prefix, IcmpStats stats) {
        for (int t = 0; t < stats.typeCounts().length; t++) {
            if (stats.typeCount(t) != 0) {
                out.add(new StatisticsCounter(prefix + t, stats.typeCount(t)));
            }
        }
    }

    private static String mapped(Map<String, String> names, String field) {
        String name = names.get(field);
        if (name == null) {
            throw new IllegalStateException("no MIB-II name for Windows field " + field);
        }
        return name;
    }

    @SuppressWarnings("unchecked")
    private static <K> Map<K, String> ordered(Object... pairs) {
        Map<K, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((K) pairs[i], (String) pairs[i + 1]);
        }
        return m;
    }
}
