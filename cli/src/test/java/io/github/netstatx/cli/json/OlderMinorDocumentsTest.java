package io.github.netstatx.cli.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A minor version only adds keys (docs/JSON.md), so a document of an older 1.x, which lacks them, reads: the
 * keys read as unknown. Made from a macOS capture's document (sockets with {@code bsd} objects) by removing
 * what 1.4 and 1.3 added to {@code bsd} and the root.
 */
class OlderMinorDocumentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ADDED_IN_1_4 = List.of("rx_packets", "tx_packets", "rx_dropped_bytes",
            "rx_dropped_packets");
    private static final List<String> ADDED_IN_1_3 = List.of("socket_address", "generation", "socket_flags",
            "socket_flags1", "use_count", "retain_count", "filter_flags");

    private static JsonNode current() throws Exception {
        NetstatxRun r = NetstatxRun.of(List.of("--replay", "../fixtures/macos/capture-13", "--json", "-an"));
        assertEquals(0, r.status(), r.err());
        return JSON.readTree(r.outUtf8());
    }

    private static byte[] asVersion(JsonNode doc, String version, List<String> bsdKeysAbsent) throws Exception {
        ObjectNode d = doc.deepCopy();
        d.put("schema_version", version);
        d.remove("memory_buffers");
        ((ObjectNode) d.get("query")).remove("memory_buffers");
        int withBsd = 0;
        for (JsonNode s : d.get("sockets")) {
            if (s.get("bsd").isObject()) {
                withBsd++;
                ((ObjectNode) s.get("bsd")).remove(bsdKeysAbsent);
            }
        }
        assertTrue(withBsd > 0, "the capture's sockets carry bsd objects");
        return JSON.writeValueAsBytes(d);
    }

    private static NetstatxRun read(byte[] doc, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("--input", "-"));
        all.addAll(List.of(args));
        return NetstatxRun.of(doc, all);
    }

    @Test
    void aVersion13DocumentReadsItsSocketsWithThe14CountsUnknown() throws Exception {
        JsonNode now = current();
        byte[] old = asVersion(now, "1.3", ADDED_IN_1_4);
        NetstatxRun apple = read(old, "--dialect", "macos", "-Aan");
        assertEquals(0, apple.status(), apple.err());
        assertEquals(read(JSON.writeValueAsBytes(now), "--dialect", "macos", "-Aan").out(), apple.out(),
                "-A prints nothing 1.4 added");
        NetstatxRun again = read(old, "--json", "-an");
        assertEquals(0, again.status(), again.err());
        for (JsonNode s : JSON.readTree(again.outUtf8()).get("sockets")) {
            if (s.get("bsd").isObject()) {
                for (String k : ADDED_IN_1_4) {
                    assertTrue(s.get("bsd").get(k).isNull(), k + " of " + s);
                }
            }
        }
    }

    @Test
    void aVersion12DocumentReadsToo() throws Exception {
        List<String> absent = new java.util.ArrayList<>(ADDED_IN_1_4);
        absent.addAll(ADDED_IN_1_3);
        NetstatxRun r = read(asVersion(current(), "1.2", absent), "--dialect", "macos", "-an");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("127.0.0.1.50000"), r.out());
    }
}
