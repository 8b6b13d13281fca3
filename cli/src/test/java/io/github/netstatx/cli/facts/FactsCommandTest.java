package io.github.netstatx.cli.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.netstatx.cli.ExitCodes;
import io.github.netstatx.cli.json.NetstatxRun;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code netstatx --facts} end to end, in-process, on the backend-linux scenario "process-details": one
 * python3 holder of TCP 127.0.0.1:18080 and UDP [::1]:18081 that dropped root to uid 65534 after
 * opening them; its provenance records what {@code ps -o lstart,user} said at capture.
 */
class FactsCommandTest {

    private static final Path SCENARIO = Path.of("..", "backend-linux", "src", "test", "resources", "fixtures",
            "linux", "process-details");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Properties provenance() throws Exception {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(SCENARIO.resolve("fixture.properties"))) {
            p.load(r);
        }
        return p;
    }

    @Test
    void listenersWithPidStartTimeAndProcessUser() throws Exception {
        Properties p = provenance();
        String lstart = LocalDateTime.parse(p.getProperty("ps.lstart"),
                DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.ROOT)).toInstant(ZoneOffset.UTC).toString();
        NetstatxRun run = NetstatxRun.of(List.of("--fs-root", SCENARIO.toString(), "--facts"));
        assertEquals("", run.err());
        assertEquals(ExitCodes.OK, run.status());
        FactsSchema.assertValid(run.outUtf8(), "--facts");
        JsonNode f = JSON.readTree(run.outUtf8()).get("netstatx");
        String pid = p.getProperty("holder.pid");
        assertEquals(JSON.readTree("[{\"address\":\"127.0.0.1\",\"name\":\"python3\",\"pid\":" + pid + ",\"port\":18080,"
                + "\"protocol\":\"tcp\",\"stime\":\"" + lstart + "\",\"user\":\"" + p.getProperty("ps.user") + "\"}]"),
                f.get("tcp_listen"));
        assertEquals(JSON.readTree("[{\"address\":\"::1\",\"name\":\"python3\",\"pid\":" + pid + ",\"port\":18081,"
                + "\"protocol\":\"udp\",\"stime\":\"" + lstart + "\",\"user\":\"" + p.getProperty("ps.user") + "\"}]"),
                f.get("udp_listen"));
        JsonNode owner = f.get("listeners").get(0).get("owners").get(0);
        assertEquals("/usr/bin/python3.11", owner.get("path").asText());
        assertTrue(owner.get("start_time").asText().startsWith(lstart.substring(0, 19)), owner.toString());
        assertEquals("root", f.get("listeners").get(0).get("user").asText(), "the socket's own user");
    }

    @Test
    void ansibleLayoutAndOutputFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("netstatx.json");
        NetstatxRun run = NetstatxRun.of(List.of("--fs-root", SCENARIO.toString(), "--facts=ansible", "--output",
                file.toString()));
        assertEquals(ExitCodes.OK, run.status(), run.err());
        assertEquals("", run.out(), "with --output nothing goes to stdout");
        JsonNode f = JSON.readTree(Files.readString(file));
        assertEquals(18080, f.get("tcp_listen").get(0).get("port").asInt());
        FactsSchema.assertValid(Files.readString(file), "--facts=ansible");
    }

    @Test
    void badUsesAreRefusedWithAMessage() {
        NetstatxRun args = NetstatxRun.of(List.of("--fs-root", SCENARIO.toString(), "--facts", "-tln"));
        assertEquals(ExitCodes.USAGE, args.status());
        assertEquals("netstatx: --facts takes no netstat options (found '-tln')\n", args.err());
        NetstatxRun layout = NetstatxRun.of(List.of("--facts=puppet"));
        assertEquals(ExitCodes.USAGE, layout.status());
        assertEquals("netstatx: unknown facts layout 'puppet' for --facts (namespaced, ansible, listen_ports, listen_ports_all)\n", layout.err());
        NetstatxRun format = NetstatxRun.of(List.of("--facts", "--json"));
        assertEquals(ExitCodes.USAGE, format.status());
        assertEquals("", format.out());
    }
}
