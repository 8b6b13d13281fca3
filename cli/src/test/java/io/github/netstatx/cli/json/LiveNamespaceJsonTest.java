package io.github.netstatx.cli.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.netstatx.cli.ExitCodes;
import io.github.netstatx.core.testing.Prerequisites;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real command in a private network namespace ({@code unshare -n}, loopback up) with a known socket
 * set ({@code live/sockets.py}): every view's JSON satisfies the published schema, and change events
 * follow sockets that the test opens and closes between samples of a running {@code --changes} stream,
 * which Ctrl+C (SIGINT) then ends after a complete line. Needs root.
 */
class LiveNamespaceJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The command line that runs netstatx from the test class path (NETSTATX_CP in the environment). */
    private static final String NETSTATX = "'" + Path.of(System.getProperty("java.home"), "bin", "java")
            + "' -XX:TieredStopAtLevel=1 -XX:-UsePerfData -cp \"$NETSTATX_CP\" io.github.netstatx.cli.Main";

    @TempDir
    Path tmp;

    @BeforeEach
    void needsRoot() {
        Prerequisites.requireRoot("unshare -n");
    }

    /** A shell script that sets up the namespace and the socket set, then runs {@code body}. */
    private String namespaceScript(String body) throws IOException {
        Path script = tmp.resolve("sockets.py");
        try (InputStream in = LiveNamespaceJsonTest.class.getResourceAsStream("live/sockets.py")) {
            Files.write(script, in.readAllBytes());
        }
        return String.join("\n",
                "set -e",
                "ip link set lo up",
                "cd '" + tmp + "'",
                "mkfifo cmd",
                // The helper must not hold the script's stdout: the test reads it to its end.
                "python3 sockets.py cmd ack > helper.out 2>&1 &",
                "i=0; until grep -q ready ack 2>/dev/null; do i=$((i+1)); [ $i -lt 200 ] || exit 97; sleep 0.05; done",
                "netstatx() { " + NETSTATX + " \"$@\"; }",
                body);
    }

    private Process start(String script) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("unshare", "-n", "sh", "-c", script);
        pb.environment().put("NETSTATX_CP", System.getProperty("java.class.path"));
        return pb.start();
    }

    @Test
    void everyViewOfALiveNamespaceMatchesTheSchema() throws Exception {
        List<List<String>> runs = List.of(
                List.of("--json", "-aeop"), List.of("--json", "-aeeopW"), List.of("--json", "-tulpn"),
                List.of("--json", "--dialect", "windows", "-ano"), List.of("--json", "--dialect", "windows", "-anb"),
                List.of("--json", "-i"), List.of("--json", "-r"), List.of("--json", "-s"), List.of("--json", "-g"),
                List.of("--json", "-M"), List.of("--json", "--dialect", "windows", "-e"),
                List.of("--json", "--dialect", "windows", "-r"), List.of("--json", "--dialect", "windows", "-s"));
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < runs.size(); i++) {
            body.append("netstatx ").append(String.join(" ", runs.get(i))).append(" > out.").append(i)
                    .append(" 2> err.").append(i).append(" && echo 0 > rc.").append(i)
                    .append(" || echo $? > rc.").append(i).append('\n');
        }
        body.append("echo quit > cmd\nwait\n");
        Process p = start(namespaceScript(body.toString()));
        String shellErr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), shellErr);

        JsonNode all = JSON.readTree(Files.readString(tmp.resolve("out.0")));
        Set<String> capabilities = new HashSet<>();
        all.get("backend").get("capabilities").forEach(c -> capabilities.add(c.asText()));
        for (int i = 0; i < runs.size(); i++) {
            List<String> args = runs.get(i);
            int rc = Integer.parseInt(Files.readString(tmp.resolve("rc." + i)).trim());
            String out = Files.readString(tmp.resolve("out." + i), StandardCharsets.UTF_8);
            String err = Files.readString(tmp.resolve("err." + i), StandardCharsets.UTF_8);
            String needs = capabilityOf(args);
            if (needs != null && !capabilities.contains(needs)) {
                // A view this backend cannot collect yet: a clear error, nothing on stdout.
                assertEquals(ExitCodes.FAILURE, rc, args + ": " + err);
                assertEquals("", out, args.toString());
                assertTrue(err.startsWith("netstatx: backend linux-procfs cannot provide "), args + ": " + err);
                continue;
            }
            assertEquals(0, rc, args + ": " + err);
            ContractSchema.assertValid(out, "netstatx " + String.join(" ", args));
        }
        // The socket set is there, with owners (root sees every process) and the UNIX abstract name.
        List<String> seen = new ArrayList<>();
        for (JsonNode s : all.get("sockets")) {
            if (s.get("protocol").asText().equals("unix")) {
                if ("netstatx-json-test".equals(s.get("path").asText(null))) {
                    assertTrue(s.get("abstract").asBoolean());
                    seen.add("unix");
                }
                continue;
            }
            seen.add(s.get("protocol").asText() + " " + s.get("local_address").asText() + ":"
                    + s.get("local_port").asInt() + " " + s.get("state").asText(null));
            assertEquals("python3", s.get("owners").get(0).get("name").asText(), s.toString());
        }
        assertTrue(seen.containsAll(List.of("tcp 127.0.0.1:9100 LISTEN", "tcp ::1:9101 LISTEN",
                "tcp 127.0.0.1:9100 ESTABLISHED", "udp 127.0.0.1:9200 null", "unix")), seen.toString());
    }

    /** The backend capability a view needs, or null for socket listings. */
    private static String capabilityOf(List<String> args) {
        return switch (args.get(args.size() - 1)) {
            case "-i", "-e" -> "interfaces";
            case "-r" -> "routes";
            case "-s" -> "statistics";
            case "-g" -> "multicast_groups";
            case "-M" -> "masquerade";
            default -> null;
        };
    }

    @Test
    void changeEventsFollowSocketsOpenedAndClosedBetweenSamples() throws Exception {
        Process p = start(namespaceScript("exec " + NETSTATX + " --json --changes -tan 1"));
        List<String> lines = new ArrayList<>();
        try (LineReader out = new LineReader(p)) {
            // The first line exists only once the namespace, its FIFO and the socket set are ready.
            lines.add(out.next());
            Writer commands = Files.newBufferedWriter(tmp.resolve("cmd"));
            try {
                command(commands, "reset c1 s1\nlisten 9102\n", 2);
                lines.add(out.next());
                command(commands, "close s2\n", 3);
                lines.add(out.next());
                lines.add(out.next());
                // Ctrl+C: the run ends after the line it is writing, with 130.
                new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
                lines.addAll(out.rest());
            } finally {
                try {
                    commands.write("quit\n");
                    commands.close();
                } catch (IOException readerGone) {
                    // The socket set already ended with the run it belonged to: nothing is left to stop.
                }
            }
        } finally {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        assertEquals(ExitCodes.INTERRUPTED, p.exitValue(), new String(p.getErrorStream().readAllBytes()));
        for (String line : lines) {
            ContractSchema.assertValid(line, "a line of the stream");
        }
        JsonNode first = JSON.readTree(lines.get(0));
        assertEquals("snapshot", first.get("kind").asText());
        // Whatever the timing, every event comes once, in a later line, and nothing else happens.
        List<String> events = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            JsonNode doc = JSON.readTree(line);
            assertEquals("changes", doc.get("kind").asText());
            for (JsonNode c : doc.get("changes")) {
                JsonNode s = c.get("socket");
                events.add(c.get("event").asText() + " " + s.get("local_port").asInt() + "-" + s.get("remote_port").asInt()
                        + " " + c.get("previous_state").asText(null) + "->" + s.get("state").asText());
            }
        }
        int c1 = port(first, 9100, "c1");
        int c2 = port(first, 9100, "c2");
        assertEquals(Set.of(
                "disappeared " + c1 + "-9100 null->ESTABLISHED",
                "disappeared 9100-" + c1 + " null->ESTABLISHED",
                "appeared 9102-0 null->LISTEN",
                "state_changed " + c2 + "-9100 ESTABLISHED->CLOSE_WAIT",
                "state_changed 9100-" + c2 + " ESTABLISHED->FIN_WAIT_2"), new HashSet<>(events));
        assertEquals(5, events.size(), events.toString());
    }

    /** The client port of the n-th connection to {@code serverPort} in the first document (c1, c2 by port order). */
    private static int port(JsonNode doc, int serverPort, String which) {
        List<Integer> clients = new ArrayList<>();
        for (JsonNode s : doc.get("sockets")) {
            if (s.get("remote_port").asInt() == serverPort) {
                clients.add(s.get("local_port").asInt());
            }
        }
        assertEquals(2, clients.size(), doc.toString());
        // python connects c1 first; the kernel hands out ascending ephemeral ports only by chance, so the
        // inode (allocated in order) decides.
        List<JsonNode> byInode = new ArrayList<>();
        for (JsonNode s : doc.get("sockets")) {
            if (s.get("remote_port").asInt() == serverPort) {
                byInode.add(s);
            }
        }
        byInode.sort((a, b) -> Long.compare(a.get("inode").asLong(), b.get("inode").asLong()));
        return byInode.get(which.equals("c1") ? 0 : 1).get("local_port").asInt();
    }

    /** Sends commands and waits until the helper has done {@code doneInAll} commands since it started. */
    private void command(Writer commands, String text, int doneInAll) throws Exception {
        commands.write(text);
        commands.flush();
        Path ack = tmp.resolve("ack");
        for (int i = 0; i < 200; i++) {
            long done = Files.readAllLines(ack).stream().filter(l -> l.startsWith("done")).count();
            if (done >= doneInAll) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the socket helper did not acknowledge: " + text);
    }

    /** The lines of a process's stdout, each awaited at most 20 s (a hung run fails instead of hanging). */
    private static final class LineReader implements AutoCloseable {
        private static final String END = new String("end of stream");
        private final Process p;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final Thread pump;

        LineReader(Process p) {
            this.p = p;
            this.pump = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String l = r.readLine(); l != null; l = r.readLine()) {
                        lines.add(l);
                    }
                } catch (IOException e) {
                    // the stream ends with the process
                } finally {
                    lines.add(END);
                }
            });
            pump.setDaemon(true);
            pump.start();
        }

        String next() throws Exception {
            String l = lines.poll(20, TimeUnit.SECONDS);
            if (l == null || l == END) {
                p.destroyForcibly();
                throw new AssertionError("the stream ended or stalled: "
                        + new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            }
            return l;
        }

        /** Every line until the stream ends. */
        List<String> rest() throws Exception {
            List<String> out = new ArrayList<>();
            for (String l = lines.poll(20, TimeUnit.SECONDS); l != null && l != END; l = lines.poll(20, TimeUnit.SECONDS)) {
                out.add(l);
            }
            return out;
        }

        @Override
        public void close() {
            pump.interrupt();
        }
    }
}
