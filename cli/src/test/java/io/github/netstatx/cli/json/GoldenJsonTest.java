package io.github.netstatx.cli.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netstatx.cli.OutputSink;
import io.github.netstatx.cli.Sample;
import io.github.netstatx.cli.changes.ChangeTracker;
import io.github.netstatx.cli.changes.SocketChange;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden JSON for the fixture samples: the writer must reproduce each golden byte for byte, and each
 * golden must satisfy the published schema. To accept an intended change of the output, run with
 * {@code -Dnetstatx.golden.update=true}, review the diff of the golden files and commit them.
 */
class GoldenJsonTest {

    private static final Path GOLDEN_DIR = Path.of("src/test/resources/io/github/netstatx/cli/json/golden");

    static Stream<Arguments> goldens() {
        return Stream.of(
                Arguments.of("everything.json", write(SampleFixtures.everything(), false)),
                Arguments.of("tcp-listeners.json", write(SampleFixtures.tcpListeners(), false)),
                Arguments.of("windows.json", write(SampleFixtures.windows(), false)),
                Arguments.of("stream-with-changes.ndjson", changeStream()));
    }

    static String write(Sample s, boolean oneLine) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputSink sink = new OutputSink(bytes);
        new DocumentWriter(sink, oneLine).snapshot(s);
        return flushed(sink, bytes);
    }

    private static String flushed(OutputSink sink, ByteArrayOutputStream bytes) {
        try {
            sink.flush();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Three samples of a --changes stream: full, then a connection closing and a new one, then nothing. */
    static String changeStream() {
        Sample first = SampleFixtures.tcpListeners();
        List<SocketEntry> rows = new ArrayList<>(SampleFixtures.linuxSockets().subList(0, 3));
        Sample s1 = withSockets(first, rows);
        List<SocketEntry> next = new ArrayList<>(rows);
        next.set(1, rows.get(1).toBuilder().state(TcpState.FIN_WAIT_1).platformState("FIN_WAIT1").stateCode(4)
                .inode(0L).build());
        next.remove(2);
        next.add(SampleFixtures.tcp4("127.0.0.1", 5000, "127.0.0.1", 43300, TcpState.ESTABLISHED, "ESTABLISHED", 1)
                .inode(20999L).build());
        Sample s2 = withSockets(first, next);
        Sample s3 = withSockets(first, next);
        ChangeTracker tracker = new ChangeTracker();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputSink sink = new OutputSink(bytes);
        DocumentWriter w = new DocumentWriter(sink, true);
        tracker.next(s1.sockets().items());
        w.snapshot(s1);
        List<SocketChange> c2 = tracker.next(s2.sockets().items());
        w.changes(at(s2, "2026-11-22T08:34:07.123456Z"), c2);
        List<SocketChange> c3 = tracker.next(s3.sockets().items());
        w.changes(at(s3, "2026-11-22T08:34:12.123456Z"), c3);
        return flushed(sink, bytes);
    }

    private static Sample withSockets(Sample s, List<SocketEntry> rows) {
        return new Sample(s.host(), s.backendId(), s.capabilities(), s.request(), s.collectedAt(),
                new io.github.netstatx.core.model.Snapshot<>(rows, List.of(), s.collectedAt()), null, null, null, null,
                null);
    }

    private static Sample at(Sample s, String instant) {
        java.time.Instant t = java.time.Instant.parse(instant);
        return new Sample(s.host(), s.backendId(), s.capabilities(), s.request(), t, s.sockets(), null, null, null,
                null, null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void writerReproducesTheGoldenAndTheGoldenMatchesTheSchema(String name, String actual) throws IOException {
        Path file = GOLDEN_DIR.resolve(name);
        if (Boolean.getBoolean("netstatx.golden.update")) {
            Files.createDirectories(GOLDEN_DIR);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        if (!Files.exists(file)) {
            throw new AssertionError("no golden " + file + " (run once with -Dnetstatx.golden.update=true)");
        }
        String golden = Files.readString(file, StandardCharsets.UTF_8);
        if (name.endsWith(".ndjson")) {
            ContractSchema.assertValidLines(golden, name);
        } else {
            ContractSchema.assertValid(golden, name);
        }
        assertEquals(golden, actual, name + " differs from its golden");
    }
}
