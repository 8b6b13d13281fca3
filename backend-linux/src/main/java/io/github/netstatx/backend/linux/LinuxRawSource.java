package io.github.netstatx.backend.linux;

import io.github.netstatx.backend.linux.jna.InetDiagDump;
import io.github.netstatx.backend.linux.jna.RtnetlinkDump;
import io.github.netstatx.core.acquire.RegularFileReader;
import io.github.netstatx.core.capture.CaptureSink;
import io.github.netstatx.core.capture.CaptureSource;
import io.github.netstatx.core.capture.SourceFailure;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.text.Echo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
 *
 * <p>With a {@link CaptureSink} it records every answer, failures included, under the names of the
 * linux-procfs capture format (docs/CAPTURE.md): files and links under their root-relative paths,
 * rtnetlink dumps under {@value #NETLINK}. With a {@link CaptureSource} it answers from a capture instead of
 * the system, and behaves as it did on the captured host: the collector is the
 * captured one ({@code proc/self}), sources are named by their paths there.
 */
final class LinuxRawSource {

    /** procfs's link to the reading process: captured to name the collector. */
    private static final String SELF = "proc/self";

    private final Path root;
    private final CaptureSink capture;
    private final CaptureSource replay;
    private final boolean threadNetwork;
    private final long maxFileBytes;

    /** A source reading the system (or a fixture tree) under {@code root}. */
    LinuxRawSource(Path root) {
        this(root, null, null, false, RegularFileReader.STANDARD_LIMIT);
    }

    /** A source that reads no file beyond {@code maxFileBytes} (tests of the limit). */
    LinuxRawSource(Path root, long maxFileBytes) {
        this(root, null, null, false, maxFileBytes);
    }

    /**
     * @param threadNetwork read {@code proc/net/...} as {@code proc/thread-self/net/...}: the network namespace
     *     of the reading thread (one that entered another namespace) rather than of the process's main thread
     * @param maxFileBytes the most bytes read from one file
     */
    private LinuxRawSource(Path root, CaptureSink capture, CaptureSource replay, boolean threadNetwork,
            long maxFileBytes) {
        this.root = root;
        this.capture = capture;
        this.replay = replay;
        this.threadNetwork = threadNetwork;
        this.maxFileBytes = maxFileBytes;
        if (capture != null && isLiveRoot()) {
            try {
                capture.link(SELF, Files.readSymbolicLink(root.resolve(SELF)).toString());
            } catch (IOException | UnsupportedOperationException e) {
                capture.failure(SELF, new SourceFailure(SourceFailure.Kind.FAILED, e.toString()));
            }
        }
    }

    /** The source a backend with {@code config} reads: live, capturing or replaying. */
    static LinuxRawSource of(BackendConfig config) {
        return new LinuxRawSource(config.fsRoot(), config.capture(), config.replay(),
                config.networkNamespace() != null, RegularFileReader.STANDARD_LIMIT);
    }

    /**
     * Where a root-relative path lives on this system. With {@code threadNetwork}, {@code proc/net} is the
     * reading thread's ({@code proc/thread-self/net}); captures still name it {@code proc/net/...}.
     */
    private Path live(String relative) {
        if (threadNetwork && (relative.equals("proc/net") || relative.startsWith("proc/net/"))) {
            return root.resolve("proc/thread-self/net" + relative.substring("proc/net".length()));
        }
        return root.resolve(relative);
    }

    /** The root everything is read under. */
    Path root() {
        return root;
    }

    /**
     * True when the root is the live system's {@code /} (so commands may be run for it); in a replay, when
     * the capture was taken from one.
     */
    boolean isLiveRoot() {
        if (replay != null) {
            return replay.exists(SELF);
        }
        return root.toAbsolutePath().normalize().getNameCount() == 0;
    }

    /** The pid of this JVM when the root is the live system (the captured collector's in a replay), else {@code null}. */
    Long collectorPid() {
        if (replay != null) {
            try {
                return Long.parseLong(replay.link(SELF));
            } catch (IOException | NumberFormatException e) {
                return null;
            }
        }
        return isLiveRoot() ? ProcessHandle.current().pid() : null;
    }

    /** The architecture the JVM reports, for kernels without {@code kernel/arch}; the captured one in a replay. */
    String runtimeArch() {
        return replay != null ? replay.manifest().host().arch() : System.getProperty("os.arch");
    }

    /**
     * How diagnostics name a root-relative path: its path under the root, or in a replay its path on the
     * captured host (written the Linux way on every OS, so a replay reads the same everywhere), as a message
     * may repeat it ({@link Echo#name}: the root comes from the command line).
     */
    String where(String relative) {
        return Echo.name(replay != null ? "/" + relative : live(relative).toString());
    }

    /** True when the path exists (file or directory). */
    boolean exists(String relative) {
        if (replay != null) {
            return replay.exists(relative);
        }
        boolean exists = Files.exists(live(relative));
        if (capture != null) {
            if (exists) {
                capture.present(relative);
            } else {
                capture.failure(relative, new SourceFailure(SourceFailure.Kind.MISSING, ""));
            }
        }
        return exists;
    }

    /**
     * The whole file, read with as few {@code read} calls as the kernel allows. Only a regular file is
     * opened and at most {@link #maxFileBytes} are read ({@link RegularFileReader}): under a root that is
     * not the live system, anything may have been planted. A replayed capture applies its own limits.
     */
    byte[] read(String relative) throws IOException {
        return acquire(relative, maxFileBytes, true);
    }

    /**
     * The whole file as a stream, on the terms of {@link #read} (the limit fails the read that passes it), for
     * tables parsed while they are read. The caller closes it; a capture records the file when it is closed
     * after having been read to its end, or the failure a read met.
     */
    InputStream stream(String relative) throws IOException {
        if (replay != null) {
            return new ByteArrayInputStream(replay.file(relative));
        }
        InputStream in;
        try {
            in = RegularFileReader.stream(live(relative), maxFileBytes);
        } catch (IOException e) {
            recordFailure(relative, e);
            throw e;
        }
        return capture == null ? in : new CapturingStream(relative, in);
    }

    /** Keeps a copy of what is read for the capture (captures are small: one host's tables, once). */
    private final class CapturingStream extends FilterInputStream {
        private final String relative;
        private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private boolean ended;
        private boolean failed;

        CapturingStream(String relative, InputStream in) {
            super(in);
            this.relative = relative;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                int n = in.read(b, off, len);
                if (n < 0) {
                    ended = true;
                } else {
                    copy.write(b, off, n);
                }
                return n;
            } catch (IOException e) {
                failed = true;
                recordFailure(relative, e);
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            super.close();
            if (ended && !failed) {
                capture.file(relative, copy.toByteArray());
            }
        }
    }

    /** At most {@code limit} bytes from the start of the file, on the same terms. */
    byte[] readPrefix(String relative, int limit) throws IOException {
        return acquire(relative, Math.min(limit, maxFileBytes), false);
    }

    private byte[] acquire(String relative, long limit, boolean whole) throws IOException {
        if (replay != null) {
            byte[] b = replay.file(relative);
            return whole || b.length <= limit ? b : Arrays.copyOf(b, (int) limit);
        }
        try {
            Path file = live(relative);
            byte[] b = whole ? RegularFileReader.whole(file, limit) : RegularFileReader.prefix(file, limit);
            if (capture != null) {
                capture.file(relative, b);
            }
            return b;
        } catch (IOException e) {
            recordFailure(relative, e);
            throw e;
        }
    }

    private void recordFailure(String relative, IOException e) {
        if (capture != null) {
            capture.failure(relative, SourceFailure.of(e));
        }
    }

    /** The names in a directory, sorted (sysfs lists {@code sys/class/net} in no particular order). */
    List<String> list(String relative) throws IOException {
        List<String> names = new ArrayList<>(entries(relative));
        names.sort(null);
        return names;
    }

    /** A directory's entries in the order the OS returns them (recorded so, for the capture). */
    private List<String> entries(String relative) throws IOException {
        if (replay != null) {
            return replay.listing(relative);
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(live(relative))) {
            for (Path p : dir) {
                names.add(p.getFileName().toString());
            }
        } catch (IOException e) {
            recordFailure(relative, e);
            throw e;
        }
        if (capture != null) {
            capture.listing(relative, names);
        }
        return names;
    }

    /** Process ids: the numeric entries of {@code proc}, ascending (the order procfs lists them). */
    long[] pids() throws IOException {
        if (replay == null && capture == null) {
            return livePids();
        }
        return entries("proc").stream().mapToLong(LinuxRawSource::decimalName).filter(p -> p >= 0).sorted().toArray();
    }

    /** {@link #pids} without a list of names: {@code /proc} of a busy host has tens of thousands. */
    private long[] livePids() throws IOException {
        long[] pids = new long[256];
        int n = 0;
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(root.resolve("proc"))) {
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
        String dirName = "proc/" + pid + "/fd";
        List<Path> fds = new ArrayList<>();
        if (replay == null && capture == null) {
            try (DirectoryStream<Path> dir = Files.newDirectoryStream(root.resolve(dirName))) {
                for (Path fd : dir) {
                    if (decimalName(fd.getFileName().toString()) >= 0) {
                        fds.add(fd);
                    }
                }
            }
            return fds;
        }
        for (String name : entries(dirName)) {
            if (decimalName(name) >= 0) {
                fds.add(root.resolve(dirName).resolve(name));
            }
        }
        return fds;
    }

    /**
     * Where a descriptor link points ({@code socket:[12345]}, {@code pipe:[7]}, {@code /dev/null}),
     * or {@code null} when the descriptor was closed after it was listed.
     */
    String fdTarget(Path fdEntry) {
        return linkTarget(fdEntry);
    }

    /** Target of {@code proc/PID/exe}, or {@code null} when it cannot be read (denied, gone, kernel thread). */
    String exeTarget(long pid) {
        return linkTarget(root.resolve("proc/" + pid + "/exe"));
    }

    /** Where a link below the root points, or {@code null} when it cannot be read. */
    private String linkTarget(Path link) {
        String name = capture == null && replay == null ? null
                : root.relativize(link).toString().replace(File.separatorChar, '/');
        if (replay != null) {
            try {
                return replay.link(name);
            } catch (IOException e) {
                return null;
            }
        }
        try {
            String target = Files.readSymbolicLink(link).toString();
            if (capture != null) {
                capture.link(name, target);
            }
            return target;
        } catch (IOException e) {
            recordFailure(name, e);
            return null;
        } catch (UnsupportedOperationException e) {
            return null;
        }
    }

    /** True when answering from a capture rather than from this system. */
    boolean isReplay() {
        return replay != null;
    }

    /** True when everything read is recorded for a capture. */
    boolean isCapturing() {
        return capture != null;
    }

    /**
     * The kernel's whole sock_diag answer for one family and protocol ({@link InetDiagDump}), for the network
     * namespace of the calling thread. Live only: captures record the {@code /proc} tables instead, so nothing
     * here is recorded, and a replay never comes here.
     *
     * @throws IOException when sock_diag cannot be used (no JNA native support, a refused socket, an error answer),
     *     or this source is not the live system
     */
    byte[] inetDiagDump(int family, int protocol, int states, InetDiagDump.RemotePort remote) throws IOException {
        if (replay != null || capture != null || !isLiveRoot()) {
            throw new IOException("sock_diag answers for the live system only");
        }
        return InetDiagDump.dump(family, protocol, states, remote);
    }

    /** Where the rtnetlink dumps lie in a capture or a fixture tree. */
    static final String NETLINK = ".netlink/";

    /**
     * The kernel's whole answer to an rtnetlink dump request, for the network namespace of the calling thread
     * ({@value #NETLINK}{@code RTM_GETLINK} or {@code RTM_GETADDR} in a capture). Only here does the backend
     * load JNA, and only the interface views come here.
     *
     * @throws IOException when netlink cannot be used (no JNA native support, a refused socket)
     */
    byte[] rtnetlinkDump(RtnetlinkDump.Table table, String name) throws IOException {
        String relative = NETLINK + name;
        if (replay != null) {
            return replay.file(relative);
        }
        try {
            byte[] dump = RtnetlinkDump.dump(table);
            if (capture != null) {
                capture.file(relative, dump);
            }
            return dump;
        } catch (IOException e) {
            recordFailure(relative, e);
            throw e;
        }
    }

    /** Where a symlink under the root points ({@code net:[4026531840]}), or {@code null} when it cannot be read. */
    String linkTarget(String relative) {
        return linkTarget(live(relative));
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
