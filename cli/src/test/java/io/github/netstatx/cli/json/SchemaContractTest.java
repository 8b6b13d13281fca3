package io.github.netstatx.cli.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schema is strict enough to catch what the contract forbids: each mutation of a valid document
 * below must be rejected by the validator (so a schema that accepts anything would fail here), and the
 * copy of the schema shipped in the jar is the published file.
 */
class SchemaContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode valid() throws IOException {
        return (ObjectNode) JSON.readTree(GoldenJsonTest.write(SampleFixtures.everything(), false));
    }

    private static ObjectNode socket(ObjectNode doc, int i) {
        return (ObjectNode) doc.withArray("/sockets").get(i);
    }

    static Stream<Arguments> mutations() {
        return Stream.of(
                Arguments.of("a port as a string", (Consumer<ObjectNode>) d -> socket(d, 0).put("local_port", "22")),
                Arguments.of("a missing documented key", (Consumer<ObjectNode>) d -> socket(d, 0).remove("inode")),
                Arguments.of("an undocumented key", (Consumer<ObjectNode>) d -> socket(d, 0).put("pid", 1)),
                Arguments.of("a platform word as canonical state",
                        (Consumer<ObjectNode>) d -> socket(d, 3).put("state", "SYN_RECV")),
                Arguments.of("-1 for an unknown queue", (Consumer<ObjectNode>) d -> socket(d, 0).put("recv_queue", -1)),
                Arguments.of("an address in brackets",
                        (Consumer<ObjectNode>) d -> socket(d, 2).put("local_address", "[::1]")),
                Arguments.of("an inet address on a UNIX socket",
                        (Consumer<ObjectNode>) d -> socket(d, 7).put("local_address", "127.0.0.1")),
                Arguments.of("a UNIX path on an inet socket",
                        (Consumer<ObjectNode>) d -> socket(d, 0).put("path", "/tmp/x")),
                Arguments.of("a major version 2", (Consumer<ObjectNode>) d -> d.put("schema_version", "2.0")),
                Arguments.of("an integer version", (Consumer<ObjectNode>) d -> d.put("schema_version", 1)),
                Arguments.of("a local time", (Consumer<ObjectNode>) d -> d.put("collected_at", "2026-11-22T09:34:02+01:00")),
                Arguments.of("sockets in a change document", (Consumer<ObjectNode>) d -> d.put("kind", "changes")),
                Arguments.of("a negative counter", (Consumer<ObjectNode>) d -> ((ObjectNode) d.withArray("/interfaces")
                        .get(0).get("counters")).put("rx_bytes", -5)),
                Arguments.of("a fractional statistics value", (Consumer<ObjectNode>) d -> ((ObjectNode) d
                        .withArray("/statistics").get(0).get("counters")).put("Forwarding", 1.5)),
                Arguments.of("an unknown diagnostic severity",
                        (Consumer<ObjectNode>) d -> ((ObjectNode) d.withArray("/diagnostics").get(0))
                                .put("severity", "fatal")));
    }

    @ParameterizedTest(name = "{0} is rejected")
    @MethodSource("mutations")
    void theSchemaRejects(String what, Consumer<ObjectNode> mutation) throws IOException {
        ObjectNode doc = valid();
        ContractSchema.assertValid(JSON.writeValueAsString(doc), "the unmutated document");
        mutation.accept(doc);
        assertFalse(ContractSchema.problems(JSON.writeValueAsString(doc)).isEmpty(), what + " was accepted");
    }

    @Test
    void theJarCarriesThePublishedSchema() throws IOException {
        assertEquals(Files.readString(ContractSchema.PUBLISHED, StandardCharsets.UTF_8), JsonSchemaResource.text());
    }
}
