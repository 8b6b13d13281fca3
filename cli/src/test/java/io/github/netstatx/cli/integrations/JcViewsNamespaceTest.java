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
 * {@code netstatx --format jc} for the interface and routing tables against {@code netstat ARGS | jc --netstat},
 * both real (net-tools 2.10, jc 1.22.5), in a private network namespace with interfaces and routes of its own
 * ({@code integrations/jc-views-namespace.sh}). The records must be identical, key order included; where jc
 * reads nothing ({@code -rn6}: its title is not one jc knows; {@code -rC}) both give {@code []}.
 */
class JcViewsNamespaceTest {

    private static final List<String> INVOCATIONS = List.of("-i", "-in", "-ia", "-r", "-rn", "-rne", "-rn6",
            "-rn -A inet,inet6", "-rC");

    @Test
    void sameRecordsAsNetstatThroughJc(@TempDir Path work) throws Exception {
        Prerequisites.requireRoot("unshare -n (private network namespace)");
        Path jc = RealTools.require("jc", "jc");
        RealTools.require("netstat", "net-tools");
        RealTools.require("unshare", "util-linux");
        RealTools.require("ip", "iproute2");
        Path driver = TestLauncher.resource("jc-views-namespace.sh", work);
        JcNetstatComparison comparison = new JcNetstatComparison(jc, work);
        comparison.runDriver(driver, INVOCATIONS, Map.of());

        int records = 0;
        for (int i = 0; i < INVOCATIONS.size(); i++) {
            String args = INVOCATIONS.get(i);
            String why = "netstatx --format jc " + args + " vs netstat " + args + " | jc --netstat";
            assertEquals("", comparison.stderr(i, "ours"), why + ": stderr");
            records += comparison.compareRecords(i, why);
        }
        assertTrue(records >= 12, records + " records compared");
    }
}
