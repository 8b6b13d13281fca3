package io.github.netstatx.core.acquire;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;

/**
 * What a path names, as {@code stat} tells it: the distinctions a reader or writer of untrusted paths needs
 * before it opens anything (opening a FIFO blocks, reading {@code /dev/zero} never ends, replacing a device
 * node as root breaks the system).
 */
public enum FileKind {
    REGULAR("a regular file"),
    DIRECTORY("a directory"),
    SYMBOLIC_LINK("a symbolic link"),
    CHARACTER_DEVICE("a character device"),
    BLOCK_DEVICE("a block device"),
    FIFO("a FIFO"),
    SOCKET("a socket"),
    /** A file system without POSIX file types told only that it is something else. */
    OTHER("a special file");

    private static final int S_IFMT = 0170000;

    private final String description;

    FileKind(String description) {
        this.description = description;
    }

    /** For messages: {@code a FIFO}, {@code a directory}. */
    public String description() {
        return description;
    }

    /**
     * The kind of {@code path}; with {@link LinkOption#NOFOLLOW_LINKS} a link is reported as one, else the
     * kernel follows links (a loop fails with ELOOP).
     *
     * @throws java.nio.file.NoSuchFileException when nothing is there
     */
    public static FileKind of(Path path, LinkOption... options) throws IOException {
        Map<String, Object> unix;
        try {
            unix = Files.readAttributes(path, "unix:mode", options);
        } catch (UnsupportedOperationException | IllegalArgumentException noUnixView) {
            return of(Files.readAttributes(path, BasicFileAttributes.class, options));
        }
        return ofMode((Integer) unix.get("mode"));
    }

    /** The kind of a {@code st_mode} value. */
    public static FileKind ofMode(int mode) {
        return switch (mode & S_IFMT) {
            case 0100000 -> REGULAR;
            case 0040000 -> DIRECTORY;
            case 0120000 -> SYMBOLIC_LINK;
            case 0020000 -> CHARACTER_DEVICE;
            case 0060000 -> BLOCK_DEVICE;
            case 0010000 -> FIFO;
            case 0140000 -> SOCKET;
            default -> OTHER;
        };
    }

    private static FileKind of(BasicFileAttributes a) {
        return a.isRegularFile() ? REGULAR : a.isDirectory() ? DIRECTORY : a.isSymbolicLink() ? SYMBOLIC_LINK : OTHER;
    }
}
