package io.github.netstatx.cli;

import io.github.netstatx.core.capture.CaptureManifest;
import io.github.netstatx.core.capture.DirectoryCaptureSink;
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
     * Writes the index and the manifest for the backend that was used.
     *
     * @throws IOException when a source or these files could not be written
     */
    void finish(NetstatBackend backend) throws IOException {
        sink.finish(new CaptureManifest(CaptureManifest.FORMAT_VERSION, backend.id(), backend.host(), start,
                CaptureSession.class.getPackage().getImplementationVersion()));
    }
}
