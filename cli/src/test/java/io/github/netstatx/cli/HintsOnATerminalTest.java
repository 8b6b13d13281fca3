package io.github.netstatx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Habit hints as a user sees them: netstatx as a real process with stderr on a pseudo-terminal
 * ({@code run-on-pty.py}), its stdout a pipe ({@code netstatx -ano | findstr :443}) or the same terminal.
 */
class HintsOnATerminalTest {

    private static final String HINT = "netstatx: hint: '-ano' is read as net-tools options";

    @TempDir
    Path dir;

    private record Shown(String tty, String piped, int status) {
    }

    private Shown run(String mode, String... args) throws Exception {
        Path script = Path.of(HintsOnATerminalTest.class.getResource("/pty/run-on-pty.py").toURI());
        List<String> argv = new ArrayList<>(List.of("python3", script.toString(), mode,
                dir.resolve("tty").toString(), dir.resolve("stdout").toString()));
        argv.addAll(MainProcess.argv(List.of(args)));
        ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true);
        pb.environment().remove("NETSTATX_HINTS");
        Process p = pb.start();
        String launcher = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "netstatx on a pty did not end");
        assertEquals("", launcher, "run-on-pty.py itself printed something");
        return new Shown(Files.readString(dir.resolve("tty")).replace("\r\n", "\n"),
                Files.readString(dir.resolve("stdout")), p.exitValue());
    }

    @Test
    void aHintReachesTheTerminalWhileStdoutIsPiped() throws Exception {
        Shown s = run("pipe", "-ano");
        assertEquals(0, s.status());
        assertTrue(s.tty().startsWith(HINT), s.tty());
        assertTrue(s.piped().startsWith("Active Internet connections"), s.piped());
        assertFalse(s.piped().contains("hint"), "hints never go to stdout");
    }

    @Test
    void theHintComesBeforeTheTable() throws Exception {
        Shown s = run("both", "-ano");
        int hint = s.tty().indexOf(HINT);
        int table = s.tty().indexOf("Active Internet connections");
        assertTrue(hint >= 0 && table > hint, s.tty());
    }

    @Test
    void nativeOptionsGetNoHint() throws Exception {
        Shown s = run("pipe", "-tn");
        assertFalse(s.tty().contains("hint"), s.tty());
    }
}
