package io.github.netstatx.cli.macos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.cli.CommandRun;
import io.github.netstatx.cli.ExitCodes;
import io.github.netstatx.cli.FakeBackend;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.MbufCacheState;
import io.github.netstatx.core.model.MbufClass;
import io.github.netstatx.core.model.MbufTypeCount;
import io.github.netstatx.core.model.MemoryBuffers;
import io.github.netstatx.core.model.OsFamily;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Apple's {@code netstat -m}: the real macOS output {@code golden/macos-13-netstat-m.out} (PROVENANCE.md) from the
 * capture {@code fixtures/macos/capture-13}, whose mbuf sysctls carry its numbers, through the whole path (capture,
 * backend decoders, dialect); the other generations and {@code -mm} against lines computed by a C program with
 * mbuf.c's formats and arithmetic (gcc, glibc printf; no real output of them was found).
 */
class AppleMbufGoldenTest {

    /** {@code -mm}'s class table for the capture's classes, as C printf gives it for mbuf.c's format. */
    private static final List<String> TABLE_13 = List.of(
            "class        buf   active   ctotal    total cache   cached uncached    memory",
            "name        size     bufs     bufs     bufs state     bufs     bufs     usage",
            "---------- ----- -------- -------- -------- ----- -------- -------- ---------",
            "mbuf         256     6301     7444     9346    on      245     2800    1.8 MB",
            "cl          2048     2228     3344     3344    on        0     1116    6.5 MB",
            "bigcl       4096        0      972      972    on       72      900    3.8 MB",
            "16kcl      16384        0      301      301    on        0      301    4.7 MB",
            "mbuf_cl     2304        0        0        0    on        0        0         0",
            "mbuf_bigcl  4352        0        0        0    on        0        0         0",
            "mbuf_16kcl 16640        0        0        0    on        0        0         0",
            "");

    private static CommandRun replay(String... args) throws Exception {
        return new AppleRun(MacCaptureInEveryDialectTest.replaying()).run(args);
    }

    @Test
    void theCaptureReproducesTheRealOutputByteForByte() throws Exception {
        CommandRun r = replay("-m");
        assertEquals(0, r.status(), r.err());
        assertEquals(String.join("\n", AppleGoldenTest.golden("macos-13-netstat-m.out")), r.out());
        assertEquals("", r.err());
    }

    @Test
    void doubleMPrintsTheClassTableFirst() throws Exception {
        CommandRun r = replay("-mm");
        assertEquals(0, r.status(), r.err());
        assertEquals(String.join("\n", TABLE_13) + "\n" + String.join("\n",
                AppleGoldenTest.golden("macos-13-netstat-m.out")), r.out());
    }

    @Test
    void asJsonTheSectionIsSchemaValid() throws Exception {
        CommandRun r = CommandRun.run(List.of(MacCaptureInEveryDialectTest.replaying()), Map.of(), "Linux", false,
                "--dialect", "macos", "--json", "-m");
        assertEquals(0, r.status(), r.err());
        io.github.netstatx.cli.json.ContractSchema.assertValid(r.out(), "Apple -m over capture-13 as JSON");
        String compact = r.out().replaceAll("\\s", "");
        assertTrue(compact.contains("\"memory_buffers\":[{\"mbuf_size\":256,"), r.out());
        assertTrue(compact.contains("{\"kernel_type\":14,\"count\":379}"), r.out());
        assertTrue(compact.contains("{\"name\":\"cl\",\"size\":2048,\"total\":3344,\"active\":2228,\"free\":1116,"
                + "\"class_total\":3344,\"released\":0,\"cache_state\":\"online\",\"cached\":0}"), r.out());
    }

    @Test
    void tripleMIsNotAvailable() throws Exception {
        CommandRun r = replay("-mmm");
        assertEquals(ExitCodes.FAILURE, r.status());
        assertEquals("", r.out());
        assertTrue(r.err().contains("-mmm") && r.err().contains("not available"), r.err());
    }

    /** Data with everything the 14+ rules branch on: an unnamed type, MT_FREE, drops, drains, a release. */
    private static MemoryBuffers varied(long njcl) {
        return new MemoryBuffers(256L, 2048L, 4096L, 16384L, njcl, 1030L, 64L, 3L, 0L, 2L,
                List.of(new MbufTypeCount(0, 40), new MbufTypeCount(1, 70), new MbufTypeCount(9, 5),
                        new MbufTypeCount(16, 3)),
                List.of(new MbufClass("mbuf", 256, 512, 100, 300, 512, 0, MbufCacheState.ONLINE, 112),
                        new MbufClass("cl", 2048, 1000, 400, 600, 1000, 0, MbufCacheState.PURGING, 0),
                        new MbufClass("bigcl", 4096, 64, 2, 62, 64, 8192, MbufCacheState.OFFLINE, 0),
                        new MbufClass("16kcl", 16384, 20, 1, 19, 20, 0, MbufCacheState.DISABLED, 0),
                        new MbufClass("mbuf_cl", 2304, 30, 10, 0, 0, 0, null, 20),
                        new MbufClass("mbuf_bigcl", 4352, 0, 0, 0, 0, 0, MbufCacheState.ONLINE, 0),
                        new MbufClass("mbuf_16kcl", 16640, 4, 4, 0, 0, 0, MbufCacheState.ONLINE, 0)));
    }

    private static final List<String> SUMMARY_HEAD = List.of(
            "73/100 mbufs in use:",
            "\t70 mbufs allocated to data",
            "\t3 mbufs allocated to packet tags",
            "\t5 mbufs allocated to <mbuf type 9>",
            "\t27 mbufs allocated to caches",
            "410/1030 mbuf 2KB clusters in use",
            "2/64 mbuf 4KB clusters in use");

