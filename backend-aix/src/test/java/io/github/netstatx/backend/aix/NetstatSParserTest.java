package io.github.netstatx.backend.aix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.format.AixNetstatSLayout;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.Severity;
import io.github.netstatx.core.model.StatisticsCounter;
import io.github.netstatx.core.model.StatisticsGroup;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code netstat -s} on the real AIX recording ({@code aix/samples/netstat-s.bgera.txt}) and on variants. */
class NetstatSParserTest {

    private static Map<String, Long> counters(ParsedOutput<StatisticsGroup> p, String group) {
        return p.items().stream().filter(g -> g.name().equals(group)).findFirst().orElseThrow().counters().stream()
                .collect(Collectors.toMap(StatisticsCounter::name, StatisticsCounter::value));
    }

    @Test
    void everyLineOfTheRealRecordingIsACounterOfItsSection() {
        ParsedOutput<StatisticsGroup> p = NetstatSParser.parse(RecordedCommandRunner.sample("netstat-s.bgera.txt"));
        assertEquals(List.of(), p.diagnostics());
        assertEquals(List.of("Icmp", "Igmp", "Tcp", "Udp", "Ip", "Ip6", "Icmp6"),
                p.items().stream().map(StatisticsGroup::name).toList());
        assertEquals(AddressFamily.IPV6, p.items().get(5).family());
        assertNull(p.items().get(2).family(), "AIX counts TCP of both families together");
        Map<String, Long> tcp = counters(p, "Tcp");
        assertEquals(4245933464L, tcp.get("InSegs"));
        assertEquals(2220648L, tcp.get("ActiveOpens"));
        assertEquals(14792113L, tcp.get("PassiveOpens"));
        assertEquals(20559568L, tcp.get("RetransSegs"));
        assertEquals(3867788765L, tcp.get("data bytes retransmitted"));
        // The same words under "packets sent" and "packets received" are two counters.
        assertEquals(3042688217L, tcp.get("packets sent: window update packets"));
        assertEquals(1199111682L, tcp.get("packets received: window update packets"));
        assertEquals(6374L, tcp.get("when congestion window less than 4 segments"));
        assertEquals(114020L, tcp.get("connections dropped when closed"));
        Map<String, Long> udp = counters(p, "Udp");
        assertEquals(4069894L, udp.get("NoPorts"));
        assertEquals(3600198959L, udp.get("OutDatagrams"));
        assertEquals(320796L, counters(p, "Icmp").get("OutEchoReps"));
        assertEquals(0L, counters(p, "Icmp6").get("Input histogram: bad group queries"));
        assertEquals(589L, counters(p, "Ip6").get("Input histogram: UDP"));
        int lines = 0;
        for (AixNetstatSLayout.Section s : AixNetstatSLayout.SECTIONS) {
            for (AixNetstatSLayout.Line l : s.lines()) {
                lines += l.counters().size();
            }
        }
        assertEquals(lines, p.items().stream().mapToInt(g -> g.counters().size()).sum(),
                "the layout is exactly the recording's lines");
    }

    @Test
    void linesOfOtherAixLevelsAreKeptAsCountersAndNoted() {
        String text = "tcp:\n\t7 packets sent\n\t3 spliced connections rerouted\n\tSome histogram:\n\t\tfoo: 4\n"
                + "rip6:\n\t9 messages received\n";
        ParsedOutput<StatisticsGroup> p = NetstatSParser.parse(text);
        Map<String, Long> tcp = counters(p, "Tcp");
        assertEquals(7L, tcp.get("packets sent"));
        assertEquals(3L, tcp.get("spliced connections rerouted"));
        assertEquals(4L, tcp.get("Some histogram: foo"));
        assertEquals(9L, counters(p, "rip6").get("messages received"));
        assertEquals(2, p.diagnostics().size(), p.diagnostics().toString());
        assertTrue(p.diagnostics().stream().allMatch(d -> d.severity() == Severity.INFO));
    }

    @Test
    void linesThatAreNoCounterAreDiagnosticsNotDropped() {
        ParsedOutput<StatisticsGroup> p = NetstatSParser.parse("garbage first\ntcp:\n\tno number here\n\t5 packets sent\n");
        assertEquals(5L, counters(p, "Tcp").get("packets sent"));
        assertEquals(2, p.diagnostics().size());
        assertTrue(p.diagnostics().stream().allMatch(d -> d.code() == Diagnostic.Code.MALFORMED_LINES));
    }

    @Test
    void aControlCharacterCannotForgeALineInAMessage() {
        ParsedOutput<StatisticsGroup> p = NetstatSParser.parse("tcp:\n\tx\u001b[2Jy\n");
        assertTrue(p.diagnostics().get(0).message().contains("\\x1b[2J"), p.diagnostics().toString());
    }
}
