package io.github.netstatx.cli.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.cli.MainProcess;
import io.github.netstatx.cli.RealTools;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Capture in a private network namespace ({@code unshare -n}, loopback up, the socket set of
 * {@code json/live/sockets.py}), replay outside it: for every invocation the replay prints the same bytes
 * on standard output and standard error, with the same exit status, as the live run the capture was taken
 * from, though the replaying process sees another namespace and another collector. Needs root.
 */
class LinuxCaptureReplayNamespaceTest {

    private static final String NETSTATX = "'" + Path.of(System.getProperty("java.home"), "bin", "java")
            + "' -XX:TieredStopAtLevel=1 -XX:-UsePerfData -cp \"$NETSTATX_CP\" io.github.netstatx.cli.Main";

    /** Socket listings with and without owners and user names (getent), every other view, both dialects. */
    private static final List<List<String>> RUNS = List.of(
            List.of("-tan"), List.of("-tulpn"), List.of("-tulpne"), List.of("-xap"), List.of("-i"), List.of("-ie"),
            List.of("-rn"), List.of("-s"), List.of("-gn"), List.of("--json", "-aeop"),
            List.of("--dialect", "windows", "-ano"), List.of("--dialect", "windows", "-s"),
            List.of("--facts"), List.of("--format", "jc", "-tanp"),
            List.of("--format", "prometheus"));

    @TempDir
    Path tmp;

    @Test
    void replayRendersWhatTheCapturedRunRendered() throws Exception {
        RealTools.requireRoot("unshare -n for a private socket set");
        try (InputStream in = getClass().getResourceAsStream("/io/github/netstatx/cli/json/live/sockets.py")) {
            Files.write(tmp.resolve("sockets.py"), in.readAllBytes());
        }
        List<String> script = new ArrayList<>(List.of(
                "set -e",
                "ip link set lo up",
                "cd '" + tmp + "'",
                "mkfifo cmd",
                "python3 sockets.py cmd ack > helper.out 2>&1 &",
                "i=0; until grep -q ready ack 2>/dev/null; do i=$((i+1)); [ $i -lt 200 ] || exit 97; sleep 0.05; done",
                "netstatx() { " + NETSTATX + " \"$@\"; }"));
        for (int i = 0; i < RUNS.size(); i++) {
            script.add("netstatx --capture cap." + i + " " + String.join(" ", RUNS.get(i)) + " > out." + i
                    + " 2> err." + i + " && echo 0 > rc." + i + " || echo $? > rc." + i);
        }
        script.add("echo quit > cmd");
        script.add("wait");
        ProcessBuilder pb = new ProcessBuilder("unshare", "-n", "sh", "-c", String.join("\n", script));
        pb.environment().put("NETSTATX_CP", System.getProperty("java.class.path"));
        pb.redirectOutput(tmp.resolve("shell.out").toFile()).redirectError(tmp.resolve("shell.err").toFile());
        Process ns = pb.start();
        assertTrue(ns.waitFor(300, TimeUnit.SECONDS), "namespace run did not finish");
        assertEquals(0, ns.exitValue(), Files.readString(tmp.resolve("shell.err")));

        String listing = Files.readString(tmp.resolve("out.0"));
        assertTrue(listing.contains("127.0.0.1:9100") && listing.contains("ESTABLISHED"),
                "the capture saw the namespace's socket set:\n" + listing);
        assertTrue(Files.readString(tmp.resolve("out.1")).contains("python3"), "owners were captured");
        assertTrue(Files.exists(tmp.resolve("cap.5/.commands/ip -o -4 addr show")), "-ie captured iproute2");

        for (int i = 0; i < RUNS.size(); i++) {
            List<String> args = new ArrayList<>(List.of("--replay", tmp.resolve("cap." + i).toString()));
            args.addAll(RUNS.get(i));
            Path out = tmp.resolve("replay.out." + i);
            Path err = tmp.resolve("replay.err." + i);
            Process replay = MainProcess.start(out, err, args.toArray(String[]::new));
            assertTrue(replay.waitFor(60, TimeUnit.SECONDS));
            String what = String.join(" ", RUNS.get(i));
            assertEquals(Files.readString(tmp.resolve("rc." + i)).trim(), Integer.toString(replay.exitValue()),
                    what + ": exit status; stderr: " + Files.readString(err));
            assertEquals(text(tmp.resolve("out." + i)), text(out), what + ": standard output");
            assertEquals(text(tmp.resolve("err." + i)), text(err), what + ": standard error");
            assertEquals(-1L, Files.mismatch(tmp.resolve("out." + i), out), what + ": byte for byte");
        }
    }

    private static String text(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }
}
