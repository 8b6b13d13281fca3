package io.github.netstatx.backend.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netstatx.backend.windows.decode.IcmpExDecoder;
import io.github.netstatx.backend.windows.decode.IpStatsDecoder;
import io.github.netstatx.backend.windows.decode.LeBytes;
import io.github.netstatx.backend.windows.decode.TcpStatsDecoder;
import io.github.netstatx.backend.windows.decode.UdpStatsDecoder;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.StatisticsCounter;
import io.github.netstatx.core.model.StatisticsGroup;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MibStatisticsNamesTest {

    private static Map<String, Long> values(StatisticsGroup g) {
        return g.counters().stream().collect(Collectors.toMap(StatisticsCounter::name, StatisticsCounter::value));
    }

    @Test
    void ipv4AndIpv6IpStatsUseTheLinuxNames() {
        byte[] b = LeBytes.of(92).u32(8, 11).u32(20, 3).u32(60, 4).array();
        StatisticsGroup v4 = MibStatisticsNames.ip(AddressFamily.IPV4, IpStatsDecoder.decode(LeBytes.of(92)
                .u32(8, 11).u32(20, 3).u32(60, 4).buffer()));
        assertEquals("Ip", v4.name());
        assertEquals(11L, values(v4).get("InReceives"));
        assertEquals(3L, values(v4).get("ForwDatagrams"));
        assertEquals(4L, values(v4).get("ReasmOKs"));
        StatisticsGroup v6 = MibStatisticsNames.ip(AddressFamily.IPV6, IpStatsDecoder.decode(
                java.nio.ByteBuffer.wrap(b)));
        assertEquals("Ip6", v6.name());
        assertEquals(3L, values(v6).get("Ip6OutForwDatagrams"));
        assertEquals(11L, values(v6).get("Ip6InReceives"));
        assertEquals(23, v6.counters().size());
    }

    @Test
    void tcpStats2SixtyFourBitSegmentsMapOntoTheSameNames() {
        long big = 5_000_000_000L;
        StatisticsGroup g = MibStatisticsNames.tcp(AddressFamily.IPV6, TcpStatsDecoder.decode2(LeBytes.of(72)
                .u32(12, -1).u32(16, 7).u32(36, 0xDEAD).u64(40, big).u64(48, big + 1).u32(56, 9).buffer()));
        Map<String, Long> v = values(g);
        assertEquals(big, v.get("InSegs"));
        assertEquals(big + 1, v.get("OutSegs"));
        assertEquals(9L, v.get("RetransSegs"));
        assertEquals(-1L, v.get("MaxConn"));
        assertEquals(7L, v.get("ActiveOpens"));
        assertEquals(15, g.counters().size(), "padding is not a counter");
    }

    @Test
    void udpGroupsAreUdpAndUdp6() {
        StatisticsGroup v6 = MibStatisticsNames.udp(AddressFamily.IPV6, UdpStatsDecoder.decode(LeBytes.of(20)
                .u32(0, 5).u32(4, 6).buffer()));
        assertEquals("Udp6", v6.name());
        assertEquals(List.of("Udp6InDatagrams", "Udp6NoPorts", "Udp6InErrors", "Udp6OutDatagrams", "Udp6NumAddrs"),
                v6.counters().stream().map(StatisticsCounter::name).toList());
        StatisticsGroup v4 = MibStatisticsNames.udp(AddressFamily.IPV4, UdpStatsDecoder.decode2(LeBytes.of(32)
                .u64(0, 1L << 33).u32(8, 2).buffer()));
        assertEquals(1L << 33, values(v4).get("InDatagrams"));
        assertEquals(2L, values(v4).get("NoPorts"));
    }

    @Test
    void icmpTypeCountsBecomeNamedCountersAndPerTypeCounters() {
        // in: 3 echo requests (type 8), 1 router advertisement (9); out: 3 echo replies (type 0)
        LeBytes b = LeBytes.of(2064).u32(0, 4).u32(8 + 8 * 4, 3).u32(8 + 9 * 4, 1).u32(1032, 3).u32(1032 + 8, 3);
        List<StatisticsGroup> v4 = MibStatisticsNames.icmp(AddressFamily.IPV4, IcmpExDecoder.decode(b.buffer()));
        Map<String, Long> icmp = values(v4.get(0));
        assertEquals(4L, icmp.get("InMsgs"));
        assertEquals(3L, icmp.get("InEchos"));
        assertEquals(3L, icmp.get("OutEchoReps"));
        assertEquals(Map.of("InType8", 3L, "InType9", 1L, "OutType0", 3L), values(v4.get(1)));
        // ICMPv6: 128 echo request, 135 neighbour solicitation
        LeBytes b6 = LeBytes.of(2064).u32(8 + 128 * 4, 2).u32(8 + 135 * 4, 5);
        Map<String, Long> icmp6 = values(MibStatisticsNames.icmp(AddressFamily.IPV6, IcmpExDecoder.decode(b6.buffer()))
                .get(0));
        assertEquals(2L, icmp6.get("Icmp6InEchos"));
        assertEquals(5L, icmp6.get("Icmp6InNeighborSolicits"));
        assertEquals(5L, icmp6.get("Icmp6InType135"));
    }
}
