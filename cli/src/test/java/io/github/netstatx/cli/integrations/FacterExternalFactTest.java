package io.github.netstatx.cli.integrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.netstatx.cli.RealTools;
import io.github.netstatx.cli.json.DocumentWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Facter hook, end to end with the real Facter (Debian facter 4.3): the shipped wrapper is installed
 * by {@code integrations/install-facts.sh} into a temporary external-facts directory, then
 * {@code facter --external-dir DIR -j netstatx} runs it; the structured fact {@code netstatx} must
 * describe a listener this test opened, and a dotted query must reach into it.
 */
class FacterExternalFactTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void externalFactCarriesTheListener(@TempDir Path tmp) throws Exception {
        Path facter = RealTools.require("facter", "facter");
        Path factsDir = Files.createDirectories(tmp.resolve("facts.d"));
        Path home = Files.createDirectories(tmp.resolve("home"));
        Path launcher = TestLauncher.write(Files.createDirectories(tmp.resolve("bin")));

        TestLauncher.install("facter", factsDir, launcher);
        assertTrue(Files.isExecutable(factsDir.resolve("netstatx.sh")));

        Map<String, String> env = Map.of("HOME", home.toString());
        try (ListenerUnderTest listener = new ListenerUnderTest()) {
            RealTools.Result run = RealTools.run(List.of(facter.toString(), "--external-dir", factsDir.toString(),
                    "--no-custom-facts", "--no-cache", "-j", "netstatx"), null, env, 300);
            assertEquals(0, run.exitCode(), run.stderr());
            assertTrue(!run.stderr().contains("netstatx"), "facter logged the fact's stderr: " + run.stderr());
            JsonNode fact = JSON.readTree(run.stdout()).get("netstatx");
            assertTrue(fact != null && fact.isObject(), run.stdout());
            listener.assertDescribedBy(listener.findIn(fact.get("tcp_listen")), "facter netstatx.tcp_listen");

            RealTools.Result dotted = RealTools.run(List.of(facter.toString(), "--external-dir", factsDir.toString(),
                    "--no-custom-facts", "--no-cache", "-j", "netstatx.schema_version"), null, env, 300);
            assertEquals(DocumentWriter.SCHEMA_VERSION,
                    JSON.readTree(dotted.stdout()).get("netstatx.schema_version").asText(), dotted.stdout());
        }
    }
}
