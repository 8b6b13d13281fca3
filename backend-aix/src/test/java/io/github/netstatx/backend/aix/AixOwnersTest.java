package io.github.netstatx.backend.aix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import io.github.netstatx.core.query.SocketQuery;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.BackendException;
import io.github.netstatx.core.spi.NetstatBackend;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Owner lookup: the default never runs rmsock; rmsock, when asked for, only touches sockets with a holder. */
class AixOwnersTest {

    private static boolean ranRmsock(RecordedCommandRunner runner) {
        return runner.calls().stream().anyMatch(argv -> argv.get(0).equals("rmsock"));
    }

    @Test
    void theDefaultPathNeverRunsRmsock() throws Exception {
        RecordedCommandRunner runner = RecordedCommandRunner.scenario("quoted-rows");
        try (NetstatBackend b = AixBackendProvider.open(BackendConfig.live(), runner, null)) {
            Snapshot<SocketEntry> s = b.sockets(SocketQuery.everything());
            assertEquals(5, s.items().size());
            s.items().forEach(e -> assertTrue(e.owners().isEmpty(), e.toString()));
            assertTrue(s.diagnostics().stream().anyMatch(d -> d.code() == Diagnostic.Code.OWNERS_UNAVAILABLE
                    && d.message().contains("lsof")), s.diagnostics().toString());
        }
        assertFalse(ranRmsock(runner), runner.calls().toString());
        assertTrue(runner.calls().contains(AixCommandLines.LSOF), "the read-only source was tried");
    }

    @Test
    void explicitReadOnlyAndNoneNeverRunRmsockEither() throws Exception {
        for (String word : List.of("read-only", "none")) {
            RecordedCommandRunner runner = RecordedCommandRunner.scenario("quoted-rows");
            BackendConfig config = BackendConfig.live().withBackendOption(OwnerStrategy.OPTION, word);
            try (NetstatBackend b = AixBackendProvider.open(config, runner, null)) {
                b.sockets(SocketQuery.everything());
            }
            assertFalse(ranRmsock(runner), word + ": " + runner.calls());
        }
    }

    @Test
    void rmsockWhenAskedOnlyForStatesThatAlwaysHaveAHolder() throws Exception {
        RecordedCommandRunner runner = RecordedCommandRunner.scenario("quoted-rows");
        BackendConfig config = BackendConfig.live().withBackendOption(OwnerStrategy.OPTION, "rmsock");
        List<SocketEntry> rows;
        try (NetstatBackend b = AixBackendProvider.open(config, runner, null)) {
            rows = b.sockets(SocketQuery.everything()).items();
        }
        List<List<String>> rmsockCalls = runner.calls().stream().filter(a -> a.get(0).equals("rmsock")).toList();
        assertEquals(4, rmsockCalls.size(), rmsockCalls.toString());
        // The FIN_WAIT_1 socket of IBM's technote, which rmsock would remove, is never handed over.
        assertFalse(rmsockCalls.contains(AixCommandLines.rmsock("f1000e000258d3b8", true)));
        for (SocketEntry e : rows) {
            if (e.state() == TcpState.FIN_WAIT_1) {
                assertTrue(e.owners().isEmpty());
            }
        }
        SocketEntry writesrv = rows.stream().filter(e -> "f1000e0000180bb8".equals(e.pcbAddress())).findFirst()
                .orElseThrow();
        assertEquals(List.of(ProcessRef.owner(3211434, "writesrv")), writesrv.owners());
    }

    @Test
    void withoutRootThereAreNoOwnersAndOneDiagnostic() throws Exception {
        RecordedCommandRunner root = RecordedCommandRunner.scenario("quoted-rows");
        CommandRunnerOverride nonRoot = new CommandRunnerOverride(root, AixCommandLines.ID_U, "203\n");
        BackendConfig config = BackendConfig.live().withBackendOption(OwnerStrategy.OPTION, "rmsock");
        try (NetstatBackend b = AixBackendProvider.open(config, nonRoot, null)) {
            Snapshot<SocketEntry> s = b.sockets(SocketQuery.everything());
            s.items().forEach(e -> assertTrue(e.owners().isEmpty()));
            Diagnostic d = s.diagnostics().stream().filter(x -> x.code() == Diagnostic.Code.OWNERS_UNAVAILABLE)
                    .findFirst().orElseThrow();
            assertEquals(203L, d.uid());
        }
        assertFalse(ranRmsock(root));
    }

