package io.github.netstatx.core.capture;

import io.github.netstatx.core.text.Echo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes a capture directory: each file source at its name below the directory as soon as it is read, then
 * {@code capture.index} and {@code capture.json} in {@link #finish}. A failure to write is kept (the
 * backend is not disturbed) and thrown by {@link #finish}.
 */
public final class DirectoryCaptureSink implements CaptureSink {

    private final Path dir;
    private final CaptureIndex index = new CaptureIndex();
    private final Set<String> files = ConcurrentHashMap.newKeySet();
    private final AtomicReference<IOException> failure = new AtomicReference<>();

    private DirectoryCaptureSink(Path dir) {
        this.dir = dir;
    }

    /**
     * A sink writing into {@code dir}, which is created, or must be an empty directory: a capture never
     * mixes with other files.
     *
     * @throws IOException when the directory cannot be created or is not empty
     */
    public static DirectoryCaptureSink create(Path dir) throws IOException {
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(Echo.name(dir.toString()) + " exists and is not a directory");
            }
            try (DirectoryStream<Path> d = Files.newDirectoryStream(dir)) {
                if (d.iterator().hasNext()) {
                    throw new IOException(Echo.name(dir.toString()) + " is not empty (a capture goes into a new or empty directory)");
                }
            }
        } else {
            Files.createDirectories(dir);
        }
        return new DirectoryCaptureSink(dir);
    }

    /** The directory written to. */
    public Path directory() {
        return dir;
    }

    @Override
    public void file(String name, byte[] bytes) {
        if (!files.add(CaptureNames.require(name))) {
            return;
        }
        try {
            Path target = dir.resolve(name);
            Files.createDirectories(target.getParent());
            Files.write(target, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException | UncheckedIOException e) {
            failure.compareAndSet(null, e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
        }
    }

    @Override
    public void link(String name, String target) {
        index.link(name, target);
    }

    @Override
    public void listing(String name, List<String> entries) {
        index.listing(name, entries);
    }

    @Override
    public void present(String name) {
        index.present(name);
    }

    @Override
    public void failure(String name, SourceFailure f) {
        index.failure(name, f);
    }

    /**
     * Writes the index and the manifest.
     *
     * @throws IOException the first failure of the capture, or of these writes
     */
    public void finish(CaptureManifest manifest) throws IOException {
        IOException first = failure.get();
        if (first != null) {
            throw first;
        }
        Files.write(dir.resolve(CaptureNames.INDEX), index.toBytes());
        Files.write(dir.resolve(CaptureNames.MANIFEST), CaptureManifestJson.write(manifest));
    }
}
