package io.github.netstatx.cli.integrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.cli.RealTools;
import io.github.netstatx.core.testing.Prerequisites;
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
        JcNetstatComparison comparison = new JcNetstatComparison(jc, work);
        comparison.runDriver(driver, INVOCATIONS, Map.of("JCNS_PYTHON", python.toString()));

        int records = 0;
        for (int i = 0; i < INVOCATIONS.size(); i++) {
            String args = INVOCATIONS.get(i);
            records += comparison.compareRecords(i,
                    "netstatx --format jc " + args + " vs netstat -W " + args + " | jc --netstat");
            assertEquals(comparison.stderr(i, "netstat"), comparison.stderr(i, "ours"), args + ": stderr");
        }
        assertTrue(records > 60, records + " records compared");
    }
}
