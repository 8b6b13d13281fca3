package io.github.netstatx.cli.linux;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netstatx.cli.json.ContractSchema;
import io.github.netstatx.cli.json.NetstatxRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * live -> {@code --json} -> {@code --input} renders byte for byte what the live run rendered, in both
 * dialects, for every captured golden scenario (the real Linux backend reads the captured root through
 * {@code --fs-root}; the saved-snapshot run gets the same root only for its name databases). Every
 * document written on the way must satisfy the published schema.
 */
class SavedSnapshotRoundTripTest {

    /** Windows-dialect command lines (numeric: name lookups would go to this machine's resolver). */
    private static final List<List<String>> WINDOWS_CASES = List.of(List.of("-an"), List.of("-ano"), List.of("-n"),
            List.of("-anop", "tcp"), List.of("-anop", "UDPv6"), List.of("-anb"), List.of("-anq"), List.of("-anot"),
            List.of("-any"), List.of("/an"), List.of("-nao", "-p", "TCPv6"));

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> linuxDialect() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (GoldenScenario s : GoldenScenario.all()) {
            Path root = s.materialize(Files.createDirectories(tmp.resolve(s.name())));
            for (GoldenScenario.Case c : s.cases()) {
                tests.add(DynamicTest.dynamicTest(c.toString(), () -> roundTrip(root, List.of(), c.args())));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> windowsDialect() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (GoldenScenario s : GoldenScenario.all()) {
            Path root = s.materialize(Files.createDirectories(tmp.resolve(s.name())));
            for (List<String> args : WINDOWS_CASES) {
                tests.add(DynamicTest.dynamicTest(s.name() + " --dialect windows " + String.join(" ", args),
                        () -> roundTrip(root, List.of("--dialect", "windows"), args)));
            }
        }
        return tests.stream();
    }

    /** The views capture (interfaces, routes, statistics, groups, masquerade) of the views fixtures. */
    private static final Path VIEWS = Path.of(System.getProperty("netstatx.fixtures", "../fixtures"), "views", "ns1");

    /** Windows-dialect views over the same capture. */
    private static final List<List<String>> WINDOWS_VIEW_CASES = List.of(List.of("-e"), List.of("-s"),
            List.of("-r"), List.of("-rn"), List.of("-s", "-p", "tcp"), List.of("-s", "-p", "UDPv6"), List.of("-e", "-s"));

    /** Every view of both dialects round-trips too: each command line the views capture recorded. */
    @TestFactory
    Stream<DynamicTest> views() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        Path tree = VIEWS.resolve("tree");
        try (Stream<Path> files = Files.list(VIEWS.resolve("netstat"))) {
            for (Path argsFile : files.filter(p -> p.toString().endsWith(".args")).sorted().toList()) {
                List<String> args = Files.readAllLines(argsFile).stream().filter(a -> !a.isEmpty()).toList();
                tests.add(DynamicTest.dynamicTest("ns1 " + String.join(" ", args),
                        () -> roundTrip(tree, List.of(), args)));
            }
        }
        for (List<String> args : WINDOWS_VIEW_CASES) {
            tests.add(DynamicTest.dynamicTest("ns1 --dialect windows " + String.join(" ", args),
                    () -> roundTrip(tree, List.of("--dialect", "windows"), args)));
        }
        return tests.stream();
    }

    /**
     * Golden documents written from the captured root by the real backend: the whole contract as it
     * comes out of a real collection, stable because the backend keeps the kernel's row order. The
     * collection time and the temporary root directory change from run to run; they are masked. Accept an intended
     * change with {@code -Dnetstatx.golden.update=true} and review the diff.
     */
    @TestFactory
    Stream<DynamicTest> fixtureDocumentsMatchTheirGoldens() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (GoldenScenario s : GoldenScenario.all()) {
            Path root = s.materialize(Files.createDirectories(tmp.resolve(s.name())));
            for (List<String> args : List.of(List.of("-aeop"), List.of("--dialect", "windows", "-ano"))) {
                String name = s.name() + String.join("", args).replace("--dialect", "-").replace(' ', '_') + ".json";
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    NetstatxRun json = run(root, List.of(), List.of("--json"), args);
                    assertEquals(0, json.status(), json.err());
                    // The collection time and the temporary root (in diagnostics' sources) change from run to run.
                    String doc = json.outUtf8().replace(root.toString(), "/FSROOT").replaceFirst("\"collected_at\": \"[^\"]*\"",
                            "\"collected_at\": \"2000-01-01T00:00:00Z\"");
                    ContractSchema.assertValid(doc, name);
                    Path golden = GOLDEN_JSON.resolve(name);
                    if (Boolean.getBoolean("netstatx.golden.update")) {
                        Files.writeString(golden, doc, StandardCharsets.UTF_8);
                    }
                    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), doc, name);
                }));
            }
        }
        return tests.stream();
    }

    private static final Path GOLDEN_JSON = Path.of("src/test/resources/io/github/netstatx/cli/json/golden");

    private void roundTrip(Path root, List<String> dialect, List<String> args) throws Exception {
        NetstatxRun live = run(root, dialect, List.of(), args);
        NetstatxRun json = run(root, dialect, List.of("--json"), args);
        if (json.out().isEmpty()) {
            // Usage errors, help and version never reach the data: the JSON run says what the live one said.
            assertEquals(live, json);
            return;
        }
        ContractSchema.assertValid(json.outUtf8(), "the --json document of " + args);
        Path saved = Files.createTempFile(tmp, "snapshot", ".json");
        Files.write(saved, json.out().getBytes(StandardCharsets.ISO_8859_1));
        NetstatxRun replay = run(root, dialect, List.of("--input", saved.toString()), args);
        assertAll(
                () -> assertEquals(live.out(), replay.out(), "stdout"),
                () -> assertEquals(live.err(), replay.err(), "stderr"),
                () -> assertEquals(live.status(), replay.status(), "exit status"));
    }

    private static NetstatxRun run(Path root, List<String> dialect, List<String> extra, List<String> args) {
        List<String> all = new ArrayList<>(List.of("--fs-root", root.toString()));
        all.addAll(dialect);
        all.addAll(extra);
        all.addAll(args);
        return NetstatxRun.of(all);
    }
}
