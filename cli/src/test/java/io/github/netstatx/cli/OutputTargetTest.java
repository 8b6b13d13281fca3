package io.github.netstatx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code --output} may replace (issue 17, data loss): a regular file or a missing path; links are
 * followed to their final target, which must be one of those; devices, FIFOs, sockets and directories
 * are refused with one line on stderr and exit status 1, and left exactly as they were.
 */
class OutputTargetTest {

    @TempDir
    Path dir;

    /** {@code netstatx --output TARGET --translate -tan}: a run that needs no backend and writes a few lines. */
    private static CommandRun runTo(String target) {
        return CommandRun.run(List.of(), Map.of(), "Linux", false, "--output", target, "--translate", "-tan");
    }

    private static int typeBits(Path p) throws IOException {
        return (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000;
    }

    private static void assertRefusedOnOneLine(CommandRun r, String expected) {
        assertEquals(ExitCodes.FAILURE, r.status());
        assertEquals("", r.out(), "nothing reaches stdout instead");
        assertEquals("netstatx: " + expected + "\n", r.err());
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aCharacterDeviceIsRefusedAndStaysADevice() throws IOException {
        RealTools.requireRoot("mknod makes a character device");
        Path dev = dir.resolve("null");
        RealTools.Result made = RealTools.run(List.of("mknod", dev.toString(), "c", "1", "3"), null, Map.of(), 10);
        assertEquals(0, made.exitCode(), made.stderr());
        assertRefusedOnOneLine(runTo(dev.toString()),
                "cannot write " + dev + ": it is a character device; only a regular file is replaced");
        assertEquals(0020000, typeBits(dev), "still a character device");
        Path link = dir.resolve("link-to-null");
        Files.createSymbolicLink(link, Path.of("null"));
        assertRefusedOnOneLine(runTo(link.toString()), "cannot write " + link + ": it leads to " + dev
                + ", a character device; only a regular file is replaced");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(0020000, typeBits(dev));
        assertEquals(List.of("link-to-null", "null"), names(), "no temporary file left behind");
    }

    @Test
    void aFifoIsRefusedWithoutBeingOpened() throws IOException {
        Path fifo = dir.resolve("fifo");
        RealTools.Result made = RealTools.run(List.of("mkfifo", fifo.toString()), null, Map.of(), 10);
        assertEquals(0, made.exitCode(), made.stderr());
        // opening a FIFO with no reader would block: this run returning at all shows nothing opened it
        assertRefusedOnOneLine(runTo(fifo.toString()),
                "cannot write " + fifo + ": it is a FIFO; only a regular file is replaced");
        assertEquals(0010000, typeBits(fifo));
    }

    @Test
    void aSocketIsRefused() throws IOException {
        Path sock = dir.resolve("s.sock");
        try (ServerSocketChannel ch = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.bind(UnixDomainSocketAddress.of(sock));
            assertRefusedOnOneLine(runTo(sock.toString()),
                    "cannot write " + sock + ": it is a socket; only a regular file is replaced");
            assertEquals(0140000, typeBits(sock));
        }
    }

    @Test
    void aDirectoryIsRefused() throws IOException {
        Path d = dir.resolve("textfile");
        Files.createDirectory(d);
        Files.writeString(d.resolve("keep"), "x");
        assertRefusedOnOneLine(runTo(d.toString()),
                "cannot write " + d + ": it is a directory; only a regular file is replaced");
        assertEquals("x", Files.readString(d.resolve("keep")));
    }

    @Test
    void aLinkToTheProcessStandardOutputIsNotReplaced() throws IOException {
        Path link = dir.resolve("out");
        Files.createSymbolicLink(link, Path.of("/proc/self/fd/1"));
        CommandRun r = runTo(link.toString());
        assertRefusedOnOneLine(r, "cannot write " + link + ": it leads to /proc/self/fd/1, an open descriptor, whose"
                + " file a rename would not reach but destroy (use --output - for standard output)");
        assertEquals(Path.of("/proc/self/fd/1"), Files.readSymbolicLink(link));
        assertEquals(List.of("out"), names());
    }

    /**
     * {@code netstatx --output /dev/stdout -tan >> log}: the descriptor's file is the log, a regular file, and
     * replacing it by a rename emptied the log (the shell's appends went to the unlinked file). Refused, the
     * log keeps every line. A real process, whose standard output is the log.
     */
    @Test
    void devStdoutAppendingToALogIsRefusedAndTheLogKept() throws Exception {
        Path log = dir.resolve("log");
        Files.writeString(log, "precious line\n");
        for (String target : List.of("/dev/stdout", "/dev/fd/1", "/proc/self/fd/1")) {
            Process p = new ProcessBuilder(MainProcess.argv(List.of("--output", target, "--translate", "-tan")))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectError(dir.resolve("err").toFile()).start();
            assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
            String err = Files.readString(dir.resolve("err"));
            assertEquals(ExitCodes.FAILURE, p.exitValue(), err);
            assertEquals(1, err.lines().count(), err);
            assertTrue(err.startsWith("netstatx: cannot write " + target + ": "), err);
            assertTrue(err.contains("an open descriptor"), err);
            assertEquals("precious line\n", Files.readString(log), target);
        }
        assertEquals(List.of("err", "log"), names(), "no temporary file left");
    }

    @Test
    void aLoopOfLinksIsRefused() throws IOException {
        Path a = dir.resolve("a");
        Files.createSymbolicLink(a, Path.of("b"));
        Files.createSymbolicLink(dir.resolve("b"), Path.of("a"));
        assertRefusedOnOneLine(runTo(a.toString()), "cannot write " + a + ": too many levels of symbolic links");
        assertEquals(List.of("a", "b"), names());
    }

    @Test
    void aLinkIsFollowedAndTheFileAtItsEndReplacedInItsOwnDirectory() throws IOException {
        Path real = Files.createDirectories(dir.resolve("disk/node-exporter"));
        Path file = real.resolve("netstatx.prom");
        Files.writeString(file, "old\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        Path textfileDir = Files.createDirectories(dir.resolve("var/lib/prometheus"));
        // a relative link through another directory, and a second link in the chain
        Path link1 = textfileDir.resolve("netstatx.prom");
        Files.createSymbolicLink(link1, Path.of("../../../disk/node-exporter/step"));
        Files.createSymbolicLink(real.resolve("step"), Path.of("netstatx.prom"));
        CommandRun r = runTo(link1.toString());
        assertEquals(ExitCodes.OK, r.status(), r.err());
        assertTrue(Files.isSymbolicLink(link1) && Files.isSymbolicLink(real.resolve("step")), "links stay links");
        assertTrue(Files.readString(file).startsWith("net-tools netstat -tan means:"), Files.readString(file));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (Stream<Path> s = Files.list(real)) {
            assertEquals(List.of("netstatx.prom", "step"), s.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file left beside the target");
        }
    }

    @Test
    void aSymlinkedDirectoryIsWrittenThrough() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        Path linked = Files.createSymbolicLink(dir.resolve("textfile"), real);
        CommandRun r = runTo(linked.resolve("x.prom").toString());
        assertEquals(ExitCodes.OK, r.status(), r.err());
        assertTrue(Files.isRegularFile(real.resolve("x.prom"), LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void aDanglingLinkCreatesTheFileItNames() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("facts.json"), Path.of("made.json"));
        assertEquals(ExitCodes.OK, runTo(link.toString()).status());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(dir.resolve("made.json")).startsWith("net-tools netstat -tan means:"));
    }

    @Test
    void aReplacedFileKeepsItsOwnerAndGroupWhenRootWrites() throws IOException {
        RealTools.requireRoot("only root can give a file to another owner");
        Path file = dir.resolve("owned.prom");
        Files.writeString(file, "old");
        Files.setAttribute(file, "unix:uid", 65534);
        Files.setAttribute(file, "unix:gid", 65534);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        assertEquals(ExitCodes.OK, runTo(file.toString()).status());
        assertFalse(Files.readString(file).equals("old"));
        assertEquals(65534, Files.getAttribute(file, "unix:uid"));
        assertEquals(65534, Files.getAttribute(file, "unix:gid"));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    /** A new file is {@code rw-r--r--} less the umask of the process: run as a process with the umask set. */
    @Test
    void aNewFileGetsReadableByEveryoneLessTheUmaskAndNeverGroupWritable() throws IOException {
        assertEquals("rw-r--r--", newFileModeUnderUmask("022"));
        assertEquals("rw-r--r--", newFileModeUnderUmask("002"), "a group-writable umask does not make it writable");
        assertEquals("rw-------", newFileModeUnderUmask("077"));
    }

    private String newFileModeUnderUmask(String umask) throws IOException {
        Path file = dir.resolve("umask-" + umask);
        List<String> argv = new java.util.ArrayList<>(List.of("sh", "-c", "umask " + umask + " && exec \"$@\"", "sh"));
        argv.addAll(MainProcess.argv(List.of("--output", file.toString(), "--translate", "-tan")));
        RealTools.Result r = RealTools.run(argv, null, Map.of(), 60);
        assertEquals(0, r.exitCode(), r.stderr());
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    @Test
    void aDashIsStandardOutput() throws IOException {
        CommandRun r = CommandRun.run(List.of(), Map.of(), "Linux", false, "--output", "-", "--translate", "-tan");
        assertEquals(ExitCodes.OK, r.status(), r.err());
        assertTrue(r.out().startsWith("net-tools netstat -tan means:"), r.out());
        assertEquals(List.of(), names());
    }

    @Test
    void aFileNameWithALineFeedStillGivesOneLine() throws IOException {
        Path d = Files.createDirectory(dir.resolve("evil\nnetstatx: forged"));
        CommandRun r = runTo(d.toString());
        assertEquals(ExitCodes.FAILURE, r.status());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("evil.netstatx: forged"), r.err());
    }

    @Test
    void theFileHoldsExactlyWhatStandardOutputWouldHave() throws IOException {
        Path file = dir.resolve("plain");
        assertEquals(ExitCodes.OK, runTo(file.toString()).status());
        assertEquals(Files.readString(file, StandardCharsets.UTF_8),
                CommandRun.run(List.of(), Map.of(), "Linux", false, "--translate", "-tan").out());
    }
}
