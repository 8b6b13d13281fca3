package io.github.netstatx.backend.linux.views;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.StatisticsGroup;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcNetSnmp6ParserTest {

    @Test
    void sectionsAreCutAtTheFirstSixLikeNetTools() {
        var r = ProcNetSnmp6Parser.parse(ViewFixtures.ns1("proc/net/snmp6"));
        assertEquals(List.of(), r.skippedLines());
        assertEquals(List.of("Ip6", "Icmp6", "Udp6", "UdpLite6"),
                r.items().stream().map(StatisticsGroup::name).toList());
        StatisticsGroup icmp6 = r.items().get(1);
        assertEquals(AddressFamily.IPV6, icmp6.family());
        assertEquals("Icmp6InMsgs", icmp6.counters().get(0).name());
        assertEquals(true, icmp6.counters().stream().anyMatch(c -> c.name().equals("Icmp6OutType143")));
    }

    @Test
    void sctpFileIsOneSection() {
        var r = ProcNetSctpSnmpParser.parse(List.of("SctpCurrEstab                   \t2",
                "SctpActiveEstabs                \t7", "garbage"));
        assertEquals(1, r.items().size());
        assertEquals("Sctp", r.items().get(0).name());
        assertEquals(7L, r.items().get(0).counters().get(1).value());
        assertEquals(List.of(3), r.skippedLines());
    }
}
