package io.github.netstatx.cli.integrations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.netstatx.cli.RealTools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Ohai hook, end to end with the real Ohai (Debian ohai 16): the shipped plugin is installed by
 * {@code integrations/install-facts.sh ohai} into a temporary plugin directory, then
 * {@code ohai -d DIR netstatx/tcp_listen} must describe a listener this test opened.
 */
class OhaiPluginTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void pluginProvidesTheNetstatxAttribute(@TempDir Path tmp) throws Exception {
        Path ohai = RealTools.require("ohai", "ohai");
        Path plugins = Files.createDirectories(tmp.resolve("plugins"));
        Path home = Files.createDirectories(tmp.resolve("home"));
        Path launcher = TestLauncher.write(Files.createDirectories(tmp.resolve("bin")));

        TestLauncher.install("ohai", plugins, launcher);

        try (ListenerUnderTest listener = new ListenerUnderTest()) {
            RealTools.Result run = RealTools.run(List.of(ohai.toString(), "-d", plugins.toString(),
                    "netstatx/tcp_listen"), null, Map.of("HOME", home.toString()), 300);
            assertEquals(0, run.exitCode(), run.stdout() + run.stderr());
            JsonNode listen = JSON.readTree(run.stdout());
            listener.assertDescribedBy(listener.findIn(listen), "ohai netstatx/tcp_listen");
        }
    }
}
