package io.github.netstatx.cli.linux;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netstatx.cli.Netstatx;
import io.github.netstatx.cli.OutputSink;
import io.github.netstatx.cli.StopSignal;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.Backends;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs netstatx in-process on every golden scenario (the real backends, found by ServiceLoader, read
 * the captured root through {@code --fs-root}) and compares stdout, stderr and exit status byte for
 * byte with what net-tools netstat 2.10 printed for the same root.
 */
class LinuxDialectGoldenTest {

    /**
     * Cases where netstatx differs from 2.10 on purpose: {@code -I IFACE} and {@code --interfaces=IFACE} are
     * accepted (the older net-tools interface selection, see README); 2.10 rejects them. Their behaviour is
     * tested in {@code cli.views.LinuxViewsTest}.
     */
    private static final java.util.Set<String> NETSTATX_EXTENSIONS = java.util.Set.of("err-I", "err-ifeq");

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> matchesNetTools() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (GoldenScenario s : GoldenScenario.all()) {
            Path root = s.materialize(Files.createDirectories(tmp.resolve(s.name())));
            for (GoldenScenario.Case c : s.cases()) {
                if (NETSTATX_EXTENSIONS.contains(c.name())) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(c.toString(), () -> check(c, root)));
            }
        }
        return tests.stream();
    }

    private static void check(GoldenScenario.Case c, Path root) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Netstatx netstatx = new Netstatx(new OutputSink(out), new OutputSink(err), Map.of(), "Linux",
                Backends.discover(), BackendConfig.live(), StopSignal.manual(), false, Clock.systemUTC());
        List<String> args = new ArrayList<>(List.of("--fs-root", root.toString()));
        args.addAll(c.args());
        int status = netstatx.run(args);
        assertAll(
                () -> assertEquals(text(c.stdout()), text(out.toByteArray()), "stdout"),
                () -> assertEquals(text(c.stderr()), text(err.toByteArray()), "stderr"),
                () -> assertEquals(c.status(), status, "exit status"));
    }

    /** Bytes as text one-to-one, so a difference shows where it is. */
    private static String text(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }
}
