package io.github.netstatx.core.capture;

import java.io.IOException;
import java.util.List;

/**
 * What a backend reads instead of the OS when it replays a capture: the observations a {@link CaptureSink}
 * recorded, by the same names. A source that was not captured reads as missing
 * ({@link java.nio.file.NoSuchFileException}); one whose reading failed on the host fails the same way
 * again ({@link SourceFailure#toException}).
 */
public interface CaptureSource {

    /** The manifest: backend, host, time. */
    CaptureManifest manifest();

    /** The recorded bytes of a source. */
    byte[] file(String name) throws IOException;

    /** The recorded target of a link. */
    String link(String name) throws IOException;

    /** The recorded entries of a directory, in their original order. */
    List<String> listing(String name) throws IOException;

    /** Whether the path was seen: read, listed, linked or tested for. */
    boolean exists(String name);
}