    private static List<String> concat(List<String> a, String... b) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>(a);
        out.addAll(List.of(b));
        return out;
    }

    @Test
    void fromMacOs14ZeroCountsAreLeftOut() {
        assertEquals(concat(SUMMARY_HEAD, "1/20 mbuf 16KB clusters in use",
                "2704 KB allocated to network (29.7% in use)", "8 KB returned to the system",
                "3 requests for memory denied", "2 calls to drain routines"),
                AppleMbufReport.forData(OsFamily.MACOS, "14.5").render(varied(20), 1));
    }

    @Test
    void untilMacOs15NoJumboClustersMeansNoJumboLineAndRows() {
        List<String> expected = new java.util.ArrayList<>(List.of(
                "class        buf   active   ctotal    total cache   cached uncached    memory",
                "name        size     bufs     bufs     bufs state     bufs     bufs     usage",
                "---------- ----- -------- -------- -------- ----- -------- -------- ---------",
                "mbuf         256      100      512      512    on      112      300  128.0 KB",
                "cl          2048      400     1000     1000 purge        0      600    2.0 MB",
                "bigcl       4096        2       64       64   off        0       62  256.0 KB",
                "mbuf_cl     2304       10        0       30     ?       20        0         0",
                "mbuf_bigcl  4352        0        0        0    on        0        0         0",
                ""));
        expected.addAll(SUMMARY_HEAD);
        expected.addAll(List.of("2704 KB allocated to network (29.7% in use)", "8 KB returned to the system"));
        MemoryBuffers noDrops = withoutDropsAndDrains(varied(0));
        assertEquals(expected, AppleMbufReport.forData(OsFamily.MACOS, "15.4").render(noDrops, 2));
        assertEquals(concat(SUMMARY_HEAD, "1/20 mbuf 16KB clusters in use",
                "2704 KB allocated to network (29.7% in use)", "8 KB returned to the system"),
                AppleMbufReport.forData(OsFamily.MACOS, "26.0").render(noDrops, 1),
                "network_cmds 726 prints the jumbo line whatever kern.ipc.njcl says");
    }

    private static MemoryBuffers withoutDropsAndDrains(MemoryBuffers m) {
        return new MemoryBuffers(m.mbufSize(), m.clusterSize(), m.bigClusterSize(), m.jumboClusterSize(),
                m.jumboClusterLimit(), m.clusters(), m.bigClusters(), 0L, 0L, 0L, m.types(), m.classes());
    }

    @Test
    void cPrintfRounding() {
        // what glibc's printf("%.1f") prints for these (gcc, checked 2026-12-03): exact binary ties go to even,
        // the others by their binary value
        assertEquals("0.1", AppleMbufReport.oneDecimal(0.125));
        assertEquals("0.1", AppleMbufReport.oneDecimal(0.15));
        assertEquals("0.2", AppleMbufReport.oneDecimal(0.25));
        assertEquals("0.5", AppleMbufReport.oneDecimal(0.45));
        assertEquals("32.2", AppleMbufReport.oneDecimal(32.25));
        assertEquals("1023", AppleMbufReport.memory(1023));
        assertEquals("1.0 KB", AppleMbufReport.memory(1024));
        assertEquals("1.0 MB", AppleMbufReport.memory(1024 * 1024));
    }

    @Test
    void otherSystemsDataHaveNoMbufs() throws Exception {
        CommandRun r = new AppleRun(new FakeBackend(new HostInfo("web01", OsFamily.LINUX, "6.8", null, "x86_64"),
                List.of(), List.of())).run("-m");
        assertEquals(ExitCodes.FAILURE, r.status());
        assertEquals("", r.out());
        assertEquals("netstatx: Apple netstat -m (mbuf statistics) is not available in netstatx yet: backend fake "
                + "gives no kernel memory buffers (only macOS keeps BSD mbuf statistics)\n", r.err());
    }

    @Test
    void aSavedDocumentPrintsWhatTheLiveRunPrinted() throws Exception {
        io.github.netstatx.cli.json.NetstatxRun saved = io.github.netstatx.cli.json.NetstatxRun.of(List.of(
                "--replay", "../fixtures/macos/capture-13", "--dialect", "macos", "--json", "-m"));
        assertEquals(0, saved.status(), saved.err());
        for (String view : List.of("-m", "-mm")) {
            io.github.netstatx.cli.json.NetstatxRun live = io.github.netstatx.cli.json.NetstatxRun.of(List.of(
                    "--replay", "../fixtures/macos/capture-13", "--dialect", "macos", view));
            io.github.netstatx.cli.json.NetstatxRun again = io.github.netstatx.cli.json.NetstatxRun.of(
                    saved.out().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                    List.of("--input", "-", "--dialect", "macos", view));
            assertEquals(0, again.status(), again.err());
            assertEquals(live.out(), again.out(), view);
        }
    }

    @Test
    void aSavedDocumentOfAnotherSystemHasNoMbufsEither() throws Exception {
        byte[] linux = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(
                "src/test/resources/io/github/netstatx/cli/json/golden/tcp-listeners.json"));
        io.github.netstatx.cli.json.NetstatxRun r = io.github.netstatx.cli.json.NetstatxRun.of(linux,
                List.of("--input", "-", "--dialect", "macos", "-m"));
        assertEquals(ExitCodes.FAILURE, r.status());
        assertTrue(r.err().contains("backend linux-procfs gives no kernel memory buffers"), r.err());
    }
}
