package io.github.netstatx.cli.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.netstatx.cli.JsonKeys;
import io.github.netstatx.cli.RealTools;
import io.github.netstatx.cli.json.NetstatxRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --format jc} against the real jc (Debian's jc 1.22.5): for every socket listing of the golden
 * scenarios, real {@code jc --netstat} parses what net-tools printed for the captured root and netstatx
 * writes its records for the same root and options; the two must be the same records, key order included,
 * except where jc is wrong:
 * <ul>
 *   <li>an address net-tools cut to fit its column (no {@code -W}): jc's value is a prefix of ours;</li>
 *   <li>a service name with digits ({@code x11}): jc strips the letters and adds {@code local_port_num: 11};
 *       we add no {@code _num} key for a service name;</li>
 *   <li>{@code -o} on a UDP row without a State: jc shifts the columns (state "off", timer "(0.00/0/0)");
 *       ours keep the state null and the whole timer.</li>
 * </ul>
 * With {@code -W} only the second can differ.
 */
class JcGoldenTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Keys holding a host:port half. */
    private static final Set<String> ADDRESS_KEYS = Set.of("local_address", "local_port", "foreign_address",
            "foreign_port");

    @TempDir
    Path tmp;

    @Test
    void sameRecordsAsRealJcOnRealNetstatOutput() throws Exception {
        Path jc = RealTools.require("jc", "jc");
        int compared = 0;
        int identical = 0;
        List<String> jcFailed = new ArrayList<>();
        for (GoldenScenario s : GoldenScenario.all()) {
            Path root = s.materialize(Files.createDirectories(tmp.resolve(s.name())));
            for (GoldenScenario.Case c : s.cases()) {
                if (c.status() != 0 || !isSocketListing(c.args())) {
                    continue;
                }
                RealTools.Result real = RealTools.run(List.of(jc.toString(), "--netstat"), c.stdout(),
                        Map.of("LC_ALL", "C.UTF-8"), 60);
                if (real.exitCode() != 0) {
                    jcFailed.add(c.name());    // jc 1.22.5 cannot parse some layouts at all (-aop)
                    continue;
                }
                List<String> args = new ArrayList<>(List.of("--fs-root", root.toString(), "--format", "jc"));
                args.addAll(c.args());
                NetstatxRun ours = NetstatxRun.of(args);
                assertEquals(c.status(), ours.status(), c + ": " + ours.err());
                if (compare(c, JSON.readTree(real.stdout()), JSON.readTree(ours.outUtf8()))) {
                    identical++;
                }
                compared++;
            }
        }
        assertTrue(compared >= 40, "compared " + compared + " listings");
        assertTrue(identical >= 15, "identical " + identical + " of " + compared);
        assertEquals(List.of("aop"), jcFailed, "listings jc could not parse");
    }

    /** True when identical; fails on any difference the class comment does not allow. */
    private static boolean compare(GoldenScenario.Case c, JsonNode jc, JsonNode ours) {
        assertEquals(jc.size(), ours.size(), c + ": record count");
        boolean wide = c.args().stream().anyMatch(a -> a.startsWith("-") && !a.startsWith("--") && a.contains("W"));
        boolean timers = c.args().stream().anyMatch(a -> a.startsWith("-") && !a.startsWith("--") && a.contains("o"));
        boolean identical = true;
        for (int i = 0; i < jc.size(); i++) {
            JsonNode j = jc.get(i);
            JsonNode o = ours.get(i);
            if (j.equals(o)) {
                assertEquals(JsonKeys.of(j), JsonKeys.of(o), c + " record " + i + ": key order");
                continue;
            }
            identical = false;
            String where = c + " record " + i + "\n jc:   " + j + "\n ours: " + o;
            List<String> jcKeys = new ArrayList<>(JsonKeys.of(j));
            List<String> ourKeys = new ArrayList<>(JsonKeys.of(o));
            for (String num : List.of("local_port_num", "foreign_port_num")) {
                String port = num.replace("_num", "");
                if (j.has(num) && !o.has(num) && !o.get(port).asText().matches("[0-9]+")) {
                    jcKeys.remove(num);        // jc's number from a service name's digits
                }
            }
            assertEquals(jcKeys, ourKeys, where);
            for (String k : ourKeys) {
                JsonNode jv = j.get(k);
                JsonNode ov = o.get(k);
                if (jv.equals(ov)) {
                    continue;
                }
                if (!wide && ADDRESS_KEYS.contains(k) && ov.asText().startsWith(jv.asText())) {
                    continue;                  // net-tools cut the address, jc took the cut text
                }
                if (timers && o.get("proto").asText().startsWith("udp") && jcShiftedTimer(k, jv, ov, o)) {
                    continue;                  // jc's column shift on a UDP row with a timer
                }
                fail(where + "\n differs in " + k);
            }
        }
        return identical;
    }

    /**
     * jc reads {@code off (0.00/0/0)} after an empty State as state {@code off} and timer
     * {@code (0.00/0/0)}: our state is null and our timer is the whole column.
     */
    private static boolean jcShiftedTimer(String key, JsonNode jcValue, JsonNode ourValue, JsonNode ours) {
        String timer = ours.get("timer").asText();
        return switch (key) {
            case "state" -> ourValue.isNull() && timer.startsWith(jcValue.asText() + " ");
            case "timer" -> timer.endsWith(" " + jcValue.asText());
            default -> false;
        };
    }


    /** A socket listing: not -i, -r, -s, -M, -g (jc's records cover the socket tables only). */
    private static boolean isSocketListing(List<String> args) {
        for (String a : args) {
            if (a.equals("--")) {
                break;
            }
            if (a.startsWith("-") && !a.startsWith("--") && a.chars().anyMatch(ch -> "irsMgVhIC".indexOf(ch) >= 0)) {
                return false;
            }
            if (a.startsWith("--") && List.of("--interfaces", "--route", "--statistics", "--masquerade",
                    "--groups", "--version", "--help").stream().anyMatch(a::startsWith)) {
                return false;
            }
        }
        return true;
    }
}
