package io.github.netstatx.cli.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jackson is loaded only to read a saved snapshot: neither a table nor {@code --json} loads a single
 * Jackson class (its first use costs more than an idle listing). Checked in a fresh JVM with the class
 * loading log, over the views fixture tree.
 */
class JacksonOffThePathTest {

    private static final Path TREE = Path.of(System.getProperty("netstatx.fixtures", "../fixtures"), "views", "ns1",
            "tree");

    @TempDir
    Path tmp;

    private static String loadedClasses(List<String> args) throws Exception {
        List<String> argv = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:stderr", "-cp", System.getProperty("java.class.path"),
                "io.github.netstatx.cli.Main", "--fs-root", TREE.toString()));
        argv.addAll(args);
        Process p = new ProcessBuilder(argv).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String log = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), log.lines().filter(l -> !l.contains("class,load")).toList().toString());
        return log;
    }

    @Test
    void tablesAndJsonOutputLoadNoJacksonClassAndReadingASnapshotDoes() throws Exception {
        assertFalse(loadedClasses(List.of("-tan")).contains("com.fasterxml"), "a table loaded Jackson");
        assertFalse(loadedClasses(List.of("--json", "-tan")).contains("com.fasterxml"), "--json loaded Jackson");
        Path saved = tmp.resolve("saved.json");
        Files.writeString(saved, GoldenJsonTest.write(SampleFixtures.tcpListeners(), false));
        // The check can see Jackson when it is there.
        assertTrue(loadedClasses(List.of("--input", saved.toString(), "-tln")).contains("com.fasterxml.jackson.core"));
    }
}
