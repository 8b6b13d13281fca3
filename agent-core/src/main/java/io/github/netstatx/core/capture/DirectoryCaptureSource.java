package io.github.netstatx.core.capture;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
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
            throw new InvalidCaptureException("cannot open capture " + dir + ": " + reason(e), e);
        }
        if (!Files.isDirectory(real)) {
            throw new InvalidCaptureException("capture " + dir + " is not a directory");
        }
        DirectoryCaptureSource probe = new DirectoryCaptureSource(dir, real, limits, null, null);
        byte[] manifestBytes;
        try {
            manifestBytes = probe.readRegular(CaptureNames.MANIFEST, MAX_MANIFEST_BYTES);
        } catch (IOException e) {
            throw new InvalidCaptureException("capture " + dir + " has no readable " + CaptureNames.MANIFEST + ": "
                    + reason(e), e);
        }
        CaptureManifest manifest = CaptureManifestJson.read(manifestBytes);
        CaptureIndex index;
        try {
            index = CaptureIndex.parse(probe.readRegular(CaptureNames.INDEX, limits.maxIndexBytes()));
        } catch (NoSuchFileException e) {
            index = new CaptureIndex();            // a capture of files only may do without one
        } catch (IOException e) {
            throw new InvalidCaptureException("capture " + dir + ": cannot read " + CaptureNames.INDEX + ": "
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

    /** A regular file inside the capture, of at most {@code limit} bytes. */
    private byte[] readRegular(String name, long limit) throws IOException {
        Path file = dir.resolve(name);
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(name, null, "not in the capture");
        }
        if (!a.isRegularFile()) {
            throw new FileSystemException(name, null, "not a regular file in the capture ("
                    + (a.isSymbolicLink() ? "a symbolic link" : a.isDirectory() ? "a directory" : "a special file")
                    + "); not read");
        }
        if (!file.toRealPath().startsWith(realDir)) {
            throw new FileSystemException(name, null, "lies outside the capture directory; not read");
        }
        if (a.size() > limit) {
            throw new FileSystemException(name, null, "is " + a.size() + " bytes, more than the " + limit
                    + " a capture file may have; not read");
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            byte[] buf = new byte[(int) Math.min(limit + 1, Math.max(a.size() + 1, 1))];
            int n = 0;
            while (n < buf.length) {
                int r = ch.read(ByteBuffer.wrap(buf, n, buf.length - n));
                if (r < 0) {
                    break;
                }
                n += r;
                if (n == buf.length && n <= limit) {
                    buf = Arrays.copyOf(buf, (int) Math.min(limit + 1, 2L * buf.length));
                }
            }
            if (n > limit) {
                throw new FileSystemException(name, null, "grew beyond the " + limit
                        + " bytes a capture file may have; not read");
            }
            return Arrays.copyOf(buf, n);
        }
    }

    private static String reason(IOException e) {
        String r = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : null;
        return r != null ? r : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }
}
