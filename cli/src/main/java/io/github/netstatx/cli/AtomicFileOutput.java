package io.github.netstatx.cli;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * {@code --output FILE}: every {@link #flush()} replaces FILE, atomically, with what was written since
 * the previous flush. The bytes go to a hidden temporary file in the same directory
 * ({@code .NAME.RANDOM.tmp}: not {@code *.prom}, so node_exporter's textfile collector never reads a
 * half-written file), are forced to disk, and the temporary file is renamed onto FILE. A reader sees
 * the old content or the new content, never a mix, and an interrupted run leaves the last complete
 * sample in place.
 *
 * <p>The new file keeps the permissions of the file it replaces; a new FILE is made readable by
 * everyone ({@code rw-r--r--}), because the usual reader (node_exporter, a fact collector) runs as
 * another user. Failures are {@link OutputFileException}s, never mistaken for a closed pipe.
 */
public final class AtomicFileOutput extends OutputStream {

    /** Writing FILE failed: the message names the file and the reason. */
    public static final class OutputFileException extends IOException {
        private static final long serialVersionUID = 1L;

        OutputFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

    private final Path target;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream(1 << 16);
    private boolean written;

    public AtomicFileOutput(Path target) {
        this.target = target.toAbsolutePath();
    }

    /** Checks, before any work is done, that FILE's directory exists and FILE is not a directory. */
    public void check() throws OutputFileException {
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new OutputFileException("cannot write " + target + ": directory " + dir + " does not exist", null);
        }
        if (Files.isDirectory(target)) {
            throw new OutputFileException("cannot write " + target + ": it is a directory", null);
        }
    }

    @Override
    public void write(int b) {
        pending.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        pending.write(b, off, len);
    }

    /** Replaces FILE with what was written since the last replacement (or creates it on the first flush). */
    @Override
    public void flush() throws IOException {
        if (pending.size() == 0 && written) {
            return;
        }
        replace();
        pending.reset();
        written = true;
    }

    private void replace() throws OutputFileException {
        Path dir = target.getParent();
        Path tmp = null;
        try {
            // java.io, as a FileChannel would make the JDK open a UNIX socket pair of its own in this process
            tmp = File.createTempFile("." + target.getFileName() + ".", ".tmp", dir.toFile()).toPath();
            try (FileOutputStream out = new FileOutputStream(tmp.toFile())) {
                pending.writeTo(out);
                out.getFD().sync();
            }
            permissions(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new OutputFileException("cannot write " + target + ": the file system cannot rename "
                        + "atomically in " + dir, e);
            }
            tmp = null;
        } catch (OutputFileException e) {
            throw e;
        } catch (IOException e) {
            throw new OutputFileException("cannot write " + target + ": " + reason(e), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the failure reported above is what matters
                }
            }
        }
    }

    /** The replaced file's permissions, or {@code rw-r--r--} for a new file (POSIX file systems only). */
    private void permissions(Path tmp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> perms = NEW_FILE;
        if (Files.exists(target)) {
            PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class);
            perms = old.readAttributes().permissions();
        }
        view.setPermissions(perms);
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        String r = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        return r == null ? e.getClass().getSimpleName() : r;
    }
}
