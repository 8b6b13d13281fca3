package io.github.netstatx.core.acquire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real processes through /bin/sh: the environment, the limits and the kill of the whole tree. */
class ProcessCommandRunnerTest {

    private static final ProcessCommandRunner RUNNER =
            new ProcessCommandRunner(Duration.ofSeconds(20), 1 << 20, 1 << 10);

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void argumentsReachTheProgramVerbatimWithNoShellInBetween() throws IOException {
        CommandResult r = RUNNER.run(List.of("printf", "%s|", "a b", "$HOME", "*", "'q'"));
        assertEquals("a b|$HOME|*|'q'|", text(r.stdout()));
        assertEquals(0, r.exitStatus());
        assertTrue(r.succeeded());
    }

    @Test
    void theLocaleIsForcedToC() throws IOException {
        CommandResult r = RUNNER.run(List.of("sh", "-c", "echo \"$LC_ALL/$LANG/${LANGUAGE-unset}\""));
        assertEquals("C/C/unset\n", text(r.stdout()));
    }

    @Test
    void exitStatusAndStderrAreKeptForDiagnostics() throws IOException {
        CommandResult r = RUNNER.run(List.of("sh", "-c", "echo out; echo 'no such table' >&2; exit 3"));
        assertEquals(3, r.exitStatus());
        assertFalse(r.succeeded());
        assertEquals("out\n", text(r.stdout()));
        assertEquals("no such table\n", text(r.stderr()));
        assertEquals("`sh -c echo out; echo 'no such table' >&2; exit 3` exited with status 3: no such table",
                r.describe());
    }

    @Test
    void standardInputIsClosedSoAPromptSeesEndOfFile() throws IOException {
        CommandResult r = RUNNER.run(List.of("sh", "-c", "read line; echo \"read=$?\""));
        assertEquals("read=1\n", text(r.stdout()));
    }

    @Test
    void endlessOutputIsCutAtTheLimitAndTheCommandEnded() throws IOException {
        ProcessCommandRunner small = new ProcessCommandRunner(Duration.ofSeconds(30), 4096, 1024);
        CommandResult r = small.run(List.of("yes"));
        assertEquals(4096, r.stdout().length);
        assertEquals("y\n".repeat(2048), text(r.stdout()));
        assertTrue(r.stdoutTruncated());
        assertFalse(r.timedOut(), "ended for its size, not its time");
        assertNull(r.exitStatus());
        assertFalse(r.succeeded());
        assertTrue(r.describe().contains("more than the output limit"), r.describe());
    }

    @Test
    void endlessErrorOutputIsDroppedPastItsLimitWhileStdoutIsKept() throws IOException {
        CommandResult r = RUNNER.run(List.of("sh", "-c",
                "i=0; while [ $i -lt 2000 ]; do echo error-line-$i >&2; i=$((i+1)); done; echo done"));
        assertEquals(1024, r.stderr().length);
        assertTrue(r.stderrTruncated());
        assertEquals("done\n", text(r.stdout()));
        assertEquals(0, r.exitStatus());
        assertTrue(r.succeeded(), "stderr past its limit does not spoil stdout");
    }

