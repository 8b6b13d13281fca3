package io.github.netstatx.cli.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.cli.Sample;
import io.github.netstatx.core.model.Diagnostic;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bad saved snapshots get a message with the file, line, column and path of the problem. */
class DocumentReaderErrorTest {

    private static final String PRETTY = GoldenJsonTest.write(SampleFixtures.tcpListeners(), false);

    private static String error(String document) {
        return assertThrows(SnapshotFormatException.class,
                () -> new DocumentReader("web01.json").read(document.getBytes(StandardCharsets.UTF_8))).getMessage();
    }

    private static Sample read(String document) throws SnapshotFormatException {
        return new DocumentReader("web01.json").read(document.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void emptyInput() {
        assertEquals("web01.json: is empty: there is no JSON document in it", error(""));
        assertEquals("web01.json: is empty: there is no JSON document in it", error(" \n\n"));
    }

    @Test
    void aTruncatedDocumentSaysWhereItEnds() {
        String cut = PRETTY.substring(0, PRETTY.indexOf("\"sockets\": ["));
        String msg = error(cut);
        assertTrue(msg.startsWith("web01.json:"), msg);
        assertTrue(msg.endsWith(": the document ends in the middle (is the file truncated?)"), msg);
        int line = Integer.parseInt(msg.split(":")[1]);
        assertEquals(cut.split("\n", -1).length, line, msg);
    }

    @Test
    void anUnknownMajorVersionIsRefused() {
        String msg = error(PRETTY.replace("\"schema_version\": \"1.4\"", "\"schema_version\": \"2.0\""));
        assertEquals("web01.json:2:21: schema_version: schema version 2.0 is not supported: this netstatx reads 1.x"
                + " documents (it writes 1.4); use a netstatx release that reads major version 2", msg);
    }

    @Test
    void aNewerMinorVersionIsRead() throws Exception {
        Sample s = read(PRETTY.replace("\"schema_version\": \"1.4\"", "\"schema_version\": \"1.7\""));
        assertEquals(SampleFixtures.tcpListeners(), s);
    }

    @Test
    void aVersionOfTheWrongTypeOrShape() {
        assertEquals("web01.json:2:21: schema_version: expected a string, found an integer",
                error(PRETTY.replace("\"schema_version\": \"1.4\"", "\"schema_version\": 1")));
        assertEquals("web01.json:2:21: schema_version: \"v1\" is not a MAJOR.MINOR version",
                error(PRETTY.replace("\"schema_version\": \"1.4\"", "\"schema_version\": \"v1\"")));
    }

    @Test
    void aValueOfTheWrongTypeIsLocated() {
        String doc = PRETTY.replace("\"local_port\":22,", "\"local_port\":\"22\",");
        String msg = error(doc);
        int line = lineOf(doc, "\"local_port\":\"22\"");
        int column = doc.split("\n", -1)[line - 1].indexOf("\"22\"") + 1;
        assertEquals("web01.json:" + line + ":" + column + ": sockets[0].local_port: expected an integer, found a string",
                msg);
    }

    @Test
    void outOfRangeAndFractionalNumbers() {
        assertTrue(error(PRETTY.replace("\"local_port\":22,", "\"local_port\":70000,"))
                .endsWith("sockets[0].local_port: expected an integer from 0 to 65535, found 70000"));
        assertTrue(error(PRETTY.replace("\"local_port\":22,", "\"local_port\":22.0,"))
                .endsWith("sockets[0].local_port: expected an integer, found a number with a fraction"));
        assertTrue(error(PRETTY.replace("\"inode\":18188,", "\"inode\":-1,"))
                .endsWith("sockets[0].inode: expected an integer from 0 to 9223372036854775807, found -1"));
    }

    @Test
    void aMissingKeyNamesTheObject() {
        String msg = error(PRETTY.replace("\"inode\":18188,", ""));
        assertTrue(msg.matches("web01\\.json:\\d+:5: sockets\\[0\\]: the key \"inode\" is missing"), msg);
    }

    @Test
    void wrongWordsAndAddresses() {
        assertTrue(error(PRETTY.replace("\"state\":\"LISTEN\"", "\"state\":\"LISTENING\""))
                .endsWith("sockets[0].state: unknown TCP state \"LISTENING\""));
        assertTrue(error(PRETTY.replace("\"family\":\"ipv4\"", "\"family\":\"inet\""))
                .endsWith("sockets[0].family: unknown value \"inet\" (expected one of: ipv4, ipv6, unix)"));
        // A name, not a literal: refused without asking any resolver.
        assertTrue(error(PRETTY.replace("\"local_address\":\"0.0.0.0\"", "\"local_address\":\"localhost\""))
                .endsWith("sockets[0].local_address: not an address literal: \"localhost\""));
        assertTrue(error(PRETTY.replace("\"local_address\":\"0.0.0.0\"", "\"local_address\":\"[::1]\""))
                .endsWith("sockets[0].local_address: not an IPv6 address literal: \"[::1]\""));
    }

    @Test
    void notJsonAtAll() {
        String msg = error("Active Internet connections (only servers)\n");
        assertTrue(msg.startsWith("web01.json:1:1: not valid JSON: "), msg);
        assertEquals("web01.json:1:1: a netstatx document is a JSON object, not an array", error("[1, 2]"));
    }

    @Test
    void duplicateKeysAreRefused() {
        String msg = error(PRETTY.replace("\"kind\": \"snapshot\",", "\"kind\": \"snapshot\",\n  \"kind\": \"snapshot\","));
        assertTrue(msg.startsWith("web01.json:4:"), msg);
        assertTrue(msg.contains("Duplicate field 'kind'"), msg);
    }

    @Test
    void aStreamOfSeveralDocumentsIsRefused() {
        String one = GoldenJsonTest.write(SampleFixtures.tcpListeners(), true);
        String msg = error(one + one);
        assertTrue(msg.startsWith("web01.json:2:1: a second JSON document starts here"), msg);
    }

    @Test
    void aChangeDocumentIsRefused() {
        String changes = GoldenJsonTest.changeStream().split("\n")[1];
        assertTrue(error(changes).endsWith("kind: this is a change-event document; --input needs a full snapshot"
                + " (the first line of a --changes stream is one)"));
    }

    @Test
    void inconsistentDocuments() {
        assertTrue(error(PRETTY.replace("\"sockets\": {\"protocols\"", "\"sockets\": null, \"x\": {\"protocols\""))
                .endsWith("sockets: is present but query.sockets is null"));
        assertTrue(error(PRETTY.replace("\"protocol\":\"tcp\",\"family\":\"ipv4\"",
                "\"protocol\":\"tcp\",\"family\":\"unix\"")).endsWith("family unix does not go with protocol tcp"));
    }

    @Test
    void unknownKeysAndOpenEnumValuesOfANewerMinorAreTolerated() throws Exception {
        String newer = PRETTY
                .replace("\"schema_version\": \"1.4\"", "\"schema_version\": \"1.9\",\n  \"future_section\": [1, 2]")
                .replace("\"protocol\":\"tcp\",\"family\":\"ipv4\"", "\"protocol\":\"dccp\",\"family\":\"ipv4\",\"x\":{}");
        Sample s = read(newer);
        assertEquals(0, s.sockets().items().size());
        Diagnostic note = s.sockets().diagnostics().get(0);
        assertEquals("left out 1 sockets of protocols this netstatx does not know: dccp", note.message());
        assertEquals(1, note.count());
    }

    private static int lineOf(String doc, String needle) {
        String[] lines = doc.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not found");
    }
}
