package io.github.netstatx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, signals: the first SIGTERM or SIGINT ends any run, including one blocked reading a FIFO
 * given as {@code --input}, with 143 after SIGTERM and 130 after SIGINT; a repeating run's output ends
 * with a whole sample and an {@code --output} file is never left half-written.
 */
class SignalTest {

    /** How long a stopped process may take before the test calls it a hang (a guard, not a timing claim). */
    private static final int HANG_SECONDS = 30;

    @TempDir
    Path dir;

    private static void signal(Process p, String name) throws IOException {
        RealTools.Result r = RealTools.run(List.of("kill", "-" + name, Long.toString(p.pid())), null, Map.of(), 10);
        assertEquals(0, r.exitCode(), r.stderr());
    }

    private static int awaitEnd(Process p) throws InterruptedException {
        if (!p.waitFor(HANG_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("netstatx did not end within " + HANG_SECONDS + " s of the signal");
        }
        return p.exitValue();
    }

    /** {@code mkfifo f; netstatx --input f -tan & kill -SIG $!}, with the run surely blocked in its read. */
    private void blockedOnAFifo(String signal, int expectedStatus) throws Exception {
        Path fifo = dir.resolve("f");
        RealTools.Result made = RealTools.run(List.of("mkfifo", fifo.toString()), null, Map.of(), 10);
        assertEquals(0, made.exitCode(), made.stderr());
        Path out = dir.resolve("out");
        Path err = dir.resolve("err");
        Process p = MainProcess.start(out, err, "--input", fifo.toString(), "-tan");
        // opening the write end returns once netstatx has opened the read end: from then on it waits in read()
        CompletableFuture<FileOutputStream> writer = CompletableFuture.supplyAsync(() -> {
            try {
                return new FileOutputStream(fifo.toFile());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        try (FileOutputStream w = writer.get(HANG_SECONDS, TimeUnit.SECONDS)) {
            w.write("{\"version\"".getBytes(StandardCharsets.UTF_8));
            w.flush();
            assertTrue(p.isAlive(), "netstatx waits for the rest of the document");
            signal(p, signal);
            assertEquals(expectedStatus, awaitEnd(p), Files.readString(err));
        }
        assertEquals("", Files.readString(out));
    }

    @Test
    void sigtermEndsARunBlockedReadingAFifoWith143() throws Exception {
        blockedOnAFifo("TERM", 143);
    }

    @Test
    void sigintEndsARunBlockedReadingAFifoWith130() throws Exception {
        blockedOnAFifo("INT", 130);
    }

    private static void awaitFile(Path p, Predicate<String> ready) throws Exception {
        for (int i = 0; i < HANG_SECONDS * 10; i++) {
            if (Files.exists(p) && ready.test(Files.readString(p, StandardCharsets.ISO_8859_1))) {
                return;
            }
            Thread.sleep(100);
        }
        fail("no output in " + p + " after " + HANG_SECONDS + " s");
    }

    @Test
    void aRepeatingRunEndsAfterAWholeSampleWith143() throws Exception {
        Path out = dir.resolve("out");
        Path err = dir.resolve("err");
        Process p = MainProcess.start(out, err, "-tan", "1");
        awaitFile(out, s -> s.contains("Active Internet connections"));
        signal(p, "TERM");
        assertEquals(ExitCodes.TERMINATED, awaitEnd(p), Files.readString(err));
        String text = Files.readString(out, StandardCharsets.ISO_8859_1);
        assertTrue(text.endsWith("\n"), "the last line is whole");
        assertTrue(text.startsWith("Active Internet connections"), text);
    }

    @Test
    void aRepeatingOutputFileIsLeftWholeWithoutTemporaryFiles() throws Exception {
        Path file = dir.resolve("netstatx.prom");
        Path log = dir.resolve("log");
        Process p = MainProcess.start(log, log.resolveSibling("log.err"), "--format", "prometheus", "--output",
                file.toString(), "1");
        awaitFile(file, s -> s.contains("netstatx_info"));
        signal(p, "TERM");
        assertEquals(ExitCodes.TERMINATED, awaitEnd(p), Files.readString(log.resolveSibling("log.err")));
        String text = Files.readString(file);
        assertTrue(text.contains("netstatx_info") && text.endsWith("\n"), text);
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("log", "log.err", "netstatx.prom"),
                    s.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    /** A POSIX shell word for {@code s}. */
    private static String quoted(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static String netstatxCommand(String... args) {
        return String.join(" ", MainProcess.argv(List.of(args)).stream().map(SignalTest::quoted).toList());
    }

    private static ProcessHandle sibling(Path pidFile) throws Exception {
        awaitFile(pidFile, s -> s.endsWith("\n"));
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        return ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("the sibling " + pid + " is gone already"));
    }

    /**
     * A script that ran {@code sleep 600 & exec netstatx ...}: the sleep is now netstatx's child by
     * inheritance, not one netstatx started, and a stop must leave it running (so must a stop of a run
     * started by Ansible's command module or a service manager, which start netstatx the same way).
     */
    @Test
    void aStopLeavesTheChildrenItInheritedFromAnExecAlone() throws Exception {
        Path pidFile = dir.resolve("sibling.pid");
        Path out = dir.resolve("out");
        Process p = new ProcessBuilder("sh", "-c", "sleep 600 & echo $! > " + quoted(pidFile.toString()) + "; exec "
                + netstatxCommand("-tan", "1")).redirectOutput(out.toFile())
                .redirectError(dir.resolve("err").toFile()).start();
        ProcessHandle sleeper = sibling(pidFile);
        try {
            awaitFile(out, s -> s.contains("Active Internet connections"));
            assertEquals(p.pid(), sleeper.parent().map(ProcessHandle::pid).orElse(-1L), "the exec made it ours");
            signal(p, "TERM");
            assertEquals(ExitCodes.TERMINATED, awaitEnd(p), Files.readString(dir.resolve("err")));
            assertTrue(sleeper.isAlive(), "netstatx ended a process it did not start");
        } finally {
            sleeper.destroyForcibly();
        }
    }

    /** True while the process runs (a zombie, which an orphan's reaper may leave behind, has ended). */
    private static boolean running(long pid) throws IOException {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (!Files.exists(stat)) {
            return false;
        }
        String s;
        try {
            s = Files.readString(stat);
        } catch (java.nio.file.NoSuchFileException gone) {
            return false;
        }
        return s.charAt(s.lastIndexOf(')') + 2) != 'Z';
    }

    /**
     * The commands netstatx starts are its own: a stop ends them and what they started. The AIX backend
     * (os.name set to AIX) runs {@code uname -n} first; a scripted {@code uname} on the PATH starts a
     * background sleep, records both pids and sleeps far past the stop. Without the stop ending them they
     * would run on as orphans (the JVM halts; the command's timeout dies with it).
     */
    @Test
    void aStopEndsTheCommandsNetstatxStartedAndTheirChildren() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path pids = dir.resolve("command.pids");
        Path uname = bin.resolve("uname");
        Files.writeString(uname, "#!/bin/sh\nsleep 600 &\necho \"$! $$\" > " + quoted(pids.toString()) + "\n"
                + "exec sleep 600\n");
        assertTrue(uname.toFile().setExecutable(true));
        ProcessBuilder pb = new ProcessBuilder(MainProcess.argv(List.of("-Dos.name=AIX"),
                List.of("--backend", "aix-commands", "-an"))).redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile());
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process p = pb.start();
        awaitFile(pids, s -> s.endsWith("\n"));
        String[] both = Files.readString(pids).trim().split(" ");
        long grandchild = Long.parseLong(both[0]);
        long command = Long.parseLong(both[1]);
        try {
            assertTrue(running(command) && running(grandchild), "the scripted command runs");
            assertEquals(p.pid(), ProcessHandle.of(command).flatMap(ProcessHandle::parent).map(ProcessHandle::pid)
                    .orElse(-1L), "netstatx started the command");
            signal(p, "TERM");
            assertEquals(ExitCodes.TERMINATED, awaitEnd(p), Files.readString(dir.resolve("err")));
            for (int i = 0; i < HANG_SECONDS * 10 && (running(command) || running(grandchild)); i++) {
                Thread.sleep(100);
            }
            assertTrue(!running(command), "the command netstatx started outlived the stop");
            assertTrue(!running(grandchild), "what the command started outlived the stop");
        } finally {
            ProcessHandle.of(command).ifPresent(ProcessHandle::destroyForcibly);
            ProcessHandle.of(grandchild).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    /**
     * {@code timeout} in a script with other work in the background: the first SIGTERM from timeout ends the
     * run (143 with {@code --preserve-status}), and the script's other processes, in the same session and
     * process group as netstatx's parent, go on.
     */
    @Test
    void underTimeoutTheRunEndsWith143AndTheScriptsOtherProcessesGoOn() throws Exception {
        Path pidFile = dir.resolve("sibling.pid");
        Path status = dir.resolve("status");
        Process script = new ProcessBuilder("sh", "-c", "sleep 600 & echo $! > " + quoted(pidFile.toString())
                + "; timeout --preserve-status -s TERM 3 " + netstatxCommand("-tan", "1") + " > /dev/null; echo $? > "
                + quoted(status.toString()) + "; sleep 600").redirectError(dir.resolve("err").toFile()).start();
        ProcessHandle sleeper = sibling(pidFile);
        try {
            awaitFile(status, s -> s.endsWith("\n"));
            assertEquals("143", Files.readString(status).trim(), Files.readString(dir.resolve("err")));
            assertTrue(sleeper.isAlive(), "the script's background process was ended");
            assertTrue(script.isAlive(), "the script itself was ended");
        } finally {
            sleeper.destroyForcibly();
            script.descendants().forEach(ProcessHandle::destroyForcibly);
            script.destroyForcibly();
        }
    }
}
