package io.github.netstatx.core.acquire;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * Reads files that someone else may have planted: a {@code --fs-root} tree, a capture directory, the name
 * databases under either. Only a regular file is opened, judged after the kernel has followed any links
 * (so a link loop ends in ELOOP, and a link to {@code /dev/zero}, a FIFO, a socket or a directory is refused
 * without being opened, where opening would block or reading would never end), and never more than a limit
 * is read. procfs and sysfs files are regular files that report size 0: they are read until end of file, up
 * to the same limit.
 *
 * <p>What is left: a file swapped for a FIFO between the check and the open still blocks the open. Only
 * someone who can write the tree while netstatx reads it can do that, and a signal ends such a run.
 */
public final class RegularFileReader {

    /**
     * The default limit of one source file: a {@code /proc/net/tcp6} of a million sockets is about 180 MB,
     * and a name database is far smaller. Arrays hold a little under 2 GiB, which is the most any limit may be.
     */
    public static final long STANDARD_LIMIT = 256L << 20;

    private static final long MOST = Integer.MAX_VALUE - 16;

    /** procfs tables are generated on every read: read them in one go with a large first buffer. */
    private static final int FIRST_READ_SIZE = 256 * 1024;

    private RegularFileReader() {
    }

    /**
     * A file left unread for what it is or how large it is, not because the OS failed to give it: only a
     * planted tree has one, so the caller reports it even where a failed read is normal (a process that
     * exited between the listing of {@code /proc} and the read).
     */
    public abstract static class RefusedException extends FileSystemException {
        private static final long serialVersionUID = 1L;

        RefusedException(Path file, String reason) {
            super(file.toString(), null, reason);
        }
    }

    /** The file is not a regular file: it was not opened. */
    public static final class NotRegularFileException extends RefusedException {
        private static final long serialVersionUID = 1L;
        private final FileKind kind;

        NotRegularFileException(Path file, FileKind kind) {
            super(file, "is " + kind.description() + ", not a regular file; not read");
            this.kind = kind;
        }

        public FileKind kind() {
            return kind;
        }
    }

    /** The file holds more than the limit: nothing of it is returned. */
    public static final class TooLargeException extends RefusedException {
        private static final long serialVersionUID = 1L;

        TooLargeException(Path file, long limit) {
            super(file, "holds more than the " + limit + " bytes a source may have; not read");
        }
    }

    /**
     * The whole file.
     *
     * @param options {@link LinkOption#NOFOLLOW_LINKS} to refuse a link as the last component, too
     * @throws NotRegularFileException when the path names anything but a regular file
     * @throws TooLargeException when it holds more than {@code limit} bytes
     */
    public static byte[] whole(Path file, long limit, LinkOption... options) throws IOException {
        return read(file, limit, true, options);
    }

    /** At most the first {@code limit} bytes of the file (a process's long command line, say). */
    public static byte[] prefix(Path file, long limit, LinkOption... options) throws IOException {
        return read(file, limit, false, options);
    }

    /**
     * The whole file as a stream, on the same terms as {@link #whole}: only a regular file is opened, and a
     * read that would pass {@code limit} bytes fails with {@link TooLargeException}. For tables too large to
     * hold at once; the caller closes the stream.
     */
    public static InputStream stream(Path file, long limit, LinkOption... options) throws IOException {
        checkedSize(file, limit, true, options);
        return new FilterInputStream(Files.newInputStream(file, openOptions(options))) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = in.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = in.read(b, off, len);
                count(n);
                return n;
            }

            private void count(int n) throws TooLargeException {
                if (n > 0) {
                    read += n;
                    if (read > limit) {
                        throw new TooLargeException(file, limit);
                    }
                }
            }
        };
    }

    /** Checks what {@code file} is before it is opened; returns the size it reports. */
    private static long checkedSize(Path file, long limit, boolean whole, LinkOption... options) throws IOException {
        if (limit < 0 || limit > MOST) {
            throw new IllegalArgumentException("a read limit lies between 0 and " + MOST + " bytes, not " + limit);
        }
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, options);
        if (!a.isRegularFile()) {
            throw new NotRegularFileException(file, FileKind.of(file, options));
        }
        if (whole && a.size() > limit) {
            throw new TooLargeException(file, limit);
        }
        return a.size();
    }

    private static byte[] read(Path file, long limit, boolean whole, LinkOption... options) throws IOException {
        long size = checkedSize(file, limit, whole, options);
        // One byte beyond the limit tells a file that is exactly the limit from one that grew past it.
        long cap = whole ? limit + 1 : limit;
        try (FileChannel ch = FileChannel.open(file, openOptions(options))) {
            long first = size > 0 ? size + 1 : FIRST_READ_SIZE;
            byte[] buf = new byte[(int) Math.min(cap, first)];
            int n = 0;
            while (n < cap) {
                if (n == buf.length) {
                    buf = Arrays.copyOf(buf, (int) Math.min(cap, 2L * buf.length));
                }
                int r = ch.read(ByteBuffer.wrap(buf, n, buf.length - n));
                if (r < 0) {
                    break;
                }
                n += r;
            }
            if (whole && n > limit) {
                throw new TooLargeException(file, limit);
            }
            return n == buf.length ? buf : Arrays.copyOf(buf, n);
        }
    }

    private static java.nio.file.OpenOption[] openOptions(LinkOption... options) {
        java.nio.file.OpenOption[] o = new java.nio.file.OpenOption[options.length + 1];
        o[0] = StandardOpenOption.READ;
        System.arraycopy(options, 0, o, 1, options.length);
        return o;
    }
}
