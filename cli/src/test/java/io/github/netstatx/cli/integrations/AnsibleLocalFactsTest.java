package io.github.netstatx.cli.integrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The Ansible hook, end to end with the real Ansible (Debian ansible-core): the shipped wrapper is
 * installed by {@code integrations/install-facts.sh} into a temporary fact_path, then
 * {@code ansible localhost -m setup -a fact_path=...} runs it (local connection, inventory
 * {@code localhost,}, HOME and every Ansible directory inside the test's temporary directory) and its
 * {@code ansible_local.netstatx.tcp_listen} must describe a listener this test opened.
 */
class AnsibleLocalFactsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void setupGathersTheListenerThroughTheFactFile(@TempDir Path tmp) throws Exception {
        Path ansible = RealTools.require("ansible", "ansible-core");
        Path factPath = Files.createDirectories(tmp.resolve("facts.d"));
        Path home = Files.createDirectories(tmp.resolve("home"));
        Path config = Files.writeString(tmp.resolve("ansible.cfg"), "[defaults]\n");
        Path tree = tmp.resolve("tree");
        Path launcher = TestLauncher.write(Files.createDirectories(tmp.resolve("bin")));
        Path userAnsible = Path.of(System.getProperty("user.home"), ".ansible");
        boolean userAnsibleExisted = Files.exists(userAnsible);

        TestLauncher.install("ansible", factPath, launcher);
        Path fact = factPath.resolve("netstatx.fact");
        assertTrue(Files.isExecutable(fact));

        try (ListenerUnderTest listener = new ListenerUnderTest()) {
            RealTools.Result run = RealTools.run(List.of(ansible.toString(), "localhost", "-i", "localhost,", "-c",
                    "local", "-t", tree.toString(), "-m", "setup", "-a", "fact_path=" + factPath + " filter=ansible_local"),
                    null, Map.of(
                            "HOME", home.toString(),
                            "ANSIBLE_CONFIG", config.toString(),
                            "ANSIBLE_LOCAL_TEMP", tmp.resolve("ansible-local").toString(),
                            "ANSIBLE_REMOTE_TEMP", tmp.resolve("ansible-remote").toString(),
                            "ANSIBLE_NOCOLOR", "1",
                            "ANSIBLE_PYTHON_INTERPRETER", "auto_silent"), 300);
            assertEquals(0, run.exitCode(), run.stdout() + run.stderr());
            JsonNode result = JSON.readTree(Files.readString(tree.resolve("localhost")));
            JsonNode facts = result.get("ansible_facts").get("ansible_local").get("netstatx");
            assertTrue(facts != null && facts.isObject(), "ansible_local.netstatx: " + result);
            listener.assertDescribedBy(listener.findIn(facts.get("tcp_listen")), "ansible_local.netstatx.tcp_listen");
            assertTrue(facts.get("listeners").isArray() && facts.get("listeners").size() >= 1);
            assertTrue(facts.get("udp_listen").isArray());
            assertFalse(run.stdout().contains("[WARNING]") || run.stderr().contains("Failure executing fact script"),
                    run.stdout() + run.stderr());
        }
        assertEquals(userAnsibleExisted, Files.exists(userAnsible), "nothing written to the real ~/.ansible");
    }
}
