package io.github.netstatx.cli.capture;

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
 * A windows-iphlpapi capture ({@code capture/windows-wine}, see its PROVENANCE) replayed by the real command
 * on Linux: the Windows provider opens from it through the ServiceLoader, both dialects render its rows,
 * owners and modules, and not one JNA class is loaded. (That the replayed model equals the captured one is
 * backend-windows' {@code WindowsCaptureReplayTest}.)
 */
class WindowsCaptureReplayCliTest {

    @TempDir
    Path tmp;

    /** Runs netstatx in a fresh JVM with the class loading log; returns stdout, asserts exit 0 and no JNA. */
    private String replay(String... args) throws Exception {
        Path capture = Path.of(getClass().getResource("/io/github/netstatx/cli/capture/windows-wine").toURI());
        List<String> argv = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + tmp.resolve("classes.log"), "-cp", System.getProperty("java.class.path"),
                "io.github.netstatx.cli.Main", "--replay", capture.toString()));
        argv.addAll(List.of(args));
        Process p = new ProcessBuilder(argv).redirectError(tmp.resolve("err").toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("err")));
        String classes = Files.readString(tmp.resolve("classes.log"));
        assertTrue(classes.contains("io.github.netstatx.backend.windows.capture.ReplayIpHelperSource"), "replayed");
        assertFalse(classes.contains("com.sun.jna"), "a replay loaded JNA");
        return out;
    }

    @Test
    void bothDialectsRenderAWindowsCaptureOnLinuxWithoutJna() throws Exception {
        String ano = replay("--dialect", "windows", "-ano");
        assertTrue(ano.contains("  TCP    10.0.0.2:49832         93.184.216.34:443      ESTABLISHED     4242\n"), ano);
        assertTrue(ano.contains("  UDP    [::1]:7005             *:*                                    0\n"), ano);
        String anb = replay("--dialect", "windows", "-anb");
        assertTrue(anb.contains("ESTABLISHED\n  svchost-module\n [curl.exe]\n"), anb);
        String tanp = replay("--dialect", "linux", "-tanp");
        assertTrue(tanp.contains("10.0.0.2:49832          93.184.216.34:443       ESTABLISHED 4242/curl.exe"), tanp);
        String json = replay("--json", "--dialect", "linux", "-s");
        assertTrue(json.contains("\"collected_at\": \"2026-12-02T10:15:30.123456789Z\""), json);
        assertTrue(json.contains("\"id\": \"windows-iphlpapi\""), json);
        assertTrue(json.contains("\"hostname\": \"WINE-HOST\""), json);
    }

    /**
     * The capture was taken without elevation, so some owners are hidden: the net-tools dialect says its
     * sentence once per listing, and ahead of the listing, where net-tools' unbuffered stderr puts it when
     * both streams go to one pipe or terminal.
     */
    @Test
    void theLinuxDialectSaysTheOwnerSentenceOnceAheadOfTheListing() throws Exception {
        Path capture = Path.of(getClass().getResource("/io/github/netstatx/cli/capture/windows-wine").toURI());
        for (String options : List.of("-anp", "-tanp")) {
            Process p = new ProcessBuilder(io.github.netstatx.cli.MainProcess.argv(
                    List.of("--replay", capture.toString(), "--dialect", "linux", options)))
                    .redirectErrorStream(true).start();
            String both = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), both);
            String sentence = "(Not all processes could be identified, non-owned process info\n"
                    + " will not be shown, you would have to be root to see it all.)\n";
            assertTrue(both.startsWith(sentence + "Active Internet connections (servers and established)\n"), both);
            assertEquals(both.indexOf(sentence), both.lastIndexOf(sentence), "said once: " + both);
        }
    }
}
