package io.github.netstatx.backend.aix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.capture.CaptureManifest;
import io.github.netstatx.core.capture.CapturedCommands;
import io.github.netstatx.core.capture.DirectoryCaptureSink;
import io.github.netstatx.core.capture.DirectoryCaptureSource;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.OsFamily;
import io.github.netstatx.core.query.RouteQuery;
import io.github.netstatx.core.query.SocketQuery;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.BackendException;
import io.github.netstatx.core.spi.NetstatBackend;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --capture} and {@code --replay} in the aix-commands format: what a capture records replays to the
 * same model, on this Linux machine, without running a single command.
 */
class AixCaptureReplayTest {

    private static final HostInfo HOST = new HostInfo("aixhost", OsFamily.AIX, "7.3", "7.3", "ppc64");

    private static Path resource(String path) throws URISyntaxException {
        return Path.of(AixCaptureReplayTest.class.getResource(path).toURI());
    }

    @Test
    void aCaptureReplaysToTheSameModel(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("cap");
        DirectoryCaptureSink sink = DirectoryCaptureSink.create(dir);
        RecordedCommandRunner host = RecordedCommandRunner.scenario("quoted-rows");
        BackendConfig live = BackendConfig.live().withCapture(sink);
        Object sockets;
        Object routes;
        Object interfaces;
        Object statistics;
        try (NetstatBackend b = AixBackendProvider.open(live, CapturedCommands.recording(sink, "", host), HOST)) {
            sockets = b.sockets(SocketQuery.everything()).items();
            routes = b.routes(RouteQuery.tables()).items();
            interfaces = b.interfaces().items();
            statistics = b.statistics().items();
        }
        sink.finish(new CaptureManifest(CaptureManifest.FORMAT_VERSION, AixBackendProvider.ID, HOST,
                Instant.parse("2026-12-02T10:00:00Z"), "test"));
        Path scenario = resource("/aix/scenarios/quoted-rows");
        for (String command : List.of("netstat -Aan", "netstat -rn", "netstat -ian",
                "netstat -s", "id -u")) {
            assertArrayEquals(Files.readAllBytes(scenario.resolve(command)), Files.readAllBytes(dir.resolve(command)),
                    command);
        }
        DirectoryCaptureSource source = DirectoryCaptureSource.open(dir);
        BackendConfig replay = BackendConfig.live().withReplay(source);
        try (NetstatBackend b = new AixBackendProvider(k -> "Linux").openReplay(replay)) {
            assertEquals(HOST, b.host());
            var s = b.sockets(SocketQuery.everything());
            assertEquals(sockets, s.items());
            // lsof could not be started on the host; the replay says so the same way.
            assertTrue(s.diagnostics().stream().anyMatch(d -> d.code() == Diagnostic.Code.OWNERS_UNAVAILABLE),
                    s.diagnostics().toString());
            assertEquals(routes, b.routes(RouteQuery.tables()).items());
            assertEquals(interfaces, b.interfaces().items());
            assertEquals(statistics, b.statistics().items());
            assertEquals(Instant.parse("2026-12-02T10:00:00Z"), s.collectedAt());
        }
    }

    @Test
    void aCaptureOfAnotherBackendIsRefused(@TempDir Path tmp) throws Exception {
        DirectoryCaptureSink sink = DirectoryCaptureSink.create(tmp.resolve("cap"));
        sink.finish(new CaptureManifest(CaptureManifest.FORMAT_VERSION, "linux-procfs", HOST,
                Instant.parse("2026-12-02T10:00:00Z"), "test"));
        BackendConfig replay = BackendConfig.live().withReplay(DirectoryCaptureSource.open(tmp.resolve("cap")));
        BackendException e = assertThrows(BackendException.class,
                () -> new AixBackendProvider(k -> "Linux").openReplay(replay));
        assertEquals("backend aix-commands cannot replay a linux-procfs capture", e.getMessage());
    }

    @Test
    void theCommittedCaptureOfTheRealSamplesReplays() throws Exception {
        DirectoryCaptureSource source = DirectoryCaptureSource.open(resource("/aix/captures/quoted-rows"));
        try (NetstatBackend b = new AixBackendProvider(k -> "Linux")
                .openReplay(BackendConfig.live().withReplay(source))) {
            assertEquals(5, b.sockets(SocketQuery.everything()).items().size());
            assertEquals(7, b.routes(RouteQuery.tables()).items().size());
            assertEquals(7, b.statistics().items().size());
        }
    }
}
