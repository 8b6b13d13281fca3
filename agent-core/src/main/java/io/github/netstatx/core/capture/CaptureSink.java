package io.github.netstatx.core.capture;

import java.util.List;

/**
 * Where a backend's raw-source class records what it read while {@code --capture} runs. Every method
 * records one observation under a {@linkplain CaptureNames name} that the backend's capture format
 * defines (docs/CAPTURE.md); a {@link CaptureSource} answers the same names on replay.
 *
 * <p>Implementations are thread-safe (owner scans read from several threads) and never throw into the
 * backend: a failure to record is kept and reported once the collection is over. The first observation
 * of a name wins; a source read twice in one run is replayed as it was read first.
 */
public interface CaptureSink {

    /** The bytes a source gave, exactly. */
    void file(String name, byte[] bytes);

    /** Where a symbolic link pointed ({@code readlink}). */
    void link(String name, String target);

    /** The entries of a directory, in the order they were returned. */
    void listing(String name, List<String> entries);

    /** That a path existed, for sources only tested for existence (a directory that was not listed). */
    void present(String name);

    /** That reading a source failed, so that replay fails the same way. */
    void failure(String name, SourceFailure failure);
}
