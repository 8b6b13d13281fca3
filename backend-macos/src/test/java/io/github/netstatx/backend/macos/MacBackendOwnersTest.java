package io.github.netstatx.backend.macos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.backend.macos.fixtures.MacScenario;
import io.github.netstatx.backend.macos.fixtures.XnuLayout.Release;
import io.github.netstatx.core.capture.CaptureManifest;
import io.github.netstatx.core.capture.DirectoryCaptureSink;
import io.github.netstatx.core.capture.DirectoryCaptureSource;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.query.SocketQuery;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.NetstatBackend;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Exact owners from libproc, joined to the PCB lists on the socket handle ({@code soi_so} = {@code xso_so}), over
 * the scenario's processes ({@link MacScenario#PIDS}) encoded from each release's recorded layouts.
 */
class MacBackendOwnersTest {

    private static final Clock CLOCK = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);

    /** A source that answers as {@code base} does; tests override the one call they change. */
    private static class Delegating implements SysctlSource {
        final SysctlSource base;

        Delegating(SysctlSource base) {
            this.base = base;
        }

        @Override
        public Optional<ByteBuffer> read(Sysctl sysctl) throws SysctlException {
            return base.read(sysctl);
        }

        @Override
        public Optional<String> processName(int pid) {
            return base.processName(pid);
        }

        @Override
        public Optional<String> processPath(int pid) {
            return base.processPath(pid);
        }

        @Override
        public LibprocAnswer listAllPids() {
            return base.listAllPids();
        }

        @Override
        public LibprocAnswer descriptors(int pid) {
            return base.descriptors(pid);
        }

        @Override
        public LibprocAnswer socketInfo(int pid, int fd) {
            return base.socketInfo(pid, fd);
        }
    }

    private static Snapshot<SocketEntry> sockets(SysctlSource source) {
        return new MacBackend("macos-sysctl", source, CLOCK, null, null).sockets(SocketQuery.everything());
    }

    private static SocketEntry find(List<SocketEntry> all, Protocol p, int localPort) {
        return all.stream().filter(e -> e.protocol() == p && e.local() != null && e.local().port() == localPort)
                .findFirst().orElseThrow(() -> new AssertionError("no " + p + " port " + localPort));
    }

    private static ProcessRef holder(int pid) {
        return new ProcessRef(pid, "proc" + pid, MacScenario.path(pid), null, null, null, ProcessRef.Role.OWNER);
    }

    private static List<ProcessRef> holders(SocketEntry e) {
        return e.owners().stream().filter(o -> o.role() == ProcessRef.Role.OWNER).toList();
    }

    @ParameterizedTest
    @EnumSource(Release.class)
    void holdersComeFirstAndTheRecordedPidsStayBehindThem(Release r) {
        Snapshot<SocketEntry> snap = sockets(MacScenario.of(r).source());
        List<SocketEntry> all = snap.items();

        SocketEntry est = find(all, Protocol.TCP, 50000);
        assertEquals(List.of(holder(403), holder(777),
                new ProcessRef(403, "proc403", null, null, null, null, ProcessRef.Role.LAST),
                new ProcessRef(403, "proc403", null, null, null, null, ProcessRef.Role.EFFECTIVE)), est.owners(),
                "both descriptor holders, once each, in the kernel's pid order, then so_last_pid and so_e_pid");
        assertEquals(List.of(holder(403)), holders(find(all, Protocol.UDP, 63995)));
        SocketEntry mdns = all.stream().filter(e -> e.protocol() == Protocol.UNIX && e.unix().path() != null
                && e.unix().path().name().equals("/var/run/mDNSResponder")).findFirst().orElseThrow();
        assertEquals(List.of(holder(777)), holders(mdns), "UNIX sockets join on xso_so too, in either list format");

        assertEquals(List.of(), holders(find(all, Protocol.TCP, 22)), "a socket no listed process holds");
        assertEquals(List.of(), holders(find(all, Protocol.TCP, 50002)), "TIME_WAIT has no descriptor");
        if (r.ventura()) {
            assertEquals(List.of(), holders(find(all, Protocol.TCP, 50004)),
                    "a user-space flow's zero handle never matches pid 999's zero-handle socket");
            assertEquals(List.of(), holders(find(all, Protocol.UDP, 50010)));
        }

        Diagnostic d = snap.diagnostics().stream().filter(x -> x.source().equals("libproc")).findFirst()
                .orElseThrow();
        assertEquals(Diagnostic.Code.OTHER, d.code());
        assertTrue(d.message().startsWith("exact owners of 3 socket(s) from the descriptors of 3 of 5 process(es); "
                + "1 not inspectable (another user's, needs root), 1 exited during the pass, 0 failed"), d.message());
    }

    @Test
    void withoutLibprocTheRecordedPidsAreTheOwners() {
        Snapshot<SocketEntry> snap = sockets(MacScenario.of(Release.MACOS_13).withoutLibproc().source());
        SocketEntry est = find(snap.items(), Protocol.TCP, 50000);
        assertEquals(List.of(ProcessRef.Role.LAST, ProcessRef.Role.EFFECTIVE),
                est.owners().stream().map(ProcessRef::role).toList());
        assertTrue(snap.diagnostics().stream().noneMatch(x -> x.source().equals("libproc")),
                "a source without libproc is not a problem to report");
    }

    @Test
    void ownersNotAskedForMeanNoLibprocPass() {
        SysctlSource strict = new Delegating(MacScenario.of(Release.MACOS_15_4).source()) {
            @Override
            public LibprocAnswer listAllPids() {
                throw new AssertionError("libproc called although no owners were asked for");
            }
        };
        Snapshot<SocketEntry> snap = new MacBackend("macos-sysctl", strict, CLOCK, null, null)
                .sockets(SocketQuery.everything().withOwners(false));
        assertTrue(snap.items().stream().allMatch(e -> e.owners().isEmpty()));
    }

    @Test
    void aFailedPidListIsSaidAndLeavesTheRecordedPids() {
        SysctlSource sandboxed = new Delegating(MacScenario.of(Release.MACOS_14).source()) {
            @Override
            public LibprocAnswer listAllPids() {
                return LibprocAnswer.failed(LibprocAnswer.EPERM);
            }
        };
        Snapshot<SocketEntry> snap = sockets(sandboxed);
        assertEquals(List.of(), holders(find(snap.items(), Protocol.TCP, 50000)));
        assertTrue(snap.diagnostics().stream().anyMatch(d -> d.source().equals("libproc")
                && d.message().contains("proc_listallpids failed (errno 1)")));
    }

    @Test
    void aGarbledAnswerCountsAsFailedNotAsAnException() {
        SysctlSource garbled = new Delegating(MacScenario.of(Release.MACOS_15_0).source()) {
            @Override
            public LibprocAnswer descriptors(int pid) {
                return pid == 403 ? LibprocAnswer.of(ByteBuffer.wrap(new byte[13])) : base.descriptors(pid);
            }

            @Override
            public LibprocAnswer socketInfo(int pid, int fd) {
                return pid == 777 && fd == 3 ? LibprocAnswer.of(ByteBuffer.wrap(new byte[100]))
                        : base.socketInfo(pid, fd);
            }
        };
        Snapshot<SocketEntry> snap = sockets(garbled);
        assertEquals(List.of(), holders(find(snap.items(), Protocol.TCP, 50000)));
        assertTrue(snap.diagnostics().stream().anyMatch(d -> d.source().equals("libproc")
                && d.message().contains("2 failed")), snap.diagnostics().toString());
    }

    @Test
    void aLiveRunsLibprocAnswersAreCapturedAndReplayTheSameOwners(@TempDir Path dir) throws Exception {
        MacScenario s = MacScenario.of(Release.MACOS_13);
        DirectoryCaptureSink sink = DirectoryCaptureSink.create(dir.resolve("cap"));
        MacBackend live = new MacBackend("macos-sysctl", new CapturingSysctls(s.source(), sink), CLOCK, null, null);
        List<SocketEntry> seen = live.sockets(SocketQuery.everything()).items();
        sink.finish(new CaptureManifest(1, "macos-sysctl", live.host(), Instant.EPOCH, "test"));
        Path cap = dir.resolve("cap");
        assertTrue(Files.exists(cap.resolve("libproc/listallpids")));
        assertTrue(Files.exists(cap.resolve("libproc/403/fd/5/socketinfo")));
        assertEquals("/usr/libexec/proc777", Files.readString(cap.resolve("libproc/777/path")));
        String index = Files.readString(cap.resolve("capture.index"));
        assertTrue(index.contains("libproc/1/listfds"), "launchd's EPERM is recorded: " + index);
        NetstatBackend replay = new MacBackendProvider(k -> "Linux").openReplay(
                BackendConfig.live().withReplay(DirectoryCaptureSource.open(cap)));
        Snapshot<SocketEntry> again = replay.sockets(SocketQuery.everything());
        assertEquals(seen, again.items());
        assertEquals(List.of(holder(403), holder(777)), holders(find(again.items(), Protocol.TCP, 50000)));
        assertTrue(again.diagnostics().stream().anyMatch(d -> d.source().equals("libproc")
                && d.message().contains("1 not inspectable") && d.message().contains("1 exited")),
                "EPERM and ESRCH replay as they were");
    }

    @Test
    void theScenarioCaptureReplaysItsHolders(@TempDir Path dir) throws Exception {
        Path cap = MacScenario.of(Release.MACOS_12).writeCapture(dir.resolve("cap"));
        NetstatBackend replay = new MacBackendProvider(k -> "Linux").openReplay(
                BackendConfig.live().withReplay(DirectoryCaptureSource.open(cap)));
        List<SocketEntry> all = replay.sockets(SocketQuery.everything()).items();
        assertEquals(List.of(holder(403), holder(777)), holders(find(all, Protocol.TCP, 50000)));
        assertFalse(all.stream().anyMatch(e -> e.bsd() != null && e.bsd().userSpaceFlow() && !holders(e).isEmpty()));
    }
}
