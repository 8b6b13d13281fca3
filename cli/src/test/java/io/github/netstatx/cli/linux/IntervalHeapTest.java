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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's interval goal: {@code -tanc} over a forged {@code /proc/net/tcp} of 100,000 lines keeps a flat
 * resident size across its refreshes. The JVM runs with the launcher's collector and young generation, and
 * with the initial heap a 24 GiB host gives it (1/64 of RAM), under which every refresh's dead socket records
 * used to pile up in the old generation (RSS roughly doubled over a dozen refreshes). The child's RSS is read
 * from {@code /proc/PID/status} each time a refresh has been written; memory is asserted, never time.
 */
class IntervalHeapTest {

    private static final int LINES = 100_000;
    private static final int REFRESHES = 14;
    private static final String TITLE = "Active Internet connections (servers and established)";

    @TempDir
    Path root;

    @Test
    void residentSizeStaysFlatOverRefreshes() throws Exception {
        ForgedTcpTable.write(root, LINES, 0);
        List<String> argv = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms384m", "-Xmn8m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "--fs-root", root.toString(), "-tanc");
        Process p = new ProcessBuilder(argv).redirectError(root.resolve("stderr").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        List<Long> rssKib = new ArrayList<>();
        long rows = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.equals(TITLE)) {
                    if (!rssKib.isEmpty()) {
                        assertEquals(2 + LINES, rows, "rows of refresh " + rssKib.size());
                    }
                    // The title of refresh k+1 is written once refresh k is complete and sample k+1 collected.
                    rssKib.add(rss(p.pid()));
                    if (rssKib.size() > REFRESHES) {
                        break;
                    }
                    rows = 0;
                }
                rows++;
            }
        } finally {
            p.destroy();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        assertEquals(REFRESHES + 1, rssKib.size(), () -> "refreshes seen; stderr: " + stderr());
        long early = median(rssKib.subList(3, 6));
        long late = median(rssKib.subList(REFRESHES - 2, REFRESHES + 1));
        assertTrue(late <= early * 1.2, "RSS grew from " + early / 1024 + " MiB (refreshes 3-5) to " + late / 1024
                + " MiB (refreshes " + (REFRESHES - 2) + "-" + REFRESHES + "): " + rssKib);
    }

    private static long rss(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new AssertionError("no VmRSS in /proc/" + pid + "/status");
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private String stderr() {
        try {
            return Files.readString(root.resolve("stderr"));
        } catch (IOException e) {
            return e.toString();
        }
    }
}