    @Test
    void aCommandPastItsTimeIsKilledWithItsDescendants(@TempDir Path dir) throws Exception {
        Path pidFile = dir.resolve("child.pid");
        ProcessCommandRunner quick = new ProcessCommandRunner(Duration.ofMillis(300), 1 << 20, 1 << 10);
        // The shell starts a child and waits for it; the child's pid is written so we can look for it.
        CommandResult r = quick.run(List.of("sh", "-c",
                "echo partial; sleep 60 & echo $! > '" + pidFile + "'; wait"));
        assertTrue(r.timedOut());
        assertNull(r.exitStatus());
        assertEquals("partial\n", text(r.stdout()), "what was printed before the kill is kept");
        assertTrue(r.describe().contains("ran out of time"), r.describe());
        long child = Long.parseLong(Files.readString(pidFile).strip());
        // SIGKILL is delivered asynchronously: on a loaded machine the grandchild may take a moment to die (seen
        // once in a full build). It must be gone well before its own 60 s; 20 s is only the patience of the test.
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (running(child) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertFalse(running(child), "the sleeping grandchild was killed too");
    }

    private static boolean running(long pid) throws IOException {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && !isZombie(pid);
    }

    /** A killed child reaped late may linger as a zombie for a moment; a zombie runs nothing. */
    private static boolean isZombie(long pid) throws IOException {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (!Files.exists(stat)) {
            return true;
        }
        String s = Files.readString(stat);
        return s.substring(s.lastIndexOf(')') + 2).startsWith("Z");
    }

    @Test
    void aMissingProgramIsAnIoExceptionNotAResult() {
        assertThrows(IOException.class, () -> RUNNER.run(List.of("/nonexistent/netstat", "-an")));
    }

    @Test
    void binaryOutputIsKeptByteForByte() throws IOException {
        CommandResult r = RUNNER.run(List.of("printf", "\\001\\377\\000x"));
        assertArrayEquals(new byte[] {1, (byte) 0xFF, 0, 'x'}, r.stdout());
    }

    @Test
    void controlCharactersInStderrCannotForgeLinesInADiagnostic() throws IOException {
        CommandResult r = RUNNER.run(List.of("sh", "-c", "printf 'bad\\033[2Jthing\\n' >&2; exit 1"));
        assertTrue(r.describe().endsWith(": bad?[2Jthing"), r.describe());
    }

    @Test
    void theTimeoutComesFromTheBackendConfig() throws IOException {
        var config = io.github.netstatx.core.spi.BackendConfig.live();
        CommandResult r = ProcessCommandRunner.of(config).run(List.of("true"));
        assertEquals(0, r.exitStatus());
    }

    @Test
    void afterAStopHasBegunNoCommandStarts(@TempDir Path dir) {
        ChildProcesses children = new ChildProcesses();
        ProcessCommandRunner runner = new ProcessCommandRunner(Duration.ofSeconds(20), 1 << 20, 1 << 10, children);
        children.endAll();
        Path marker = dir.resolve("ran");
        IOException e = assertThrows(IOException.class, () -> runner.run(List.of("touch", marker.toString())));
        assertTrue(e.getMessage().contains("stopping"), e.getMessage());
        assertFalse(Files.exists(marker), "the command must not have run");
    }

    @Test
    void aStopEndsACommandThatIsRunning(@TempDir Path dir) throws Exception {
        ChildProcesses children = new ChildProcesses();
        ProcessCommandRunner runner = new ProcessCommandRunner(Duration.ofSeconds(60), 1 << 20, 1 << 10, children);
        Path marker = dir.resolve("running");
        java.util.concurrent.CompletableFuture<CommandResult> run = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return runner.run(List.of("sh", "-c", "touch \"$0\"; exec sleep 60", marker.toString()));
                    } catch (IOException x) {
                        throw new java.io.UncheckedIOException(x);
                    }
                });
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!Files.exists(marker) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(Files.exists(marker), "the command did not start");
        children.endAll();
        CommandResult r = run.get(30, java.util.concurrent.TimeUnit.SECONDS); // sleep alone would take 60 s
        assertFalse(Integer.valueOf(0).equals(r.exitStatus()), "a killed command has no success status: " + r.exitStatus());
    }

    @Test
    void inputReachesTheCommandAndIsThenClosed() throws IOException {
        CommandResult r = RUNNER.run(List.of("sh", "-c", "cat; echo end"),
                "sockinfo f1 tcpcb\nquit\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals("sockinfo f1 tcpcb\nquit\nend\n", text(r.stdout()), "cat saw the input and its end");
        assertEquals(0, r.exitStatus());
    }

    @Test
    void aCommandThatLeavesItsInputUnreadStillGivesItsAnswer() throws IOException {
        byte[] large = new byte[8 << 20]; // far past a pipe's buffer: the writer must not block the run
        CommandResult r = RUNNER.run(List.of("sh", "-c", "echo early; exit 3"), large);
        assertEquals("early\n", text(r.stdout()));
        assertEquals(3, r.exitStatus());
    }
}
