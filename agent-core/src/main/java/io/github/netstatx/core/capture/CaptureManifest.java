package io.github.netstatx.core.capture;

import io.github.netstatx.core.model.HostInfo;
import java.time.Instant;
import java.util.Objects;

/**
 * {@code capture.json}: which backend's format the capture is in, and the host and time it was taken on.
 * {@link CaptureManifestJson} writes and reads it.
 *
 * @param formatVersion the capture format's version ({@link #FORMAT_VERSION} when written by this netstatx)
 * @param backend the id of the backend whose raw sources the capture holds ({@code linux-procfs})
 * @param host the observed host as the backend reported it; its parts may be {@code null}
 * @param collectedAt when the collection began; replay stamps its snapshots with it
 * @param version the version of the netstatx that wrote the capture, or {@code null}
 */
public record CaptureManifest(int formatVersion, String backend, HostInfo host, Instant collectedAt, String version) {

    /**
     * The format version written. It changes only when a capture written now could not be replayed by an
     * older netstatx that knows the backend; new files and new manifest keys do not change it.
     */
    public static final int FORMAT_VERSION = 1;

    public CaptureManifest {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(collectedAt, "collectedAt");
    }
}
