package io.github.netstatx.cli;

import io.github.netstatx.core.text.Echo;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code --output FILE}: every {@link #flush()} replaces FILE, atomically, with what was written since
 * the previous flush. The bytes go to a hidden temporary file beside the file being replaced
 * ({@code .NAME.RANDOM.tmp}: not {@code *.prom}, so node_exporter's textfile collector never reads a
 * half-written file), are forced to disk, and the temporary file is renamed onto it. A reader sees the
 * old content or the new content, never a mix, and an interrupted run leaves the last complete sample
 * in place.
 *
 * <p>What may be replaced (checked before any work and again before every rename):
 * <ul>
 *   <li>a regular file, or nothing (the file is created);
 *   <li>a symbolic link is followed, link after link (at most {@value #MAX_LINKS}), and the file it finally
 *       names is replaced in its own directory, so the link stays a link: textfile directories are often
 *       symlinked to another disk. The final target must itself be a regular file or missing. A link into
 *       procfs's descriptor directories ({@code /dev/stdout}, {@code /proc/self/fd/N}) is refused: it names
 *       an open file, which a rename cannot replace, only unlink ({@code --output -} is standard output);
 *   <li>anything else (a directory, a character or block device such as {@code /dev/null}, a FIFO, a socket)
 *       is refused with a one-line error and left untouched; a rename would otherwise replace a device node
 *       with a regular file when run as root.
 * </ul>
 *
 * <p>Mode and owner: a replaced file's permission bits, owner and group are kept (the owner and group
 * when the running user may set them, as root always may; otherwise the new file belongs to the running
 * user, as with any replace-by-rename). A new file gets {@code rw-r--r--} less the umask: readable by the
 * usual reader (node_exporter, a fact collector runs as another user) unless the umask forbids it, and
 * never writable by group or others. Failures are {@link OutputFileException}s, never mistaken for a
 * closed pipe.
 */
public final class AtomicFileOutput extends OutputStream {

    /** Writing FILE failed: the message names the file and the reason, on one line. */
    public static final class OutputFileException extends IOException {
        private static final long serialVersionUID = 1L;

        OutputFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** As many symbolic links as Linux follows in one path lookup (MAXSYMLINKS). */
    static final int MAX_LINKS = 40;

    /** The widest mode a new file gets; the umask narrows it further. */
    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

    /** Keeps the temporary name within NAME_MAX (255) whatever the target's name. */
    private static final int TEMP_NAME_PREFIX = 100;

    private static final int S_IFMT = 0170000;

    private final Path target;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream(1 << 16);
    private boolean written;

    public AtomicFileOutput(Path target) {
        this.target = target.toAbsolutePath();
    }

    /** The file a link leads to and what is there now. */
    private record Resolved(Path path, Optional<Map<String, Object>> existing) {
    }

    /**
     * Checks, before any work is done, that FILE (after its links) is a regular file or missing and
     * that its directory exists. Nothing is opened: opening a FIFO would block.
     */
    public void check() throws OutputFileException {
        Resolved r = resolve();
        Path dir = r.path().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw failure(r.path(), "directory " + dir + " does not exist", null);
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

    /**
     * Follows FILE's symbolic links to the path that will be replaced. Links are resolved against the
     * directory holding them, without normalising {@code ..}, so the kernel interprets every step as it
     * would when opening the path.
     */
    private Resolved resolve() throws OutputFileException {
        Path p = target;
        for (int links = 0;; links++) {
            Map<String, Object> attrs;
            try {
                attrs = attributes(p);
            } catch (NoSuchFileException e) {
                return new Resolved(p, Optional.empty());
            } catch (NotDirectoryException e) {
                throw failure("a component of " + p + " is not a directory", e);
            } catch (IOException e) {
                throw failure(reason(e), e);
            }
            if (Boolean.TRUE.equals(attrs.get("isSymbolicLink"))) {
                if (isOpenDescriptor(p)) {
                    throw failure((p.equals(target) ? "it is " : "it leads to " + p + ", ")
                            + "an open descriptor, whose file a rename would not reach but destroy (use --output -"
                            + " for standard output)", null);
                }
                if (links == MAX_LINKS) {
                    throw failure("too many levels of symbolic links", null);
                }
                try {
                    p = p.getParent().resolve(Files.readSymbolicLink(p));
                } catch (IOException e) {
                    throw failure(reason(e), e);
                }
                continue;
            }
            if (Boolean.TRUE.equals(attrs.get("isRegularFile"))) {
                return new Resolved(p, Optional.of(attrs));
            }
            String what = kind(attrs);
            throw failure((p.equals(target) ? "it is " : "it leads to " + p + ", ") + what
                    + "; only a regular file is replaced", null);
        }
    }

    /**
     * True for procfs's descriptor links ({@code /proc/self/fd/1}, so {@code /dev/stdout} and {@code /dev/fd/N}):
     * they name the file description a process holds open, not a place in a directory. Replacing what such a
     * link shows ({@code >> log} makes it a regular file) would unlink the file the shell appends to, and the
     * output would go nowhere: {@code --output /dev/stdout -tan >> log} emptied the log.
     */
    private static boolean isOpenDescriptor(Path link) {
        Path dir = link.getParent();
        if (dir == null) {
            return false;
        }
        try {
            return dir.toRealPath().toString().matches("/proc/[0-9]+(/task/[0-9]+)?/fd");
        } catch (IOException e) {
            return false;
        }
    }

    /** The file's attributes without following a link: the unix view where there is one (its mode, owner). */
    private static Map<String, Object> attributes(Path p) throws IOException {
        try {
            return Files.readAttributes(p, "unix:mode,uid,gid,isSymbolicLink,isRegularFile,isDirectory",
                    LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            BasicFileAttributes b = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return Map.of("isSymbolicLink", b.isSymbolicLink(), "isRegularFile", b.isRegularFile(),
                    "isDirectory", b.isDirectory());
        }
    }

    private static String kind(Map<String, Object> attrs) {
        if (Boolean.TRUE.equals(attrs.get("isDirectory"))) {
            return "a directory";
        }
        if (attrs.get("mode") instanceof Integer mode) {
            switch (mode & S_IFMT) {
                case 0020000: return "a character device";
                case 0060000: return "a block device";
                case 0010000: return "a FIFO";
                case 0140000: return "a socket";
                default: break;
            }
        }
        return "not a regular file";
    }

    private void replace() throws OutputFileException {
        Resolved r = resolve();
        Path real = r.path();
        Path dir = real.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw failure(real, "directory " + dir + " does not exist", null);
        }
        Path tmp = null;
        try {
            // java.io, as a FileChannel would make the JDK open a UNIX socket pair of its own in this process;
            // File.createTempFile creates with mode 0666 less the umask, which modeAndOwner narrows
            String name = real.getFileName().toString();
            String prefix = "." + name.substring(0, Math.min(name.length(), TEMP_NAME_PREFIX)) + ".";
            tmp = File.createTempFile(prefix, ".tmp", dir.toFile()).toPath();
            try (FileOutputStream out = new FileOutputStream(tmp.toFile())) {
                pending.writeTo(out);
                out.getFD().sync();
            }
            modeAndOwner(tmp, r.existing());
            // What was checked may have changed while the sample was written: look again, just before the rename
            Resolved now = resolve();
            if (!now.path().equals(real)) {
                throw failure("it changed while being written (now leads to " + now.path() + ")", null);
            }
            try {
                Files.move(tmp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw failure(real, "the file system cannot rename atomically in " + dir, e);
            }
            tmp = null;
        } catch (OutputFileException e) {
            throw e;
        } catch (IOException e) {
            throw failure(real, reason(e), e);
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

    /** The replaced file's mode, owner and group, or {@code rw-r--r--} less the umask (POSIX file systems only). */
    private static void modeAndOwner(Path tmp, Optional<Map<String, Object>> existing) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        if (existing.isEmpty() || !(existing.get().get("mode") instanceof Integer mode)) {
            Set<PosixFilePermission> perms = EnumSet.copyOf(view.readAttributes().permissions());
            perms.retainAll(NEW_FILE);
            view.setPermissions(perms);
            return;
        }
        Map<String, Object> tmpAttrs = Files.readAttributes(tmp, "unix:uid,gid", LinkOption.NOFOLLOW_LINKS);
        for (String id : new String[] {"uid", "gid"}) {
            Object wanted = existing.get().get(id);
            if (wanted != null && !wanted.equals(tmpAttrs.get(id))) {
                try {
                    Files.setAttribute(tmp, "unix:" + id, wanted, LinkOption.NOFOLLOW_LINKS);
                } catch (FileSystemException e) {
                    // not permitted for this user: the file belongs to the running user (documented above)
                }
            }
        }
        Files.setAttribute(tmp, "unix:mode", mode & 0777, LinkOption.NOFOLLOW_LINKS);
    }

    /** A failure naming the file a link led to as well, when it is another one. */
    private OutputFileException failure(Path real, String reason, Throwable cause) {
        String shown = Echo.name(target.toString());
        String what = real.equals(target) ? shown : shown + " (it leads to " + Echo.name(real.toString()) + ")";
        // one line, whatever the file name holds
        return new OutputFileException(TerminalSafe.dotted("cannot write " + what + ": " + reason), cause);
    }

    private OutputFileException failure(String reason, Throwable cause) {
        return failure(target, reason, cause);
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        String r = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        return r == null ? e.getClass().getSimpleName() : r;
    }
}
