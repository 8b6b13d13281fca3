package io.github.netstatx.cli;

import io.github.netstatx.core.capture.CaptureManifest;
import io.github.netstatx.core.capture.DirectoryCaptureSink;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.NetstatBackend;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * One {@code --capture DIR} run: the backend records what it reads into DIR while the dialect renders as
 * usual, and the manifest is written when the run is over. The clock is fixed at the start, so the live
 * output and any replay of it carry the same {@code collected_at}.
 */
final class CaptureSession {

    private final DirectoryCaptureSink sink;
    private final Instant start;
    private String backendId;
    private HostInfo host;

    private CaptureSession(DirectoryCaptureSink sink, Instant start) {
        this.sink = sink;
        this.start = start;
    }

    /**
     * Prepares DIR (new, or an empty directory).
     *
     * @throws IOException when it cannot be used
     */
    static CaptureSession start(Path dir, Clock clock) throws IOException {
        return new CaptureSession(DirectoryCaptureSink.create(dir), clock.instant());
    }

    /** {@code config} recording into this capture, with the clock stopped at its start. */
    BackendConfig configure(BackendConfig config) {
        return config.withClock(Clock.fixed(start, ZoneOffset.UTC)).withCapture(sink);
    }

    /**
     * Notes the backend the run used (while it is open: its host is part of the manifest); {@code null}
     * when the run ended before it opened one, and then no manifest is written.
     */
    void used(NetstatBackend backend) {
        if (backend != null) {
            backendId = backend.id();
            host = backend.host();
        }
    }

    boolean wasUsed() {
        return backendId != null;
    }

    /**
     * Writes the index and the manifest for the backend that was used, once it is closed.
     *
     * @throws IOException when a source or these files could not be written
     */
    void finish() throws IOException {
        sink.finish(new CaptureManifest(CaptureManifest.FORMAT_VERSION, backendId, host, start,
                CaptureSession.class.getPackage().getImplementationVersion()));
    }
}
