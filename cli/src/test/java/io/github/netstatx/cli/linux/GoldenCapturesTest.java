package io.github.netstatx.cli.linux;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netstatx.cli.ExternalCommands;
import io.github.netstatx.core.testing.Prerequisites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the golden expectations are net-tools' own output: runs the real {@code netstat} on each
 * scenario's captured root again ({@code src/test/capture/run-netstat.sh}: the root mounted over
 * {@code /proc} and {@code /etc} files in a private mount namespace) and compares with the committed
 * files. Needs root, unshare and net-tools 2.10.
 */
class GoldenCapturesTest {

    private static final Path RUN_NETSTAT = Path.of("src/test/capture/run-netstat.sh");

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> expectedOutputsAreRealNetstatOutputs() throws Exception {
        Prerequisites.requireRoot("unshare -m and mount --bind");
        Prerequisites.require(ExternalCommands.version("netstat", "-V").startsWith("net-tools 2.10"),
                "needs net-tools netstat 2.10 on PATH");
        List<DynamicTest> tests = new ArrayList<>();
        for (GoldenScenario s : GoldenScenario.all()) {
            Path cases = tmp.resolve(s.name() + ".cases");
            List<String> lines = new ArrayList<>();
            for (GoldenScenario.Case c : s.cases()) {
                lines.add(c.name() + " " + String.join(" ", c.args()));
            }
            Files.write(cases, lines);
            Path out = tmp.resolve(s.name());
            ExternalCommands.run(List.of("bash", RUN_NETSTAT.toString(), s.dir().toString(), cases.toString(),
                    out.toString()), Duration.ofSeconds(120));
            for (GoldenScenario.Case c : s.cases()) {
                Path got = out.resolve(c.name());
                tests.add(DynamicTest.dynamicTest(c.toString(), () -> {
                    assertArrayEquals(c.stdout(), Files.readAllBytes(got.resolve("stdout")), "stdout");
                    assertArrayEquals(c.stderr(), Files.readAllBytes(got.resolve("stderr")), "stderr");
                    assertEquals(c.status(), Integer.parseInt(Files.readString(got.resolve("status")).trim()));
                }));
            }
        }
        return tests.stream();
    }
}
