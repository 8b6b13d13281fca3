package io.github.netstatx.cli.integrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.netstatx.cli.ExitCodes;
import io.github.netstatx.cli.RealTools;
import java.io.File;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Prometheus textfile contract, end to end with the real node_exporter (Debian
 * prometheus-node-exporter): netstatx writes {@code --format prometheus --output DIR/netstatx.prom}, a
 * node_exporter on a loopback port with only the textfile collector reads DIR, and a scrape of
 * {@code /metrics} must carry our series with the right values and no textfile error. Then a repeating
 * run refreshes the file every second while node_exporter is scraped: every scrape parses, and a listener
 * opened meanwhile appears. Every process is stopped within bounded time, whatever happens.
 */
class NodeExporterTextfileTest {

    private static final Duration SCRAPE_TIMEOUT = Duration.ofSeconds(5);
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"([^\"]*)\"");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(SCRAPE_TIMEOUT).build();

    @Test
    void nodeExporterServesOurSeries(@TempDir Path tmp) throws Exception {
        Path exporter = RealTools.require("prometheus-node-exporter", "prometheus-node-exporter");
        Path textfiles = Files.createDirectories(tmp.resolve("textfiles"));
        Path prom = textfiles.resolve("netstatx.prom");
        Path launcher = TestLauncher.write(Files.createDirectories(tmp.resolve("bin")));

        try (ListenerUnderTest listener = new ListenerUnderTest()) {
            RealTools.Result once = RealTools.run(List.of(launcher.toString(), "--format", "prometheus", "--output",
                    prom.toString()), null, Map.of(), 120);
            assertEquals(0, once.exitCode(), once.stderr());
            assertEquals("", once.stdout());
            // the JVM's listener is an IPv6 socket bound to ::ffff:127.0.0.1, as netstat's tcp6 row shows it
            Map<String, String> labels = Map.of("protocol", "tcp", "family", "ipv6", "address", "127.0.0.1", "port",
                    Integer.toString(listener.port), "process", "java");

            int port = freePort();
            List<Process> started = new ArrayList<>();
            try {
                started.add(new ProcessBuilder(exporter.toString(), "--web.listen-address=127.0.0.1:" + port,
                        "--collector.disable-defaults", "--collector.textfile",
                        "--collector.textfile.directory=" + textfiles)
                        .redirectErrorStream(true).redirectOutput(tmp.resolve("node-exporter.log").toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start());
                List<String> metrics = scrapeWhenUp(port, tmp);
                assertEquals(1.0, value(metrics, "netstatx_listening_sockets", labels), String.join("\n", metrics));
                assertTrue(metrics.contains("node_textfile_scrape_error 0"), String.join("\n", metrics));
                assertTrue(metrics.stream().anyMatch(l -> l.startsWith("node_textfile_mtime_seconds{file=\"" + prom + "\"}")),
                        "the file was read");
                assertTrue(metrics.contains("# TYPE netstatx_sockets gauge"));
                double listening = value(metrics, "netstatx_sockets",
                        Map.of("protocol", "tcp", "family", "ipv6", "state", "listen"));
                assertTrue(listening >= 1, "tcp ipv6 listen " + listening);
                assertEquals(value(Files.readAllLines(prom), "netstatx_collection_timestamp_seconds", Map.of()),
                        value(metrics, "netstatx_collection_timestamp_seconds", Map.of()), "served as written");

                // a repeating run refreshes the file; node_exporter never meets a half-written one
                Process repeating = new ProcessBuilder(launcher.toString(), "--format", "prometheus", "--output",
                        prom.toString(), "1").redirectErrorStream(true)
                        .redirectOutput(tmp.resolve("repeating.log").toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
                started.add(repeating);
                double first = value(metrics, "netstatx_collection_timestamp_seconds", Map.of());
                try (ServerSocket second = new ServerSocket(0, 4, InetAddress.getByName("127.0.0.1"))) {
                    Map<String, String> secondLabels = new java.util.HashMap<>(labels);
                    secondLabels.put("port", Integer.toString(second.getLocalPort()));
                    List<String> later = awaitScrape(port,
                            m -> value(m, "netstatx_collection_timestamp_seconds", Map.of()) >= first + 2
                                    && value(m, "netstatx_listening_sockets", secondLabels) == 1.0,
                            Duration.ofSeconds(30), tmp);
                    assertTrue(later.contains("node_textfile_scrape_error 0"));
                }
                // Ctrl+C ends the repeating run after a complete sample
                RealTools.run(List.of("kill", "-INT", Long.toString(repeating.pid())), null, Map.of(), 10);
                assertTrue(repeating.waitFor(20, TimeUnit.SECONDS), "the repeating run did not stop");
                assertEquals(ExitCodes.INTERRUPTED, repeating.exitValue(), Files.readString(tmp.resolve("repeating.log")));
                try (Stream<Path> files = Files.list(textfiles)) {
                    assertEquals(List.of(prom), files.toList(), "no temporary file left behind");
                }
                assertTrue(scrape(port).contains("node_textfile_scrape_error 0"));
            } finally {
                for (Process p : started) {
                    stop(p);
                }
            }
        }
    }

    /** Scrapes until node_exporter answers (it needs a moment to start), at most 30 s. */
    private List<String> scrapeWhenUp(int port, Path tmp) throws Exception {
        return awaitScrape(port, m -> true, Duration.ofSeconds(30), tmp);
    }

    private List<String> awaitScrape(int port, java.util.function.Predicate<List<String>> done, Duration limit,
            Path tmp) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        List<String> last = null;
        while (System.nanoTime() < end) {
            try {
                last = scrape(port);
                assertFalse(last.contains("node_textfile_scrape_error 1"), "textfile error:\n" + String.join("\n", last));
                if (done.test(last)) {
                    return last;
                }
            } catch (ConnectException notYet) {
                // node_exporter is still starting
            }
            Thread.sleep(200);
        }
        fail("no expected scrape within " + limit + "; last: " + last + "\nnode_exporter log:\n"
                + Files.readString(tmp.resolve("node-exporter.log")));
        return null;
    }

    private List<String> scrape(int port) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                .timeout(SCRAPE_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return List.of(r.body().split("\n"));
    }

    /**
     * The value of the sample {@code name} with exactly these labels, or NaN when there is none. Samples
     * are read as node_exporter serves them (labels sorted, values as floats: {@code 1.79e+09}); label
     * values here hold no escapes.
     */
    private static double value(List<String> lines, String name, Map<String, String> labels) {
        for (String l : lines) {
            if (l.startsWith("#") || !(l.startsWith(name + "{") || l.startsWith(name + " "))) {
                continue;
            }
            int brace = l.indexOf('{');
            int space = l.lastIndexOf(' ');
            Map<String, String> found = new java.util.HashMap<>();
            if (brace == name.length()) {
                Matcher m = LABEL.matcher(l.substring(brace + 1, l.lastIndexOf('}')));
                while (m.find()) {
                    found.put(m.group(1), m.group(2));
                }
            }
            if (found.equals(labels)) {
                return Double.parseDouble(l.substring(space + 1));
            }
        }
        return Double.NaN;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }

    private static void stop(Process p) throws InterruptedException {
        if (!p.isAlive()) {
            return;
        }
        p.destroy();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
