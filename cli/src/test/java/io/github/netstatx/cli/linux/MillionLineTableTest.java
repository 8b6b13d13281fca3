package io.github.netstatx.cli.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.cli.Main;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17's scale case: a forged {@code /proc/net/tcp} of a million lines (about 150 MB) under
 * {@code --fs-root}, listed by netstatx in a JVM whose heap is capped far below the file's size. The table is
 * read as a stream, so the heap holds the kept sockets, not the file: {@code -tln} keeps its 10 listeners in
 * 32 MiB, and {@code -tan} lists every line in 320 MiB (before streaming, reading the file alone needed twice
 * its size). Correctness is asserted, never time.
 */
class MillionLineTableTest {

    private static final int LINES = 1_000_000;
    private static final int LISTENER_EVERY = 100_000;
    @TempDir
    static Path root;

    @BeforeAll
    static void forgeTable() throws IOException {
        ForgedTcpTable.write(root, LINES, LISTENER_EVERY);
    }

    /** Runs netstatx in a JVM with at most {@code maxHeap} of heap; returns its exit status and some lines. */
    private static Listing run(String maxHeap, String args) throws IOException, InterruptedException {
        List<String> argv = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "--fs-root", root.toString(), args);
        Path err = root.resolve("stderr" + args);
        Process p = new ProcessBuilder(argv).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        Listing l = new Listing();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (l.lines < 4 || line.contains(" LISTEN ")) {
                    l.kept.add(line);
                }
                l.last = line;
                l.lines++;
            }
        }
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("netstatx " + args + " did not end within 300 s");
        }
        l.exit = p.exitValue();
        l.stderr = Files.readString(err);
        return l;
    }

    private static final class Listing {
        int exit;
        String stderr;
        long lines;
        String last;
        final List<String> kept = new ArrayList<>();
    }

    @Test
    void listenersOfAMillionLinesInThirtyTwoMebibytes() throws Exception {
        Listing l = run("32m", "-tln");
        assertEquals(0, l.exit, l.stderr);
        assertEquals("", l.stderr);
        assertEquals(2 + LINES / LISTENER_EVERY, l.lines);
        assertEquals("tcp        0      0 127.0.0.1:1024          0.0.0.0:*               LISTEN     ", l.kept.get(2));
        assertEquals(LINES / LISTENER_EVERY, l.kept.stream().filter(s -> s.endsWith("LISTEN     ")).count());
    }

    @Test
    void everyLineOfAMillionInABoundedHeap() throws Exception {
        Listing l = run("320m", "-tan");
        assertEquals(0, l.exit, l.stderr);
        assertEquals("", l.stderr);
        assertEquals(2 + LINES, l.lines);
        assertEquals("Active Internet connections (servers and established)", l.kept.get(0));
        assertEquals("tcp        0      0 127.0.0.1:1025          127.0.0.2:1024          ESTABLISHED", l.kept.get(3));
        int i = LINES - 1;
        assertEquals(String.format("tcp        0      0 %-23s %-23s ESTABLISHED", "127.0.0.1:" + (1024 + i % 60000),
                "127.0.0.2:" + (1024 + i / 60000)), l.last);
        assertTrue(l.kept.stream().filter(s -> s.endsWith("LISTEN     ")).count() == LINES / LISTENER_EVERY);
    }
}
