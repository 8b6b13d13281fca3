package io.github.netstatx.backend.linux;

import io.github.netstatx.core.acquire.CommandResult;
import io.github.netstatx.core.acquire.ProcessCommandRunner;
import io.github.netstatx.core.acquire.RegularFileReader;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The raw source of the Linux backend: the only class that touches files or starts processes. It
 * returns what the operating system gave, byte for byte, and leaves every interpretation to the pure
 * parsers.
 *
 * <p>Everything is read below a root ({@code BackendConfig.fsRoot()}): {@code /} on a live system, a
 * fixture tree in tests. Paths passed in are relative to that root ({@code proc/net/tcp}).
 *
 * <p>Errors are reported as the JDK reports them: {@link java.nio.file.NoSuchFileException} when a
 * file or process is gone, {@link java.nio.file.AccessDeniedException} for EACCES, other
 * {@link IOException}s otherwise. Callers decide what is normal (a vanished process) and what
 * becomes a diagnostic.
 */
final class LinuxRawSource {

    private final Path root;
    private final long maxFileBytes;

    LinuxRawSource(Path root) {
        this(root, RegularFileReader.STANDARD_LIMIT);
    }

    /** A source that reads no file beyond {@code maxFileBytes} (tests of the limit). */
    LinuxRawSource(Path root, long maxFileBytes) {
        this.root = root;
        this.maxFileBytes = maxFileBytes;
    }

    /** The root everything is read under. */
    Path root() {
        return root;
    }

    /** True when the root is the live system's {@code /} (so commands may be run for it). */
    boolean isLiveRoot() {
        return root.toAbsolutePath().normalize().getNameCount() == 0;
    }

    /** The pid of this JVM when the root is the live system, else {@code null} (a fixture tree). */
    Long collectorPid() {
        return isLiveRoot() ? ProcessHandle.current().pid() : null;
    }

    /** Where a root-relative path lives; used to name sources in diagnostics. */
    Path resolve(String relative) {
        return root.resolve(relative);
    }

    /** True when the file exists and can be read. */
    boolean isReadable(String relative) {
        return Files.isReadable(resolve(relative));
    }

    /** True when the path exists (file or directory). */
    boolean exists(String relative) {
        return Files.exists(resolve(relative));
    }

    /**
     * The whole file, read with as few {@code read} calls as the kernel allows. Only a regular file is
     * opened and at most {@link #maxFileBytes} are read ({@link RegularFileReader}): under a root that is
     * not the live system, anything may have been planted.
     */
    byte[] read(String relative) throws IOException {
        return RegularFileReader.whole(resolve(relative), maxFileBytes);
    }

    /** At most {@code limit} bytes from the start of the file, on the same terms. */
    byte[] readPrefix(String relative, int limit) throws IOException {
        return RegularFileReader.prefix(resolve(relative), Math.min(limit, maxFileBytes));
    }

    /** The names in a directory, sorted (sysfs lists {@code sys/class/net} in no particular order). */
    List<String> list(String relative) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(resolve(relative))) {
            for (Path p : dir) {
                names.add(p.getFileName().toString());
            }
        }
        names.sort(null);
        return names;
    }

    /** Process ids: the numeric entries of {@code proc}, ascending (the order procfs lists them). */
    long[] pids() throws IOException {
        long[] pids = new long[256];
        int n = 0;
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(resolve("proc"))) {
            for (Path p : dir) {
                long pid = decimalName(p.getFileName().toString());
                if (pid >= 0) {
                    if (n == pids.length) {
                        pids = Arrays.copyOf(pids, n * 2);
                    }
                    pids[n++] = pid;
                }
            }
        }
        long[] out = Arrays.copyOf(pids, n);
        Arrays.sort(out);
        return out;
    }

    /**
     * The numeric entries of {@code proc/PID/fd}: one symlink per open descriptor.
     *
     * @throws java.nio.file.AccessDeniedException when the process belongs to someone else (EACCES)
     * @throws java.nio.file.NoSuchFileException when the process has gone
     */
    List<Path> fdEntries(long pid) throws IOException {
        List<Path> fds = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(resolve("proc/" + pid + "/fd"))) {
            for (Path fd : dir) {
                if (decimalName(fd.getFileName().toString()) >= 0) {
                    fds.add(fd);
                }
            }
        }
        return fds;
    }

    /**
     * Where a descriptor link points ({@code socket:[12345]}, {@code pipe:[7]}, {@code /dev/null}),
     * or {@code null} when the descriptor was closed after it was listed.
     */
    String fdTarget(Path fdEntry) {
        try {
            return Files.readSymbolicLink(fdEntry).toString();
        } catch (IOException closedMeanwhile) {
            return null;
        }
    }

    /** Target of {@code proc/PID/exe}, or {@code null} when it cannot be read (denied, gone, kernel thread). */
    String exeTarget(long pid) {
        try {
            return Files.readSymbolicLink(resolve("proc/" + pid + "/exe")).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    /**
     * Runs a command through agent-core's runner: never through a shell, in the C locale, within
     * {@code timeout} and the runner's output limits.
     *
     * @throws IOException when it cannot be started
     */
    CommandResult run(List<String> argv, Duration timeout) throws IOException {
        return new ProcessCommandRunner(timeout, ProcessCommandRunner.DEFAULT_STDOUT_LIMIT,
                ProcessCommandRunner.DEFAULT_STDERR_LIMIT).run(argv);
    }

    /** The value of an all-digit name, or -1. */
    private static long decimalName(String name) {
        int n = name.length();
        if (n == 0 || n > 18) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
