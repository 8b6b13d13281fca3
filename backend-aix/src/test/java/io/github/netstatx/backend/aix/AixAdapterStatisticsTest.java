package io.github.netstatx.backend.aix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.model.AdapterStatistics;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.NetInterface;
import io.github.netstatx.core.model.Severity;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.NetstatBackend;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code netstat -v} in the interface view: each adapter's block on the interface over it. */
class AixAdapterStatisticsTest {

    private static Snapshot<NetInterface> interfaces(RecordedCommandRunner runner) throws Exception {
        try (NetstatBackend b = AixBackendProvider.open(BackendConfig.live(), runner, null)) {
            return b.interfaces();
        }
    }

    @Test
    void theAdapterBlockGoesOnItsInterfaceAndTheListingKeepsItsOwnCounters() throws Exception {
        RecordedCommandRunner runner = RecordedCommandRunner.scenario("adapters");
        Snapshot<NetInterface> s = interfaces(runner);
        NetInterface en0 = s.items().get(0);
        assertEquals("en0", en0.name());
        assertEquals("Virtual I/O Ethernet Adapter (l-lan)", en0.adapter().deviceType());
        assertEquals(34322371L, en0.adapter().counters().txPackets());
        // netstat -in counts the interface, netstat -v the driver: both are kept, each where it belongs.
        assertEquals(1714807956L, en0.counters().rxPackets());
        assertEquals(1, runner.calls().stream().filter(AixCommandLines.ADAPTERS::equals).count());
        List<Diagnostic> fromV = s.diagnostics().stream().filter(d -> d.source().equals("netstat -v")).toList();
        assertEquals(List.of(Severity.INFO), fromV.stream().map(Diagnostic::severity).toList(),
                "only the note naming the device-specific section: " + fromV);
    }

    @Test
    void entNIsTheAdapterUnderEnN() {
        AdapterStatistics ent0 = NetstatVParser.parse(RecordedCommandRunner.sample("entstat-en0.ohai.txt")
                .replace("(en0)", "(ent0)")).items().get(0);
        AdapterStatistics ent5 = NetstatVParser.parse(RecordedCommandRunner.sample("entstat-en0.ohai.txt")
                .replace("(en0)", "(ent5)")).items().get(0);
        NetInterface lo0 = new NetInterface("lo0", 1, null, null, null, java.util.Set.of(), null, null, null, null,
                List.of(), null);
        NetInterface en0 = new NetInterface("en0", 2, null, null, null, java.util.Set.of(), null, null, null, null,
                List.of(), null);
        List<Diagnostic> notes = new java.util.ArrayList<>();
        List<NetInterface> out = AdapterAttachment.attach(List.of(lo0, en0), List.of(ent0, ent5), notes);
        assertNull(out.get(0).adapter());
        assertEquals("ent0", out.get(1).adapter().adapterName());
        assertEquals(1, notes.size());
        assertTrue(notes.get(0).message().contains("ent5"), notes.toString());
    }

    @Test
    void withoutNetstatVTheListingIsWholeAndTheGapIsANote() throws Exception {
        Snapshot<NetInterface> s = interfaces(RecordedCommandRunner.scenario("quoted-rows"));
        assertEquals(1, s.items().size());
        assertNull(s.items().get(0).adapter());
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code() == Diagnostic.Code.SOURCE_UNREADABLE
                && d.severity() == Severity.INFO && d.source().equals("netstat -v")), s.diagnostics().toString());
    }
}
