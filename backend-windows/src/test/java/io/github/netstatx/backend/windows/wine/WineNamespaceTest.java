package io.github.netstatx.backend.windows.wine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netstatx.backend.windows.decode.IfTable2Decoder;
import io.github.netstatx.backend.windows.decode.UnicastIpAddressRow;
import io.github.netstatx.backend.windows.decode.UnicastIpAddressTableDecoder;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
        Assumptions.assumeTrue(WineHarness.isRoot(), "needs root for unshare -n");
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

    /**
     * The namespace has lo up and nothing else, so the unicast table Wine builds from it holds exactly the kernel's
     * loopback addresses, on the interface GetIfTable2 calls Software Loopback (checked live: the recorded
     * fixtures predate the call).
     */
    @Test
    void unicastAddressesAreTheNamespacesLoopbackAddresses() throws Exception {
        byte[] table = Files.readAllBytes(capture.resolve("wine/unicast_address_table.bin"));
        List<UnicastIpAddressRow> rows = UnicastIpAddressTableDecoder.decode(
                ByteBuffer.wrap(table).order(ByteOrder.LITTLE_ENDIAN));
        byte[] ifs = Files.readAllBytes(capture.resolve("wine/if_table2.bin"));
        long loopback = IfTable2Decoder.decode(ByteBuffer.wrap(ifs).order(ByteOrder.LITTLE_ENDIAN)).stream()
                .filter(r -> r.type() == 24).findFirst().orElseThrow().index();
        assertEquals(Set.of("127.0.0.1/8@" + loopback, "0:0:0:0:0:0:0:1/128@" + loopback), rows.stream()
                .map(r -> r.address().getHostAddress() + "/" + r.prefixLength() + "@" + r.interfaceIndex())
                .collect(Collectors.toSet()));
    }
}
