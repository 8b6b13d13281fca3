package io.github.netstatx.backend.macos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.backend.macos.fixtures.MacScenario;
import io.github.netstatx.backend.macos.fixtures.XnuLayout.Release;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.MbufTypeCount;
import io.github.netstatx.core.model.MemoryBuffers;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.spi.Capability;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** kern.ipc.mbstat, kern.ipc.mb_stat and the jumbo cluster sysctls, encoded from each release's layouts. */
class MacBackendMemoryBuffersTest {

    private static MacBackend backend(MacScenario s) {
        return new MacBackend("macos-sysctl", s.source(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), null, null);
    }

    @ParameterizedTest
    @EnumSource(Release.class)
    void everyReleaseGivesTheSameBuffers(Release r) {
        MacBackend b = backend(MacScenario.of(r));
        assertTrue(b.capabilities().contains(Capability.MEMORY_BUFFERS));
        Snapshot<MemoryBuffers> snap = b.memoryBuffers();
        assertEquals(List.of(), snap.diagnostics());
        MemoryBuffers m = snap.items().get(0);
        assertEquals(256L, m.mbufSize());
        assertEquals(2048L, m.clusterSize());
        assertEquals(4096L, m.bigClusterSize());
        assertEquals(16384L, m.jumboClusterSize());
        assertEquals(301L, m.jumboClusterLimit());
        assertEquals(3344L, m.clusters());
        assertEquals(972L, m.bigClusters());
        assertEquals(0L, m.denied());
        assertEquals(List.of(new MbufTypeCount(1, 1356), new MbufTypeCount(2, 2519), new MbufTypeCount(8, 4),
                new MbufTypeCount(14, 379)), m.types());
        assertEquals(List.of("mbuf", "cl", "bigcl", "16kcl", "mbuf_cl", "mbuf_bigcl", "mbuf_16kcl"),
                m.classes().stream().map(c -> c.name()).toList());
        assertEquals(6301, m.classes().get(0).active());
    }

    @Test
    void aMissingSysctlIsADiagnosticAndNoAnswer() {
        Snapshot<MemoryBuffers> snap = backend(MacScenario.of(Release.MACOS_15_4).without(Sysctl.MB_STAT))
                .memoryBuffers();
        assertEquals(List.of(), snap.items());
        assertEquals(List.of("kern.ipc.mb_stat"), snap.diagnostics().stream().map(Diagnostic::source).toList());
        assertEquals(Diagnostic.Code.SOURCE_MISSING, snap.diagnostics().get(0).code());
    }

    @Test
    void aGarbledAnswerIsADiagnosticNotAnException() {
        Snapshot<MemoryBuffers> snap = backend(MacScenario.of(Release.MACOS_13).put(Sysctl.MBSTAT,
                ByteBuffer.allocate(12))).memoryBuffers();
        assertEquals(List.of(), snap.items());
        assertEquals(Diagnostic.Code.MALFORMED_LINES, snap.diagnostics().get(0).code());
        assertTrue(snap.diagnostics().get(0).message().contains("12 bytes"), snap.diagnostics().get(0).message());
    }

    @Test
    void withoutTheJumboSysctlsTheirFieldsAreUnknown() {
        MemoryBuffers m = backend(MacScenario.of(Release.MACOS_12).without(Sysctl.NJCL).without(Sysctl.NJCL_BYTES))
                .memoryBuffers().items().get(0);
        assertEquals(null, m.jumboClusterSize());
        assertEquals(null, m.jumboClusterLimit());
    }
}
