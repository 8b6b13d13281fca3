package io.github.netstatx.backend.macos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.backend.macos.fixtures.MacScenario;
import io.github.netstatx.backend.macos.fixtures.StatsWriter;
import io.github.netstatx.backend.macos.fixtures.XnuLayout.Release;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.StatisticsCounter;
import io.github.netstatx.core.model.StatisticsGroup;
import io.github.netstatx.core.model.Snapshot;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The six statistics sysctls, encoded from each release's layouts, as MIB and kernel groups. */
class MacBackendStatisticsTest {

    private static Snapshot<StatisticsGroup> statistics(MacScenario s) {
        return new MacBackend("macos-sysctl", s.source(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), null, null)
                .statistics();
    }

    private static long counter(Snapshot<StatisticsGroup> snap, String group, String name) {
        return snap.items().stream().filter(g -> g.name().equals(group)).flatMap(g -> g.counters().stream())
                .filter(c -> c.name().equals(name)).mapToLong(StatisticsCounter::value).findFirst()
                .orElseThrow(() -> new AssertionError(group + "." + name));
    }

    @ParameterizedTest
    @EnumSource(Release.class)
    void everyReleaseGivesTheSameCounters(Release r) {
        Snapshot<StatisticsGroup> snap = statistics(MacScenario.of(r));
        assertEquals(List.of(), snap.diagnostics());
        assertEquals(List.of("Ip", "ipstat", "Icmp", "icmpstat", "Tcp", "tcpstat", "Udp", "udpstat", "Ip6", "ip6stat",
                "Icmp6", "icmp6stat"), snap.items().stream().map(StatisticsGroup::name).toList());
        assertEquals(1200, counter(snap, "Ip", "InReceives"));
        assertEquals(1, counter(snap, "Ip", "InHdrErrors"));
        assertEquals(1150, counter(snap, "ipstat", "ips_delivered"));
        assertEquals(40, counter(snap, "Tcp", "ActiveOpens"));
        assertEquals(991, counter(snap, "Tcp", "OutSegs"), "sndtotal without the retransmissions");
        assertEquals(9, counter(snap, "tcpstat", "tcps_sndrexmitpack"));
        assertEquals(480, counter(snap, "Udp", "InDatagrams"), "ipackets less the dropped");
        assertEquals(20, counter(snap, "Udp", "NoPorts"));
        assertEquals(1, counter(snap, "Icmp", "InErrors"));
        assertEquals(3, counter(snap, "Icmp", "OutErrors"));
        assertEquals(290, counter(snap, "Ip6", "Ip6InDelivers"));
        assertEquals(2, counter(snap, "Icmp6", "Icmp6OutErrors"));
    }

    @ParameterizedTest
    @EnumSource(value = Release.class, names = {"MACOS_10_15", "MACOS_15_4"})
    void zeroTcpStatisticsOfANonRootProcessAreADiagnosticNotZeros(Release r) {
        MacScenario s = MacScenario.of(r).put(Sysctl.TCP_STATS, StatsWriter.write(r.layout(), "tcpstat", Map.of()));
        Snapshot<StatisticsGroup> snap = statistics(s);
        assertTrue(snap.items().stream().noneMatch(g -> g.name().equals("Tcp") || g.name().equals("tcpstat")));
        assertEquals(Diagnostic.Code.SOURCE_UNREADABLE, snap.diagnostics().get(0).code());
        assertTrue(snap.diagnostics().get(0).message().contains("disable_access_to_stats"));
        assertEquals(1200, counter(snap, "Ip", "InReceives"), "the other protocols are still listed");
    }

    @ParameterizedTest
    @EnumSource(value = Release.class, names = "MACOS_13")
    void aMissingOrMalformedStructIsADiagnostic(Release r) {
        MacScenario s = MacScenario.of(r).without(Sysctl.ICMP6_STATS)
                .put(Sysctl.UDP_STATS, java.nio.ByteBuffer.allocate(10));
        Snapshot<StatisticsGroup> snap = statistics(s);
        assertEquals(List.of(Diagnostic.Code.MALFORMED_LINES, Diagnostic.Code.SOURCE_MISSING),
                snap.diagnostics().stream().map(Diagnostic::code).toList());
        assertTrue(snap.items().stream().noneMatch(g -> g.name().equals("Udp") || g.name().equals("Icmp6")));
    }
}
