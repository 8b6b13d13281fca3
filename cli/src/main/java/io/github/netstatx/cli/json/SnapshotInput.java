package io.github.netstatx.cli.json;

import io.github.netstatx.core.acquire.FileKind;
import io.github.netstatx.core.spi.NetstatBackend;
import io.github.netstatx.core.text.Echo;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens {@code --input FILE} ({@code -}: standard input) as a {@link SnapshotBackend}. The document is
 * parsed as it is read, never more than the limit of bytes: a regular file above it is refused before it
 * is read, and any stream (a pipe, a FIFO, {@code /dev/zero}) is cut off where it passes it. Pipes and
 * FIFOs are welcome ({@code --input <(ssh web1 netstatx --json)}); a directory is not.
 */
public final class SnapshotInput {

    private SnapshotInput() {
    }

    /** Thrown by {@link Capped} where the stream passes the limit; the message says what to do. */
    static final class LimitExceeded extends IOException {
        private static final long serialVersionUID = 1L;

        LimitExceeded(long limit) {
            super("is larger than the --input limit of " + size(limit) + "; raise it with --input-limit SIZE"
                    + " (such as 512M) if the document is meant to be this big");
        }
    }

    /** A stream that ends in {@link LimitExceeded} after {@code limit} bytes. */
    static final class Capped extends FilterInputStream {
        private final long limit;
        private long left;

        Capped(InputStream in, long limit) {
            super(in);
            this.limit = limit;
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --left < 0) {
                throw new LimitExceeded(limit);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, (int) Math.min(len, Math.max(1, left + 1)));
            if (n > 0) {
                left -= n;
                if (left < 0) {
                    throw new LimitExceeded(limit);
                }
            }
            return n;
        }
    }

    /**
     * @param name the argument of {@code --input}
     * @param stdin standard input, read when {@code name} is {@code -}
     * @param limit the most bytes read ({@code --input-limit})
     */
    public static NetstatBackend open(String name, InputStream stdin, long limit) throws SnapshotFormatException {
        if (name.equals("-")) {
            return read(stdin, "standard input", limit);
        }
        return openFile(name, Echo.name(name), limit);
    }

    /** @param shown the file name as messages repeat it */
    private static NetstatBackend openFile(String name, String shown, long limit) throws SnapshotFormatException {
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            throw new SnapshotFormatException(shown + ": not a valid file name");
        }
        try {
            FileKind kind = FileKind.of(path);
            if (kind == FileKind.DIRECTORY) {
                throw new SnapshotFormatException(shown + ": is a directory, not a JSON document");
            }
            if (kind == FileKind.REGULAR && Files.size(path) > limit) {
                throw tooLarge(shown, limit);
            }
            try (InputStream in = Files.newInputStream(path)) {
                return read(in, shown, limit);
            }
        } catch (NoSuchFileException e) {
            throw new SnapshotFormatException(shown + ": no such file");
        } catch (IOException e) {
            throw new SnapshotFormatException(shown + ": cannot be read: " + LocatedJson.reason(e));
        }
    }

    private static NetstatBackend read(InputStream in, String source, long limit) throws SnapshotFormatException {
        return new SnapshotBackend(new DocumentReader(source).read(new Capped(in, limit)), source);
    }

    private static SnapshotFormatException tooLarge(String source, long limit) {
        return new SnapshotFormatException(source + ": " + new LimitExceeded(limit).getMessage());
    }

    private static String size(long bytes) {
        if (bytes % (1L << 30) == 0) {
            return (bytes >> 30) + " GiB";
        }
        if (bytes % (1L << 20) == 0) {
            return (bytes >> 20) + " MiB";
        }
        return bytes + " bytes";
    }
}
