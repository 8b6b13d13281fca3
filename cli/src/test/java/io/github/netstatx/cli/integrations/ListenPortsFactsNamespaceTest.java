package io.github.netstatx.cli.integrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.netstatx.cli.RealTools;
import io.github.netstatx.core.testing.Prerequisites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code netstatx --facts=listen_ports} against the real {@code community.general.listen_ports_facts} (Debian's
 * {@code ansible} package), run one after the other in a private network namespace that holds a known set of
 * listeners ({@code integrations/listen-ports-namespace.sh}): the module's {@code ansible_facts} and our document
 * must be equal, key for key and value for value (records compared in a fixed order, since the module lists
 * netstat's order and netstatx the backend's).
 */
class ListenPortsFactsNamespaceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void sameFactsAsTheModule(@TempDir Path work) throws Exception {
        Prerequisites.requireRoot("unshare -n (private network namespace)");
        RealTools.require("ansible", "ansible");
        RealTools.require("netstat", "net-tools");
        RealTools.require("unshare", "util-linux");
        Path python = RealTools.require("python3", "python3");
        Path driver = TestLauncher.resource("listen-ports-namespace.sh", work);
        RealTools.Result r = RealTools.run(List.of("unshare", "-n", "bash", driver.toString()), null, Map.of(
                "LPF_WORK", work.toString(),
                "LPF_PYTHON", python.toString(),
                "LPF_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "LPF_CP", System.getProperty("java.class.path")), 600);
        assertEquals("done\n", r.stdout(), "driver: " + r.stdout() + r.stderr());

        String module = Files.readString(work.resolve("out/module"));
        assertTrue(module.startsWith("localhost | SUCCESS => "), module + Files.readString(work.resolve("out/module.err")));
        JsonNode facts = JSON.readTree(module.substring(module.indexOf("=> ") + 3)).get("ansible_facts");
        JsonNode ours = JSON.readTree(Files.readString(work.resolve("out/ours")));
        assertEquals(List.of("tcp_listen", "udp_listen"), fieldNames(ours));
        for (String list : List.of("tcp_listen", "udp_listen")) {
            List<JsonNode> expected = sorted(facts.get(list));
            List<JsonNode> actual = sorted(ours.get(list));
            assertEquals(expected, actual, list + "\nmodule: " + facts + "\nours:   " + ours);
        }
        assertEquals(3, facts.get("tcp_listen").size(), "the namespace's three TCP listeners: " + facts);
        assertEquals(1, facts.get("udp_listen").size(), "and its UDP one: " + facts);
        assertTrue(facts.get("tcp_listen").get(0).get("stime").asText().matches("\\w{3} \\w{3} [ 1-3]\\d .*"),
                "the module's stime is ps's lstart text: " + facts);
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<JsonNode> sorted(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        out.sort(Comparator.comparing(JsonNode::toString));
        return out;
    }
}
