package io.github.netstatx.cli.integrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.netstatx.cli.JsonKeys;
import io.github.netstatx.cli.RealTools;
import io.github.netstatx.core.testing.Prerequisites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code netstatx --format jc} for the interface and routing tables against {@code netstat ARGS | jc --netstat},
 * both real (net-tools 2.10, jc 1.22.5), in a private network namespace with interfaces and routes of its own
 * ({@code integrations/jc-views-namespace.sh}). The records must be identical, key order included; where jc
 * reads nothing ({@code -rn6}: its title is not one jc knows; {@code -rC}) both give {@code []}.
 */
class JcViewsNamespaceTest {

    private static final List<String> INVOCATIONS = List.of("-i", "-in", "-ia", "-r", "-rn", "-rne", "-rn6",
            "-rn -A inet,inet6", "-rC");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void sameRecordsAsNetstatThroughJc(@TempDir Path work) throws Exception {
        Prerequisites.requireRoot("unshare -n (private network namespace)");
        Path jc = RealTools.require("jc", "jc");
        RealTools.require("netstat", "net-tools");
        RealTools.require("unshare", "util-linux");
        RealTools.require("ip", "iproute2");
        Path driver = TestLauncher.resource("jc-views-namespace.sh", work);
        Files.writeString(work.resolve("args"), String.join("\n", INVOCATIONS) + "\n");

        RealTools.Result r = RealTools.run(List.of("unshare", "-n", "bash", driver.toString()), null, Map.of(
                "JCNS_WORK", work.toString(),
                "JCNS_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "JCNS_CP", System.getProperty("java.class.path")), 300);
        assertEquals("done\n", r.stdout(), "driver: " + r.stdout() + r.stderr());

        int records = 0;
        for (int i = 0; i < INVOCATIONS.size(); i++) {
            String args = INVOCATIONS.get(i);
            Path out = work.resolve("out");
            byte[] netstat = Files.readAllBytes(out.resolve((i + 1) + ".netstat"));
            RealTools.Result parsed = RealTools.run(List.of(jc.toString(), "--netstat"), netstat,
                    Map.of("LC_ALL", "C.UTF-8"), 60);
            assertEquals(0, parsed.exitCode(), args + ": jc failed: " + parsed.stderr());
            JsonNode expected = JSON.readTree(parsed.stdout());
            String oursText = Files.readString(out.resolve((i + 1) + ".ours"));
            String why = "netstatx --format jc " + args + " vs netstat " + args + " | jc --netstat";
            assertEquals("", Files.readString(out.resolve((i + 1) + ".ours.err")), why + ": stderr");
            JsonNode ours = JSON.readTree(oursText);
            assertEquals(expected.size(), ours.size(), why + ": record count\n" + new String(netstat) + oursText);
            for (int k = 0; k < expected.size(); k++) {
                String record = why + ", record " + k;
                assertEquals(expected.get(k), ours.get(k), record);
                assertEquals(JsonKeys.of(expected.get(k)), JsonKeys.of(ours.get(k)), record + ": key order");
            }
            records += expected.size();
        }
        assertTrue(records >= 12, records + " records compared");
    }
}