    @Test
    void anUnknownStrategyIsAnError() {
        BackendConfig config = BackendConfig.live().withBackendOption(OwnerStrategy.OPTION, "kmem");
        assertThrows(config);
    }

    private static void assertThrows(BackendConfig config) {
        org.junit.jupiter.api.Assertions.assertThrows(BackendException.class,
                () -> AixBackendProvider.open(config, RecordedCommandRunner.scenario("quoted-rows"), null));
    }

    @Test
    void theProviderIsUnavailableOffAixAndSaysWhy() {
        AixBackendProvider p = new AixBackendProvider(k -> k.equals("os.name") ? "Linux" : "x");
        var a = p.probe(BackendConfig.live());
        assertFalse(a.available());
        assertEquals("not AIX (os.name=Linux)", a.reason());
        assertEquals("aix-commands", p.id());
        assertTrue(new AixBackendProvider(k -> k.equals("os.name") ? "AIX" : "7.3").probe(BackendConfig.live())
                .available());
    }

    @Test
    void withoutLsofTheDefaultAsksKdbOnceForEveryTcpSocketAndNeverRmsock() throws Exception {
        RecordedCommandRunner runner = RecordedCommandRunner.scenario("kdb-session");
        List<SocketEntry> rows;
        Snapshot<SocketEntry> s;
        try (NetstatBackend b = AixBackendProvider.open(BackendConfig.live(), runner, null)) {
            s = b.sockets(SocketQuery.everything());
            rows = s.items();
        }
        assertFalse(ranRmsock(runner), runner.calls().toString());
        assertEquals(1, runner.calls().stream().filter(AixCommandLines.KDB::equals).count(), runner.calls().toString());
        assertEquals(List.of("kdb < sockinfo f1000e000258d3b8 tcpcb\nsockinfo f1000500038203b8 tcpcb\n"
                + "sockinfo f1000e000288c3b8 tcpcb\nsockinfo f10007000864ebb0 tcpcb\n"
                + "sockinfo f1000e0000180bb8 tcpcb\nquit\n"), runner.inputs(),
                "one batch, every TCP socket's PCB address as netstat printed it, then quit");
        SocketEntry held = rows.stream().filter(e -> "f1000e0000180bb8".equals(e.pcbAddress())).findFirst()
                .orElseThrow();
        assertEquals(List.of(ProcessRef.owner(0x3808A, "inetd")), held.owners(),
                "the ACTIVE process line under the control block of that address; its pid is hex");
        assertEquals(1, rows.stream().filter(e -> !e.owners().isEmpty()).count(),
                "sockets whose block names no process keep none");
        assertFalse(s.diagnostics().stream().anyMatch(d -> d.code() == Diagnostic.Code.OWNERS_UNAVAILABLE),
                s.diagnostics().toString());
    }

    @Test
    void withNeitherLsofNorKdbThereAreNoOwnersAndTheDiagnosticSaysWhy() throws Exception {
        RecordedCommandRunner runner = RecordedCommandRunner.scenario("quoted-rows");
        Snapshot<SocketEntry> s;
        try (NetstatBackend b = AixBackendProvider.open(BackendConfig.live(), runner, null)) {
            s = b.sockets(SocketQuery.everything());
        }
        s.items().forEach(e -> assertTrue(e.owners().isEmpty(), e.toString()));
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code() == Diagnostic.Code.OWNERS_UNAVAILABLE
                && d.message().contains("lsof is not installed") && d.message().contains("kdb could not be run")),
                s.diagnostics().toString());
        assertFalse(ranRmsock(runner), runner.calls().toString());
    }
}
