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
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code netstatx --facts=listen_ports} against the real {@code community.general.listen_ports_facts} (Debian's
 * {@code ansible} package), run one after the other in a private network namespace that holds a known set of
 * listeners ({@code integrations/listen-ports-namespace.sh}): the module's {@code ansible_facts} and our document
 * must be equal, key for key and value for value (records compared in a fixed order, since the module lists
 * netstat's order and netstatx the backend's). Then, with the namespace also holding established TCP connections
 * (an accepted and a connecting socket each), a TIME_WAIT one and a connected UDP socket, the module with
 * {@code include_non_listening: true} and {@code --facts=listen_ports_all} must agree the same way.
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

        JsonNode facts = sameAsModule(work, "module", "ours");
        assertEquals(3, facts.get("tcp_listen").size(), "the namespace's three TCP listeners: " + facts);
        assertEquals(1, facts.get("udp_listen").size(), "and its UDP one: " + facts);
        assertTrue(facts.get("tcp_listen").get(0).get("stime").asText().matches("\\w{3} \\w{3} [ 1-3]\\d .*"),
                "the module's stime is ps's lstart text: " + facts);

        JsonNode all = sameAsModule(work, "module_all", "ours_all");
        List<String> tcp = new ArrayList<>();
        all.get("tcp_listen").forEach(n -> tcp.add(n.get("state").asText() + " " + n.get("address").asText() + ":"
                + n.get("port").asText() + " " + n.get("foreign_address").asText() + (n.get("pid").asLong() > 0 ? " owned" : "")));
        for (String row : List.of("LISTEN 127.0.0.1:18080 0.0.0.0:* owned", "LISTEN ::1:18081 :::* owned",
                "ESTABLISHED 127.0.0.1:18090 ", "TIME_WAIT ")) {
            assertTrue(tcp.stream().anyMatch(t -> t.startsWith(row)), "the module saw " + row + ": " + tcp);
        }
        assertEquals(2, tcp.stream().filter(t -> t.startsWith("ESTABLISHED ") && t.contains(":18090")
                && t.endsWith(" owned")).count(), "both ends of the held connection, owned: " + tcp);
        assertTrue(all.get("udp_listen").toString().contains("\"foreign_address\":\"127.0.0.1:18082\""),
                "and the connected UDP socket: " + all);
    }

    /** The module's {@code ansible_facts} from {@code out/<module>}, after checking that {@code out/<ours>} equals it. */
    private static JsonNode sameAsModule(Path work, String moduleFile, String oursFile) throws Exception {
        String module = Files.readString(work.resolve("out/" + moduleFile));
        assertTrue(module.startsWith("localhost | SUCCESS => "),
                module + Files.readString(work.resolve("out/" + moduleFile + ".err")));
        JsonNode facts = JSON.readTree(module.substring(module.indexOf("=> ") + 3)).get("ansible_facts");
        JsonNode ours = JSON.readTree(Files.readString(work.resolve("out/" + oursFile)));
        assertEquals(List.of("tcp_listen", "udp_listen"), fieldNames(ours),
                oursFile + ": " + ours + Files.readString(work.resolve("out/" + oursFile + ".err")));
        for (String list : List.of("tcp_listen", "udp_listen")) {
            List<JsonNode> expected = sorted(facts.get(list));
            List<JsonNode> actual = sorted(ours.get(list));
            assertEquals(expected, actual, oursFile + " " + list + "\nmodule: " + facts + "\nours:   " + ours);
        }
        return facts;
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<JsonNode> sorted(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        // by content, not key order: ansible prints the module's keys sorted, netstatx in the module's insertion order
        out.sort(Comparator.comparing(n -> JSON.convertValue(n, TreeMap.class).toString()));
        return out;
    }
}
