package io.github.netstatx.backend.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.capture.CaptureManifest;
import io.github.netstatx.core.capture.DirectoryCaptureSink;
import io.github.netstatx.core.capture.DirectoryCaptureSource;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.query.RouteQuery;
import io.github.netstatx.core.query.SocketQuery;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.NetstatBackend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The linux-procfs capture format over the fixture trees: what a backend reads while capturing replays to
 * the same model (diagnostics name the host's paths, {@code /proc/...}, where the live run named the fixture
 * root's), and a hostile capture gives diagnostics, never a hang.
 */
class LinuxCaptureReplayTest {

    private static final Instant AT = Instant.parse("2026-12-02T10:30:00.5Z");

    @TempDir
    Path tmp;

    private static List<Object> collectAll(NetstatBackend b, String root) throws Exception {
        List<Object> out = new ArrayList<>();
        out.add(b.host());
        for (SocketQuery q : List.of(SocketQuery.everything(), SocketQuery.everything().withOwners(false))) {
            out.add(contents(b.sockets(q), root));
        }
        out.add(contents(b.interfaces(), root));
        out.add(contents(b.routes(RouteQuery.withCache()), root));
        out.add(contents(b.statistics(), root));
        out.add(contents(b.multicastGroups(), root));
        out.add(contents(b.masquerade(), root));
        return out;
    }

    /** Items, time, and diagnostics with the root the sources were read under written as {@code /}. */
    private static List<Object> contents(Snapshot<?> s, String root) {
        List<String> diagnostics = new ArrayList<>();
        for (Diagnostic d : s.diagnostics()) {
            diagnostics.add(d.toString().replace(root + "/", "/"));
        }
        return List.of(s.items(), diagnostics, s.collectedAt());
    }

    @Test
    void everyFixtureTreeReplaysToTheModelItWasCapturedFrom() throws Exception {
        for (String scenario : List.of(Fixtures.NETNS, Fixtures.EDGE, Fixtures.BIG_ENDIAN)) {
            BackendConfig config = Fixtures.config(scenario).withClock(Clock.fixed(AT, ZoneOffset.UTC));
            String root = config.fsRoot().toString();
            List<Object> expected = collectAll(new LinuxBackend(config), root);

            Path dir = tmp.resolve(scenario);
            DirectoryCaptureSink sink = DirectoryCaptureSink.create(dir);
            NetstatBackend capturing = new LinuxBackendProvider().open(config.withCapture(sink));
            assertEquals(expected, collectAll(capturing, root), scenario + ": capturing changes nothing");
            sink.finish(new CaptureManifest(CaptureManifest.FORMAT_VERSION, capturing.id(), capturing.host(), AT,
                    null));
            assertTrue(Files.isRegularFile(dir.resolve("proc/net/tcp")), scenario);

            BackendConfig replayConfig = BackendConfig.live().withHostByteOrder(config.hostByteOrder())
                    .withReplay(DirectoryCaptureSource.open(dir));
            NetstatBackend replay = new LinuxBackendProvider().openReplay(replayConfig);
            assertEquals(expected, collectAll(replay, "/"), scenario + ": replay");
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aHostileCaptureGivesDiagnosticsNotAHang() throws Exception {
        Path dir = tmp.resolve("cap");
        BackendConfig config = Fixtures.config(Fixtures.NETNS).withClock(Clock.fixed(AT, ZoneOffset.UTC));
        DirectoryCaptureSink sink = DirectoryCaptureSink.create(dir);
        NetstatBackend capturing = new LinuxBackendProvider().open(config.withCapture(sink));
        capturing.sockets(SocketQuery.everything());
        sink.finish(new CaptureManifest(CaptureManifest.FORMAT_VERSION, capturing.id(), capturing.host(), AT, null));
        // A FIFO where a table was (opening it would block), a table replaced by a link to the live system.
        Files.delete(dir.resolve("proc/net/tcp"));
        assertEquals(0, new ProcessBuilder("mkfifo", dir.resolve("proc/net/tcp").toString()).start().waitFor());
        Files.delete(dir.resolve("proc/net/udp"));
        Files.createSymbolicLink(dir.resolve("proc/net/udp"), Path.of("/proc/net/udp"));

        NetstatBackend replay = new LinuxBackendProvider()
                .openReplay(BackendConfig.live().withReplay(DirectoryCaptureSource.open(dir)));
        Snapshot<SocketEntry> s = replay.sockets(SocketQuery.everything());
        List<String> messages = s.diagnostics().stream().map(Diagnostic::message).toList();
        assertTrue(messages.contains("cannot read /proc/net/tcp: is a FIFO, not a regular file; not read"),
                messages.toString());
        assertTrue(messages.contains("cannot read /proc/net/udp: is a symbolic link, not a regular file; not read"),
                messages.toString());
        assertFalse(s.items().isEmpty(), "the other tables still count");
    }
}
