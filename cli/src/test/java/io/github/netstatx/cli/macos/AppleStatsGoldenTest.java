package io.github.netstatx.cli.macos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netstatx.backend.macos.decode.ProtocolStatsDecoder;
import io.github.netstatx.backend.macos.decode.XnuStatsLayouts;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.OsFamily;
import io.github.netstatx.core.model.StatisticsGroup;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A real {@code netstat -s} (golden/netstat-s-network_cmds-596.out, provenance in golden/PROVENANCE.md): its
 * counters are written into the kernel structs with the recorded macOS 10.15 layouts (xnu-6153), decoded by
 * backend-macos' decoder as a capture would be, and printed with {@code -s}: the tcp, udp, ip, icmp, mptcp, ip6
 * and icmp6 sections come out byte for byte, but for the lines netstatx has no data for: the stderr warning the
 * original interleaves, icmp's last line (it reads the {@code net.inet.icmp.maskrepl} sysctl) and ip6's
 * three per-interface mbuf lines (named by the counting Mac's interface index).
 */
class AppleStatsGoldenTest {

    /** Every counter of the output that is not zero, by kernel field (the sums are printed, not stored). */
    private static final Map<String, Map<String, Long>> NON_ZERO = Map.of(
            "tcpstat", Map.of(),
            "udpstat", Map.ofEntries(Map.entry("udps_ipackets", 2708447L), Map.entry("udps_nosum", 38L),
                    Map.entry("udps_rcv_swcsum", 2702530L), Map.entry("udps_rcv_swcsum_bytes", 3585930185L),
                    Map.entry("udps_rcv6_swcsum", 3762L), Map.entry("udps_rcv6_swcsum_bytes", 859040L),
                    Map.entry("udps_noport", 598L), Map.entry("udps_opackets", 393813L),
                    Map.entry("udps_snd_swcsum", 392073L), Map.entry("udps_snd_swcsum_bytes", 36545684L),
                    Map.entry("udps_snd6_swcsum", 2245L), Map.entry("udps_snd6_swcsum_bytes", 365193L)),
            "ipstat", Map.ofEntries(Map.entry("ips_total", 4474390L), Map.entry("ips_rcv_swcsum", 4469955L),
                    Map.entry("ips_rcv_swcsum_bytes", 89399100L), Map.entry("ips_delivered", 4471417L),
                    Map.entry("ips_noproto", 454L), Map.entry("ips_notmember", 2518L),
                    Map.entry("ips_rxc_collisions", 2078L), Map.entry("ips_rxc_chained", 3970181L),
                    Map.entry("ips_rxc_notchain", 37L), Map.entry("ips_rxc_chainsz_gt2", 755367L),
                    Map.entry("ips_rxc_chainsz_gt4", 241417L), Map.entry("ips_rxc_notlist", 502094L),
                    Map.entry("ips_localout", 868457L), Map.entry("ips_noroute", 4L),
                    Map.entry("ips_snd_swcsum", 865032L), Map.entry("ips_snd_swcsum_bytes", 17301508L)),
            "icmpstat", Map.of("icps_error", 598L, "icps_outhist[3]", 598L, "icps_inhist[0]", 59L,
                    "icps_inhist[3]", 249L),
            // ip6s_m2m (lo0= 1268, utun2= 17) is left out: netstatx does not print the per-interface lines
            "ip6stat", Map.ofEntries(Map.entry("ip6s_total", 53501L), Map.entry("ip6s_delivered", 49415L),
                    Map.entry("ip6s_cantforward", 3493L), Map.entry("ip6s_notmember", 3493L),
                    Map.entry("ip6s_localout", 52520L), Map.entry("ip6s_noroute", 5225L),
                    Map.entry("ip6s_nxthist[6]", 44382L), Map.entry("ip6s_nxthist[17]", 8098L),
                    Map.entry("ip6s_nxthist[58]", 1021L), Map.entry("ip6s_m1", 15L), Map.entry("ip6s_mext1", 52201L),
                    Map.entry("ip6s_sources_rule[0]", 4451L), Map.entry("ip6s_sources_rule[6]", 297L)),
            "icmp6stat", Map.ofEntries(Map.entry("icp6s_outhist[129]", 1L), Map.entry("icp6s_outhist[133]", 7L),
                    Map.entry("icp6s_outhist[135]", 354L), Map.entry("icp6s_outhist[136]", 207L),
                    Map.entry("icp6s_outhist[143]", 68L), Map.entry("icp6s_inhist[128]", 1L),
                    Map.entry("icp6s_inhist[134]", 63L), Map.entry("icp6s_inhist[135]", 207L),
                    Map.entry("icp6s_inhist[136]", 325L), Map.entry("icp6s_reflect", 1L)));

    @Test
    void theTcpUdpIpIcmpMptcpSectionsOfARealOutput() throws Exception {
        List<String> expected = new ArrayList<>(AppleGoldenTest.golden("netstat-s-network_cmds-596.out"));
        expected.remove("netstat: sysctl: net.inet.ip.input_perf_data: No such file or directory");
        expected.remove("\tICMP address mask responses are disabled");
        expected.remove(expected.size() - 1); // the empty string after the last newline
        // igmp, ipsec and arp come between icmp and mptcp in the original: no backend counts them
        List<String> mptcp = AppleGoldenTest.golden("netstat-s-network_cmds-596-mptcp.out");
        expected.addAll(mptcp.subList(0, mptcp.size() - 1));
        List<String> actual = new AppleStatisticsTable(AppleStatisticsLayout.forData(OsFamily.MACOS, "10.15.7"),
                false).render(groups(), null, true, false);
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }

    @Test
    void theIp6AndIcmp6SectionsOfTheSameOutput() throws Exception {
        List<String> expected = new ArrayList<>(AppleGoldenTest.golden("netstat-s-network_cmds-596-inet6.out"));
        expected.removeAll(List.of("\t\ttwo or more mbuf:", "\t\t\tlo0= 1268", "\t\t\tutun2= 17"));
        expected.remove(expected.size() - 1);
        List<String> actual = new AppleStatisticsTable(AppleStatisticsLayout.forData(OsFamily.MACOS, "10.15.7"),
                false).render(groups(), null, true, true);
        List<String> inet6 = actual.subList(actual.indexOf("ip6:"), actual.size());
        assertEquals(String.join("\n", expected), String.join("\n", inet6));
    }

    /**
     * A 2017 tutorial's {@code netstat -sp tcp} (its first 13 lines, as quoted) and {@code netstat -sp udp}
     * (whole): no challenge-ACK lines, so network_cmds 543.50 or older (10.13); printed from 10.13 data.
     */
    @Test
    void theTcpExcerptAndUdpSectionOfA2017Tutorial() throws Exception {
        Map<String, Map<String, Long>> counted = Map.of(
                "tcpstat", parse("tcps_sndtotal=465304 tcps_sndpack=88311 tcps_sndbyte=71920719 "
                        + "tcps_sndrexmitpack=2276 tcps_sndrexmitbyte=1952856 tcps_sndacks=279607 tcps_delack=122 "
                        + "tcps_sndwinup=75672 tcps_sndctrl=19500 tcps_snd_swcsum=430025 "
                        + "tcps_snd_swcsum_bytes=87051438 tcps_snd6_swcsum=43974 tcps_snd6_swcsum_bytes=2741629"),
                "udpstat", parse("udps_ipackets=16185 udps_rcv_swcsum=5584 udps_rcv_swcsum_bytes=712357 "
                        + "udps_rcv6_swcsum=43 udps_rcv6_swcsum_bytes=4424 udps_noport=162 udps_noportbcast=2 "
                        + "udps_opackets=25081 udps_snd_swcsum=15573 udps_snd_swcsum_bytes=2842945 "
                        + "udps_snd6_swcsum=729 udps_snd6_swcsum_bytes=219939"));
        List<StatisticsGroup> groups = groups("10.13.2", counted);
        AppleStatisticsTable table = new AppleStatisticsTable(AppleStatisticsLayout.forData(OsFamily.MACOS,
                "10.13.2"), false);
        List<String> tcp = AppleGoldenTest.golden("netstat-sp-tcp-excerpt-2017.out");
        List<String> tcpOut = table.render(groups, "tcp", true, true);
        assertEquals(String.join("\n", tcp.subList(0, tcp.size() - 1)),
                String.join("\n", tcpOut.subList(0, tcp.size() - 1)), "the quoted beginning");
        List<String> udp = AppleGoldenTest.golden("netstat-sp-udp-2017.out");
        assertEquals(String.join("\n", udp.subList(0, udp.size() - 1)),
                String.join("\n", table.render(groups, "udp", true, true)));
    }

    /** The output's counters written into the 10.15 structs and decoded as backend-macos decodes a capture. */
    private static List<StatisticsGroup> groups() throws Exception {
        return groups("10.15.7", NON_ZERO);
    }

    /** {@code counted} written into the structs of {@code release} (zero elsewhere) and decoded. */
    private static List<StatisticsGroup> groups(String release, Map<String, Map<String, Long>> counted)
            throws Exception {
        XnuStatsLayouts layouts = XnuStatsLayouts.load();
        String tag = XnuStatsLayouts.tagFor(release);
        List<StatisticsGroup> groups = new ArrayList<>();
        for (String struct : List.of("tcpstat", "udpstat", "ipstat", "icmpstat", "ip6stat", "icmp6stat")) {
            XnuStatsLayouts.Layout layout = layouts.layout(tag, struct).orElseThrow();
            ByteBuffer raw = ByteBuffer.allocate(layout.size()).order(ByteOrder.LITTLE_ENDIAN);
            counted.getOrDefault(struct, Map.of()).forEach((field, value) -> put(raw, layout, field, value));
            ProtocolStatsDecoder.Decoded d = ProtocolStatsDecoder.decode(layouts, struct, raw, release);
            AddressFamily family = struct.endsWith("6stat") ? AddressFamily.IPV6
                    : struct.startsWith("i") ? AddressFamily.IPV4 : null;
            groups.add(new StatisticsGroup(struct, family, d.counters()));
        }
        return groups;
    }

    /** {@code field=value} pairs, blank-separated. */
    private static Map<String, Long> parse(String pairs) {
        Map<String, Long> out = new java.util.HashMap<>();
        for (String pair : pairs.split(" ")) {
            out.put(pair.substring(0, pair.indexOf('=')), Long.parseLong(pair.substring(pair.indexOf('=') + 1)));
        }
        return out;
    }

    private static void put(ByteBuffer raw, XnuStatsLayouts.Layout layout, String field, long value) {
        String name = field.contains("[") ? field.substring(0, field.indexOf('[')) : field;
        int index = field.contains("[") ? Integer.parseInt(field.substring(field.indexOf('[') + 1, field.length() - 1))
                : 0;
        XnuStatsLayouts.Field f = layout.fields().stream().filter(x -> x.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not in " + layout.tag()));
        int at = f.offset() + index * f.width();
        if (f.width() == 8) {
            raw.putLong(at, value);
        } else {
            raw.putInt(at, (int) value);
        }
    }
}
