package io.github.netstatx.backend.windows.wine;

import io.github.netstatx.core.testing.Prerequisites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;

/**
 * Makes a fresh namespace capture: {@code unshare -n}, bring up lo, open {@link KnownSocketSet}, snapshot
 * {@code /proc/net}, run {@code iphlp_dump.exe} under Wine, snapshot again; then the inherited checks run on
 * it. Needs root (CI is root) and the Wine tools (CI installs them).
 */
class WineNamespaceTest extends AbstractNamespaceCaptureTest {

    private static Path capture;

    @BeforeAll
    static void captureInNamespace() throws Exception {
        WineHarness wine = WineHarness.get();
        Prerequisites.requireRoot("unshare -n");
        Path exe = wine.ready();
        wine.stopServer();
        capture = wine.work().resolve("netns");
        if (Files.exists(capture)) {
            try (Stream<Path> s = Files.walk(capture)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Path wineOut = Files.createDirectories(capture.resolve("wine"));
        Path script = capture.resolve("run-in-netns.sh");
        Files.writeString(script, String.join("\n",
                "set -eu",
                "OUT=\"$1\"; JAVA=\"$2\"; CP=\"$3\"; WINE=\"$4\"; EXE=\"$5\"; WINEOUT=\"$6\"; WINESERVER=\"$7\"",
                "ip link set lo up",
                "\"$JAVA\" -cp \"$CP\" " + KnownSocketSet.class.getName() + " \"$OUT/ready\" \"$OUT/stop\" &",
                "helper=$!",
                "for i in $(seq 1 300); do [ -f \"$OUT/ready\" ] && break; sleep 0.1; done",
                "[ -f \"$OUT/ready\" ] || { echo 'socket helper did not start'; kill $helper; exit 1; }",
                "snap() { for f in tcp tcp6 udp udp6 dev; do cat /proc/net/$f > \"$OUT/proc_net_$f.$1\"; done; }",
                "snap before",
                "\"$WINE\" \"$EXE\" \"$WINEOUT\"",
                "snap after",
                "\"$WINESERVER\" -k || true",
                "touch \"$OUT/stop\"",
                "wait $helper",
                ""));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = Path.of(KnownSocketSet.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        List<String> command = List.of("unshare", "-n", "bash", script.toString(), capture.toString(), java, cp,
                wine.wine().toString(), exe.toString(), WineHarness.windowsPath(wineOut), wine.wineserver().toString());
        String output = wine.run(command, Duration.ofMinutes(3));
        String version = wine.run(List.of(wine.wine().toString(), "--version"), Duration.ofMinutes(1)).trim();
        Files.writeString(capture.resolve("provenance.txt"), "Captured by WineNamespaceTest on " + Instant.now()
                + "\nWine: " + version + " (" + wine.wine() + ")\nHost kernel: " + System.getProperty("os.version")
                + "\nCommand (inside unshare -n, see run-in-netns.sh): " + wine.wine() + " iphlp_dump.exe "
                + WineHarness.windowsPath(wineOut) + "\nSocket set: " + KnownSocketSet.class.getSimpleName()
                + "\nScript output: " + output.trim() + "\n", StandardCharsets.UTF_8);
    }

    @Override
    Path capture() {
        return capture;
    }
}
