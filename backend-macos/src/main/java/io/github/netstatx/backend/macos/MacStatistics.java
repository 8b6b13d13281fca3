package io.github.netstatx.backend.macos;

import io.github.netstatx.backend.macos.decode.ProtocolStatsDecoder.Decoded;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.StatisticsCounter;
import io.github.netstatx.core.model.StatisticsGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The kernel's statistics structs as model groups, in two vocabularies: a group named after the struct
 * ({@code tcpstat}, {@code udpstat}, {@code ipstat}, {@code icmpstat}, {@code ip6stat}, {@code icmp6stat}) with
 * every counter under its kernel name, in struct order (what Apple's {@code netstat -s} prints from), and before
 * it the MIB-II / Linux SNMP group ({@code Tcp}, {@code Udp}, {@code Ip}, {@code Icmp}, {@code Ip6},
 * {@code Icmp6}) with the counters that have a MIB-II meaning, derived as the BSD SNMP agents derive them:
 *
 * <ul>
 * <li>Tcp: ActiveOpens = connattempt, PassiveOpens = accepts, AttemptFails = conndrops, EstabResets = drops,
 *     InSegs = rcvtotal, OutSegs = sndtotal - sndrexmitpack, RetransSegs = sndrexmitpack,
 *     InErrs = rcvbadsum + rcvbadoff + rcvshort. (CurrEstab and OutRsts have no counter in tcpstat.)</li>
 * <li>Udp (both families: udpstat counts IPv4 and IPv6): InDatagrams = ipackets - hdrops - badsum - badlen -
 *     noport - noportbcast - fullsock, NoPorts = noport, InErrors = hdrops + badsum + badlen,
 *     RcvbufErrors = fullsock, OutDatagrams = opackets.</li>
 * <li>Ip: InReceives = total, InHdrErrors = badsum + tooshort + toosmall + badhlen + badlen + badoptions +
 *     badvers, InAddrErrors = cantforward, ForwDatagrams = forward, InUnknownProtos = noproto,
 *     InDelivers = delivered, OutRequests = localout, OutDiscards = odropped, OutNoRoutes = noroute,
 *     ReasmReqds = fragments, ReasmOKs = reassembled, ReasmFails = fragdropped + fragtimeout,
 *     FragOKs = fragmented, FragFails = cantfrag, FragCreates = ofragments.</li>
 * <li>Icmp: InErrors = badcode + tooshort + checksum + badlen, InMsgs = the input histogram + InErrors,
 *     OutMsgs = the output histogram, OutErrors = error; In/Out DestUnreachs (3), TimeExcds (11), ParmProbs
 *     (12), SrcQuenchs (4), Redirects (5), Echos (8), EchoReps (0), Timestamps (13), TimestampReps (14),
 *     AddrMasks (17), AddrMaskReps (18) from the histograms.</li>
 * <li>Ip6 (the snmp6 names): Ip6InReceives = total, Ip6InHdrErrors = tooshort + toosmall + badvers +
 *     badoptions, Ip6InNoRoutes = cantforward, Ip6InDelivers = delivered, Ip6OutForwDatagrams = forward,
 *     Ip6OutRequests = localout, Ip6OutDiscards = odropped, Ip6OutNoRoutes = noroute, Ip6ReasmReqds = fragments,
 *     Ip6ReasmOKs = reassembled, Ip6ReasmFails = fragdropped + fragtimeout, Ip6FragOKs = fragmented,
 *     Ip6FragFails = cantfrag, Ip6FragCreates = ofragments.</li>
 * <li>Icmp6: Icmp6InErrors = badcode + tooshort + checksum + badlen, Icmp6InMsgs = the input histogram +
 *     Icmp6InErrors, Icmp6OutMsgs = the output histogram, Icmp6OutErrors = error, then Icmp6InTypeN /
 *     Icmp6OutTypeN for every type with a non-zero count.</li>
 * </ul>
 */
final class MacStatistics {

    private static final String[][] ICMP4_TYPES = {{"3", "DestUnreachs"}, {"11", "TimeExcds"}, {"12", "ParmProbs"},
        {"4", "SrcQuenchs"}, {"5", "Redirects"}, {"8", "Echos"}, {"0", "EchoReps"}, {"13", "Timestamps"},
        {"14", "TimestampReps"}, {"17", "AddrMasks"}, {"18", "AddrMaskReps"}};

    private MacStatistics() {
    }

    /** The MIB group and the kernel's group of one decoded struct. */
    static List<StatisticsGroup> groups(Decoded d) {
        Map<String, Long> v = new HashMap<>();
        d.counters().forEach(c -> v.put(c.name(), c.value()));
        List<StatisticsCounter> mib = new ArrayList<>();
        String mibName;
        AddressFamily family;
        switch (d.struct()) {
            case "tcpstat" -> {
                mibName = "Tcp";
                family = null;
                put(mib, "ActiveOpens", get(v, "tcps_connattempt"));
                put(mib, "PassiveOpens", get(v, "tcps_accepts"));
                put(mib, "AttemptFails", get(v, "tcps_conndrops"));
                put(mib, "EstabResets", get(v, "tcps_drops"));
                put(mib, "InSegs", get(v, "tcps_rcvtotal"));
                put(mib, "OutSegs", get(v, "tcps_sndtotal") - get(v, "tcps_sndrexmitpack"));
                put(mib, "RetransSegs", get(v, "tcps_sndrexmitpack"));
                put(mib, "InErrs", get(v, "tcps_rcvbadsum") + get(v, "tcps_rcvbadoff") + get(v, "tcps_rcvshort"));
            }
            case "udpstat" -> {
                mibName = "Udp";
                family = null;
                long errors = get(v, "udps_hdrops") + get(v, "udps_badsum") + get(v, "udps_badlen");
                put(mib, "InDatagrams", get(v, "udps_ipackets") - errors - get(v, "udps_noport")
                        - get(v, "udps_noportbcast") - get(v, "udps_fullsock"));
                put(mib, "NoPorts", get(v, "udps_noport"));
                put(mib, "InErrors", errors);
                put(mib, "OutDatagrams", get(v, "udps_opackets"));
                put(mib, "RcvbufErrors", get(v, "udps_fullsock"));
            }
            case "ipstat" -> {
                mibName = "Ip";
                family = AddressFamily.IPV4;
                ip(mib, v, "", "ips_");
            }
            case "ip6stat" -> {
                mibName = "Ip6";
                family = AddressFamily.IPV6;
                ip(mib, v, "Ip6", "ip6s_");
            }
            case "icmpstat" -> {
                mibName = "Icmp";
                family = AddressFamily.IPV4;
                long errors = get(v, "icps_badcode") + get(v, "icps_tooshort") + get(v, "icps_checksum")
                        + get(v, "icps_badlen");
                put(mib, "InMsgs", sum(v, "icps_inhist") + errors);
                put(mib, "InErrors", errors);
                for (String[] t : ICMP4_TYPES) {
                    put(mib, "In" + t[1], get(v, "icps_inhist[" + t[0] + "]"));
                }
                put(mib, "OutMsgs", sum(v, "icps_outhist"));
                put(mib, "OutErrors", get(v, "icps_error"));
                for (String[] t : ICMP4_TYPES) {
                    put(mib, "Out" + t[1], get(v, "icps_outhist[" + t[0] + "]"));
                }
            }
            case "icmp6stat" -> {
                mibName = "Icmp6";
                family = AddressFamily.IPV6;
                long errors = get(v, "icp6s_badcode") + get(v, "icp6s_tooshort") + get(v, "icp6s_checksum")
                        + get(v, "icp6s_badlen");
                put(mib, "Icmp6InMsgs", sum(v, "icp6s_inhist") + errors);
                put(mib, "Icmp6InErrors", errors);
                put(mib, "Icmp6OutMsgs", sum(v, "icp6s_outhist"));
                put(mib, "Icmp6OutErrors", get(v, "icp6s_error"));
                for (String dir : new String[] {"in", "out"}) {
                    for (int t = 0; t < 256; t++) {
                        long n = get(v, "icp6s_" + dir + "hist[" + t + "]");
                        if (n != 0) {
                            put(mib, "Icmp6" + (dir.equals("in") ? "In" : "Out") + "Type" + t, n);
                        }
                    }
                }
            }
            default -> throw new IllegalArgumentException(d.struct());
        }
        return List.of(new StatisticsGroup(mibName, family, mib), new StatisticsGroup(d.struct(), family, d.counters()));
    }

    private static void ip(List<StatisticsCounter> mib, Map<String, Long> v, String prefix, String k) {
        boolean v6 = !prefix.isEmpty();
        put(mib, prefix + "InReceives", get(v, k + "total"));
        put(mib, prefix + "InHdrErrors", v6
                ? get(v, k + "tooshort") + get(v, k + "toosmall") + get(v, k + "badvers") + get(v, k + "badoptions")
                : get(v, k + "badsum") + get(v, k + "tooshort") + get(v, k + "toosmall") + get(v, k + "badhlen")
                        + get(v, k + "badlen") + get(v, k + "badoptions") + get(v, k + "badvers"));
        put(mib, prefix + (v6 ? "InNoRoutes" : "InAddrErrors"), get(v, k + "cantforward"));
        put(mib, prefix + (v6 ? "OutForwDatagrams" : "ForwDatagrams"), get(v, k + "forward"));
        if (!v6) {
            put(mib, "InUnknownProtos", get(v, k + "noproto"));
        }
        put(mib, prefix + "InDelivers", get(v, k + "delivered"));
        put(mib, prefix + "OutRequests", get(v, k + "localout"));
        put(mib, prefix + "OutDiscards", get(v, k + "odropped"));
        put(mib, prefix + "OutNoRoutes", get(v, k + "noroute"));
        put(mib, prefix + "ReasmReqds", get(v, k + "fragments"));
        put(mib, prefix + "ReasmOKs", get(v, k + "reassembled"));
        put(mib, prefix + "ReasmFails", get(v, k + "fragdropped") + get(v, k + "fragtimeout"));
        put(mib, prefix + "FragOKs", get(v, k + "fragmented"));
        put(mib, prefix + "FragFails", get(v, k + "cantfrag"));
        put(mib, prefix + "FragCreates", get(v, k + "ofragments"));
    }

    private static long get(Map<String, Long> v, String name) {
        return v.getOrDefault(name, 0L);
    }

    private static long sum(Map<String, Long> v, String array) {
        long n = 0;
        for (int i = 0; v.containsKey(array + "[" + i + "]"); i++) {
            n += v.get(array + "[" + i + "]");
        }
        return n;
    }

    private static void put(List<StatisticsCounter> out, String name, long value) {
        out.add(new StatisticsCounter(name, value));
    }
}
