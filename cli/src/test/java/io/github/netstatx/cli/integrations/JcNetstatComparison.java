package io.github.netstatx.cli.integrations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.netstatx.cli.JsonKeys;
import io.github.netstatx.cli.RealTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the jc comparisons share: a driver script runs real netstat and netstatx one after the other in a fresh
 * {@code unshare -n} namespace for every line of {@code work/args}, leaving {@code out/N.netstat} and
 * {@code out/N.ours} (with {@code .err} beside each); then the real jc parses each netstat output here and its
 * records must equal ours, key order included.
 */
final class JcNetstatComparison {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path jc;
    private final Path work;

    JcNetstatComparison(Path jc, Path work) {
        this.jc = jc;
        this.work = work;
    }

    /** Writes the invocations, runs the driver in a new network namespace and checks that it finished. */
    void runDriver(Path driver, List<String> invocations, Map<String, String> extraEnv) throws Exception {
        Files.writeString(work.resolve("args"), String.join("\n", invocations) + "\n");
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("JCNS_WORK", work.toString());
        env.put("JCNS_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        env.put("JCNS_CP", System.getProperty("java.class.path"));
        RealTools.Result r = RealTools.run(List.of("unshare", "-n", "bash", driver.toString()), null, env, 900);
        assertEquals("done\n", r.stdout(), "driver: " + r.stdout() + r.stderr());
    }

    /**
     * jc's records from netstat's output of invocation {@code index} (0-based) against ours.
     *
     * @return how many records were compared
     */
    int compareRecords(int index, String why) throws Exception {
        byte[] netstat = Files.readAllBytes(output(index, "netstat"));
        RealTools.Result parsed = RealTools.run(List.of(jc.toString(), "--netstat"), netstat,
                Map.of("LC_ALL", "C.UTF-8"), 60);
        assertEquals(0, parsed.exitCode(), why + ": jc failed: " + parsed.stderr());
        JsonNode expected = JSON.readTree(parsed.stdout());
        String oursText = Files.readString(output(index, "ours"));
        JsonNode ours = JSON.readTree(oursText);
        assertEquals(expected.size(), ours.size(), why + ": record count\n" + new String(netstat) + oursText);
        for (int k = 0; k < expected.size(); k++) {
            String record = why + ", record " + k;
            assertEquals(expected.get(k), ours.get(k), record);
            assertEquals(JsonKeys.of(expected.get(k)), JsonKeys.of(ours.get(k)), record + ": key order");
        }
        return expected.size();
    }

    /** The text one tool wrote to stderr for invocation {@code index}: {@code tool} is netstat or ours. */
    String stderr(int index, String tool) throws IOException {
        return Files.readString(output(index, tool + ".err"));
    }

    private Path output(int index, String suffix) {
        return work.resolve("out").resolve((index + 1) + "." + suffix);
    }
}
