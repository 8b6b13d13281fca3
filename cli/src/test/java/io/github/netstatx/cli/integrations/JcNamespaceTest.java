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
 * {@code netstatx --format jc ARGS} against {@code netstat -W ARGS | jc --netstat}, both real (net-tools
 * 2.10, jc 1.22.5), on the same live sockets: a private network namespace ({@code unshare -n}, so root)
 * holds the socket set of {@code integrations/jc-sockets.py}; both tools run in it one after the other;
 * jc then parses netstat's output here (it only reads text). The records must be identical, key order
 * included.
 */
class JcNamespaceTest {

    /** The invocations compared; each is one line of arguments. */
    private static final List<String> INVOCATIONS = List.of("-tulpn", "-tuanp", "-tuanpe", "-an", "-x", "-xa",
            "-xap", "-tln", "-uan", "-wan", "-tua", "-tulpe");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void sameRecordsAsNetstatWideThroughJc(@TempDir Path work) throws Exception {
        Prerequisites.requireRoot("unshare -n (private network namespace)");
        Path jc = RealTools.require("jc", "jc");
        RealTools.require("netstat", "net-tools");
        RealTools.require("unshare", "util-linux");
        RealTools.require("ip", "iproute2");
        Path python = RealTools.require("python3", "python3");
        Path driver = TestLauncher.resource("jc-namespace.sh", work);
        TestLauncher.resource("jc-sockets.py", work);
        Files.writeString(work.resolve("args"), String.join("\n", INVOCATIONS) + "\n");

        RealTools.Result r = RealTools.run(List.of("unshare", "-n", "bash", driver.toString()), null, Map.of(
                "JCNS_WORK", work.toString(),
                "JCNS_PYTHON", python.toString(),
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
            JsonNode ours = JSON.readTree(Files.readString(out.resolve((i + 1) + ".ours")));
            String why = "netstatx --format jc " + args + " vs netstat -W " + args + " | jc --netstat";
            assertEquals(expected.size(), ours.size(), why + ": record count\n" + new String(netstat) + ours);
            for (int k = 0; k < expected.size(); k++) {
                String record = why + ", record " + k;
                assertEquals(expected.get(k), ours.get(k), record);
                assertEquals(JsonKeys.of(expected.get(k)), JsonKeys.of(ours.get(k)), record + ": key order");
            }
            assertEquals(Files.readString(out.resolve((i + 1) + ".netstat.err")),
                    Files.readString(out.resolve((i + 1) + ".ours.err")), args + ": stderr");
            records += expected.size();
        }
        assertTrue(records > 60, records + " records compared");
    }

}
