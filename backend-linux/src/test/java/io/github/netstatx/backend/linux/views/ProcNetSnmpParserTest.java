package io.github.netstatx.backend.linux.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.StatisticsCounter;
import io.github.netstatx.core.model.StatisticsGroup;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcNetSnmpParserTest {

    private static AddressFamily family(String section) {
        return section.equals("Tcp") ? null : AddressFamily.IPV4;
    }

    @Test
    void capturedSnmpKeepsSectionAndCounterOrder() {
        var r = ProcNetSnmpParser.parse(ViewFixtures.ns1("proc/net/snmp"), ProcNetSnmpParserTest::family);
        assertEquals(List.of(), r.skippedLines());
        assertEquals(List.of("Ip", "Icmp", "IcmpMsg", "Tcp", "Udp", "UdpLite"),
                r.items().stream().map(StatisticsGroup::name).toList());
        StatisticsGroup tcp = r.items().get(3);
        assertNull(tcp.family());
        assertEquals(new StatisticsCounter("MaxConn", -1), tcp.counters().get(3));
        assertEquals("RtoAlgorithm", tcp.counters().get(0).name());
        assertEquals(AddressFamily.IPV4, r.items().get(0).family());
    }

    @Test
    void capturedNetstatFileHasTheExtendedSections() {
        var r = ProcNetSnmpParser.parse(ViewFixtures.ns1("proc/net/netstat"), s -> null);
        assertEquals(List.of("TcpExt", "IpExt", "MPTcpExt"), r.items().stream().map(StatisticsGroup::name).toList());
    }

    @Test
    void mismatchedPairsAreSkippedAndHugeValuesKeptAsUnsignedBits() {
        var r = ProcNetSnmpParser.parse(List.of("", "Ip: A B", "Ip: 1", "Udp: X", "Udp: 18446744073709551615",
                "Tcp: Y"), s -> null);
        assertEquals(List.of(2, 3, 6), r.skippedLines());
        assertEquals("18446744073709551615", Long.toUnsignedString(r.items().get(0).counters().get(0).value()));
    }
}
