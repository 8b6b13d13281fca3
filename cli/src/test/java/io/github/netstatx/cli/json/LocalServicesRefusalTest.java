package io.github.netstatx.cli.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.cli.MainProcess;
import io.github.netstatx.core.testing.Prerequisites;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: the Windows, AIX and Apple dialects name ports from the local services database (as the native
 * tools do on their own machine). When that file is there but refused (here a FIFO bound over
 * {@code /etc/services} in a private mount namespace, so the system's file is untouched), the table shows
 * numbers and stderr says why, once.
 */
class LocalServicesRefusalTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"windows", "aix", "macos"})
    void aRefusedLocalServicesFileIsNamedOnce(String dialect) throws Exception {
        Prerequisites.requireRoot("unshare -m");
        Path doc = Files.writeString(dir.resolve("doc.json"), GoldenJsonTest.write(SampleFixtures.everything(), false));
        Path fifo = dir.resolve("services");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        List<String> argv = new ArrayList<>(List.of("unshare", "-m", "sh", "-c",
                "mount --bind \"$0\" /etc/services && exec \"$@\"", fifo.toString()));
        argv.addAll(MainProcess.argv(List.of("--input", doc.toString(), "--dialect", dialect, "-a")));
        Path out = dir.resolve("out");
        Path err = dir.resolve("err");
        Process p = new ProcessBuilder(argv).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "netstatx ended");
        String stderr = Files.readString(err);
        assertEquals(0, p.exitValue(), stderr);
        String line = "netstatx: cannot read /etc/services: is a FIFO, not a regular file; not read\n";
        assertEquals(1, stderr.split(line, -1).length - 1, "once: " + stderr);
        assertTrue(Files.size(out) > 0, "the listing is printed, with port numbers");
    }
}
