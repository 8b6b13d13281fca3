package io.github.netstatx.core.capture;

import io.github.netstatx.core.acquire.FileKind;
import io.github.netstatx.core.acquire.RegularFileReader;
import io.github.netstatx.core.text.Echo;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a capture directory, which may come from anywhere: only regular files inside the directory are
 * opened (never a FIFO, device or link, which could block or lead elsewhere), and none beyond a size limit,
 * so a hostile or damaged capture gives errors, never a hang or an exhausted heap.
 */
public final class DirectoryCaptureSource implements CaptureSource {

    /**
     * Size limits.
     *
     * @param maxFileBytes largest source file read (a {@code /proc/net/tcp6} of 200,000 sockets is 36 MB)
     * @param maxIndexBytes largest {@code capture.index}
     */
    public record Limits(long maxFileBytes, long maxIndexBytes) {

        /** Arrays hold a little less than 2 GiB. */
        private static final long MOST = Integer.MAX_VALUE - 16;

        public Limits {
            if (maxFileBytes < 0 || maxFileBytes > MOST || maxIndexBytes < 0 || maxIndexBytes > MOST) {
                throw new IllegalArgumentException("limits must lie between 0 and " + MOST + " bytes");
            }
        }

        /** 256 MiB per file, 256 MiB of index. */
        public static Limits standard() {
            return new Limits(256L << 20, 256L << 20);
        }
    }

    private static final long MAX_MANIFEST_BYTES = 1 << 20;

    private final Path dir;
    private final Path realDir;
    private final Limits limits;
    private final CaptureManifest manifest;
    private final CaptureIndex index;

    private DirectoryCaptureSource(Path dir, Path realDir, Limits limits, CaptureManifest manifest,
            CaptureIndex index) {
        this.dir = dir;
        this.realDir = realDir;
        this.limits = limits;
        this.manifest = manifest;
        this.index = index;
    }

    /** Opens a capture with the standard limits. */
    public static DirectoryCaptureSource open(Path dir) throws InvalidCaptureException {
        return open(dir, Limits.standard());
    }

    /**
     * Opens a capture: reads its manifest and index.
     *
     * @throws InvalidCaptureException when {@code dir} is not a readable capture
     */
    public static DirectoryCaptureSource open(Path dir, Limits limits) throws InvalidCaptureException {
        Path real;
        try {
            real = dir.toRealPath();
        } catch (IOException e) {
            throw new InvalidCaptureException("cannot open capture " + Echo.name(dir.toString()) + ": " + reason(e), e);
        }
        if (!Files.isDirectory(real)) {
            throw new InvalidCaptureException("capture " + Echo.name(dir.toString()) + " is not a directory");
        }
        DirectoryCaptureSource probe = new DirectoryCaptureSource(dir, real, limits, null, null);
        byte[] manifestBytes;
        try {
            manifestBytes = probe.readRegular(CaptureNames.MANIFEST, MAX_MANIFEST_BYTES);
        } catch (IOException e) {
            throw new InvalidCaptureException("capture " + Echo.name(dir.toString()) + " has no readable " + CaptureNames.MANIFEST + ": "
                    + reason(e), e);
        }
        CaptureManifest manifest = CaptureManifestJson.read(manifestBytes);
        CaptureIndex index;
        try {
            index = CaptureIndex.parse(probe.readRegular(CaptureNames.INDEX, limits.maxIndexBytes()));
        } catch (NoSuchFileException e) {
            index = new CaptureIndex();            // a capture of files only may do without one
        } catch (IOException e) {
            throw new InvalidCaptureException("capture " + Echo.name(dir.toString()) + ": cannot read " + CaptureNames.INDEX + ": "
                    + reason(e), e);
        }
        return new DirectoryCaptureSource(dir, real, limits, manifest, index);
    }

    /** The capture directory, as given. */
    public Path directory() {
        return dir;
    }

    @Override
    public CaptureManifest manifest() {
        return manifest;
    }

    @Override
    public byte[] file(String name) throws IOException {
        SourceFailure f = index.failure(name);
        if (f != null) {
            throw f.toException(name);
        }
        return readRegular(CaptureNames.require(name), limits.maxFileBytes());
    }

    @Override
    public String link(String name) throws IOException {
        String target = index.link(name);
        if (target != null) {
            return target;
        }
        throw notRecorded(name);
    }

    @Override
    public List<String> listing(String name) throws IOException {
        List<String> entries = index.listing(name);
        if (entries != null) {
            return entries;
        }
        throw notRecorded(name);
    }

    @Override
    public boolean exists(String name) {
        if (index.failure(name) != null) {
            return false;
        }
        return index.isPresent(name) || Files.isRegularFile(dir.resolve(name), LinkOption.NOFOLLOW_LINKS);
    }

    private IOException notRecorded(String name) {
        SourceFailure f = index.failure(name);
        return f != null ? f.toException(name) : new NoSuchFileException(name, null, "not in the capture");
    }

    /**
     * A regular file inside the capture, of at most {@code limit} bytes: links are refused as well
     * ({@link RegularFileReader} does the refusing and the bounded read).
     */
    private byte[] readRegular(String name, long limit) throws IOException {
        Path file = dir.resolve(name);
        FileKind kind;
        try {
            kind = FileKind.of(file, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(name, null, "not in the capture");
        }
        if (kind == FileKind.REGULAR && !file.toRealPath().startsWith(realDir)) {
            throw new FileSystemException(name, null, "lies outside the capture directory; not read");
        }
        return RegularFileReader.whole(file, limit, LinkOption.NOFOLLOW_LINKS);
    }

    private static String reason(IOException e) {
        String r = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : null;
        return r != null ? r : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }
}
