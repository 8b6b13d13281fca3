package io.github.netstatx.cli.parity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.cli.RealTools;
import io.github.netstatx.core.testing.Prerequisites;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: at 100,000 sockets netstatx still prints what net-tools netstat prints, byte for byte. A private
 * network namespace ({@code unshare -n}, so root) holds 50,000 established loopback connections
 * ({@code parity/socketload.py}); {@code netstat -tan} and {@code -tln} run before and after ours
 * ({@code parity/large-listing.sh}), and ours must equal them whenever the two agree.
 */
class LargeListingParityTest {

    /** Connections: both ends are listed, so 100,000 sockets, plus one listener per worker. */
    private static final int PAIRS = 50_000;

    @TempDir
    Path work;

    @Test
    void aHundredThousandSocketsListAsNetstatListsThem() throws IOException {
        Prerequisites.requireRoot("unshare -n (a private network namespace for 100,000 sockets)");
        RealTools.require("netstat", "net-tools");
        RealTools.require("ip", "iproute2");
        RealTools.require("python3", "python3");
        copy("socketload.py");
        Path driver = copy("large-listing.sh");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> argv = new ArrayList<>(List.of("unshare", "-n", "bash", driver.toString(), work.toString(),
                "python3", java, System.getProperty("java.class.path"), Integer.toString(PAIRS), "-tan", "-tln"));
        RealTools.Result run = RealTools.run(argv, null, Map.of("LC_ALL", "C"), 600);
        assertEquals(0, run.exitCode(), () -> "driver: " + run.stderr() + read("socketload.err"));
        int sockets = Integer.parseInt(read("ready").trim());
        assertTrue(sockets >= 2 * PAIRS, "the load holds only " + sockets + " sockets");
        for (String args : List.of("-tan", "-tln")) {
            byte[] before = Files.readAllBytes(work.resolve(args + ".before"));
            byte[] after = Files.readAllBytes(work.resolve(args + ".after"));
            assertArrayEquals(before, after, args + ": the kernel state kept moving while netstat ran");
            assertEquals("0", read(args + ".rc").trim(), args + " exit status; stderr: " + read(args + ".ours.err"));
            assertEquals("", read(args + ".ours.err"), args + " stderr");
            byte[] ours = Files.readAllBytes(work.resolve(args + ".ours"));
            assertArrayEquals(before, ours, args + " differs from netstat (outputs in " + work + ")");
        }
        long rows = read("-tan.ours").lines().count();
        assertTrue(rows >= 2L * PAIRS + 2, "-tan lists " + rows + " lines");
        assertTrue(read("-tln.ours").lines().filter(l -> l.contains("LISTEN")).count() >= 1, read("-tln.ours"));
    }

    private Path copy(String name) throws IOException {
        try (InputStream in = LargeListingParityTest.class.getResourceAsStream("/parity/" + name)) {
            Objects.requireNonNull(in, "test resource parity/" + name + " is missing");
            Path target = work.resolve(name);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        }
    }

    private String read(String name) {
        try {
            Path p = work.resolve(name);
            return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(" + name + " unreadable: " + e + ")";
        }
    }
}
