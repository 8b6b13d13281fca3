package io.github.netstatx.cli.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.netstatx.cli.ExitCodes;
import io.github.netstatx.cli.Netstatx;
import io.github.netstatx.cli.OutputSink;
import io.github.netstatx.cli.StopSignal;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.Backends;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Repeating runs through the whole command (real Linux backend over a temporary /proc tree, real
 * one-second cadence): NDJSON line by line, and change events in JSON and in tables. Between samples
 * the test rewrites {@code proc/net/tcp}: the moment is the flush that ends each sample, and the third
 * flush asks the run to stop as Ctrl+C would.
 *
 * <p>The /proc lines are from the captured loopback-mix scenario (cli/src/test/resources/golden).
 */
class StreamingTest {

    private static final String HEADER = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt"
            + "   uid  timeout inode\n";
    /** 0.0.0.0:22 LISTEN, inode 61372. */
    private static final String LISTENER = "   1: 00000000:0016 00000000:0000 0A 00000000:00000000 00:00000000 00000000"
            + "     0        0 61372 1 00000000729444e2 100 0 0 10 0\n";
    /** 127.0.0.1:55670 -> 127.0.0.1:5555 ESTABLISHED, inode 61500. */
    private static final String CONNECTION = "   2: 0100007F:D976 0100007F:15B3 01 00000000:00000000 00:00000000"
            + " 00000000     0        0 61500 1 00000000729444e3 20 4 30 10 -1\n";
    /** The same connection after close(): FIN_WAIT1, inode 0. */
    private static final String CLOSING = "   2: 0100007F:D976 0100007F:15B3 04 00000000:00000001 01:00000014"
            + " 00000000     0        0 0 1 00000000729444e3 20 4 30 10 -1\n";
    /** 127.0.0.1:7777 LISTEN, inode 61601: a new listener. */
    private static final String NEW_LISTENER = "   3: 0100007F:1E61 00000000:0000 0A 00000000:00000000 00:00000000"
            + " 00000000     0        0 61601 1 00000000729444e4 100 0 0 10 0\n";

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    /** Standard output that calls back after each sample's flush. */
    private static final class SampleWatcher extends ByteArrayOutputStream {
        private final List<Runnable> afterFlush;
        private int flushes;

        SampleWatcher(List<Runnable> afterFlush) {
            this.afterFlush = afterFlush;
        }

        @Override
        public void flush() {
            if (flushes < afterFlush.size()) {
                afterFlush.get(flushes++).run();
            }
        }
    }

    private void tcp(String... lines) {
        try {
            Files.createDirectories(root.resolve("proc/net"));
            Files.writeString(root.resolve("proc/net/tcp"), HEADER + String.join("", lines));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs netstatx with a 1 s interval; the sample watcher changes /proc after samples 1 and 2 and stops after 3. */
    private String run3(List<String> args) {
        tcp(LISTENER, CONNECTION);
        StopSignal stop = StopSignal.manual();
        SampleWatcher out = new SampleWatcher(List.of(
                () -> tcp(LISTENER, CLOSING, NEW_LISTENER),
                () -> { },
                stop::requestStop));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--fs-root", root.toString()));
        all.addAll(args);
        int status = new Netstatx(new OutputSink(out), new OutputSink(err), Map.of(), "Linux", Backends.discover(),
                BackendConfig.live(), stop, false, Clock.systemUTC(), new ByteArrayInputStream(new byte[0])).run(all);
        assertEquals(ExitCodes.INTERRUPTED, status, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<String> ndjsonLines(String stream) {
        assertTrue(stream.endsWith("\n"), "the stream ends with a complete line");
        return ContractSchema.assertValidLines(stream, "the stream");
    }

    @Test
    void anIntervalWritesOneCompleteDocumentPerLine() throws Exception {
        List<String> lines = ndjsonLines(run3(List.of("--json", "-tan", "1")));
        assertEquals(3, lines.size());
        Instant previous = Instant.EPOCH;
        for (String line : lines) {
            JsonNode doc = JSON.readTree(line);
            assertEquals("snapshot", doc.get("kind").asText());
            Instant at = Instant.parse(doc.get("collected_at").asText());
            assertTrue(at.isAfter(previous), "collected_at grows from line to line");
            previous = at;
            // Each line is a complete document that --input can read on its own.
            new DocumentReader("line").read(line.getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(List.of(22, 55670), ports(JSON.readTree(lines.get(0)).get("sockets")));
        assertEquals(List.of(22, 55670, 7777), ports(JSON.readTree(lines.get(1)).get("sockets")));
    }

    @Test
    void changesInJsonAfterAFullFirstDocument() throws Exception {
        List<String> lines = ndjsonLines(run3(List.of("--json", "--changes", "-tan", "1")));
        assertEquals(3, lines.size());
        JsonNode first = JSON.readTree(lines.get(0));
        assertEquals("snapshot", first.get("kind").asText());
        assertEquals(2, first.get("sockets").size());

        JsonNode second = JSON.readTree(lines.get(1));
        assertEquals("changes", second.get("kind").asText());
        JsonNode events = second.get("changes");
        assertEquals(2, events.size(), events.toString());
        // The closed connection keeps its key though its inode became 0: a state change, not -/+.
        assertEquals("state_changed", events.get(0).get("event").asText());
        assertEquals("ESTABLISHED", events.get(0).get("previous_state").asText());
        assertEquals("FIN_WAIT_1", events.get(0).get("socket").get("state").asText());
        assertEquals(55670, events.get(0).get("socket").get("local_port").asInt());
        assertEquals("appeared", events.get(1).get("event").asText());
        assertEquals(7777, events.get(1).get("socket").get("local_port").asInt());
        assertEquals(second.get("collected_at"), events.get(0).get("at"));

        JsonNode third = JSON.readTree(lines.get(2));
        assertEquals("changes", third.get("kind").asText());
        assertEquals(0, third.get("changes").size());
    }

    @Test
    void changesInTablesArePrefixedRowsOfTheDialect() {
        String out = run3(List.of("--changes", "-tan", "1"));
        String[] lines = out.split("\n");
        assertEquals("Active Internet connections (servers and established)", lines[0]);
        assertTrue(lines[2].startsWith("tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN"),
                lines[2]);
        assertTrue(lines[3].contains("127.0.0.1:55670         127.0.0.1:5555          ESTABLISHED"), lines[3]);
        assertEquals(6, lines.length, out);
        String stamp = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ ";
        assertTrue(lines[4].matches(stamp + "~ tcp        1      0 127\\.0\\.0\\.1:55670         127\\.0\\.0\\.1:5555"
                + "          FIN_WAIT1   \\(was ESTABLISHED\\)"), lines[4]);
        assertTrue(lines[5].matches(stamp + "\\+ tcp        0      0 127\\.0\\.0\\.1:7777          0\\.0\\.0\\.0:\\*"
                + "               LISTEN     "), lines[5]);
    }

    @Test
    void changesNeedARepeatingSocketListing() {
        NetstatxRun once = NetstatxRun.of(List.of("--changes", "-tan"));
        assertEquals(ExitCodes.USAGE, once.status());
        assertEquals("netstatx: --changes needs an interval (a repeating listing)\n", once.err());
        assertEquals("", once.out());
    }

    private static List<Integer> ports(JsonNode sockets) {
        List<Integer> out = new ArrayList<>();
        sockets.forEach(s -> out.add(s.get("local_port").asInt()));
        return out;
    }
}
