package io.github.netstatx.cli.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    private static String string(String s) {
        StringBuilder sb = new StringBuilder();
        new JsonWriter(sb, 0).value(s);
        return sb.toString();
    }

    @Test
    void controlCharactersQuotesAndLineSeparatorsAreEscaped() {
        assertEquals("\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0000\\u001f\\u2028\\u2029\u007f\"",
                string("a\"b\\c\n\r\t\b\f\u0000\u001f\u2028\u2029\u007f"));
    }

    @Test
    void bytesThatWereNotUtf8BecomeSurrogateEscapesAndTextStaysText() {
        // U+DC80..U+DCFF stand for raw bytes (SurrogateEscape); they cannot be written as UTF-8.
        assertEquals("\"py\\udc80th\\udcffon\"", string("py\uDC80th\uDCFFon"));
        assertEquals("\"caf\u00e9 \ud83d\ude00 \u4e2d\"", string("caf\u00e9 \uD83D\uDE00 \u4e2d"));
        // Any other lone surrogate too, so the output is always valid UTF-8.
        assertEquals("\"\\ud800x\\udfff\"", string("\uD800x\uDFFF"));
    }

    @Test
    void layoutPutsRecordsOnTheirOwnLinesOrEverythingOnOne() {
        StringBuilder pretty = new StringBuilder();
        write(new JsonWriter(pretty, 2));
        assertEquals("{\n  \"a\": 1,\n  \"list\": [\n    {\"x\":null,\"y\":[]},\n    {\"x\":true,\"y\":[18446744073709551615]}\n"
                + "  ],\n  \"empty\": {},\n  \"t\": \"2026-11-22T08:00:00.500Z\"\n}", pretty.toString());
        StringBuilder line = new StringBuilder();
        write(new JsonWriter(line, 0));
        assertEquals("{\"a\":1,\"list\":[{\"x\":null,\"y\":[]},{\"x\":true,\"y\":[18446744073709551615]}],\"empty\":{},"
                + "\"t\":\"2026-11-22T08:00:00.500Z\"}", line.toString());
    }

    private static void write(JsonWriter w) {
        w.beginObject().name("a").value(1L).name("list").beginArray();
        w.beginObject().name("x").value((String) null).name("y").beginArray().endArray().endObject();
        w.beginObject().name("x").value(Boolean.TRUE).name("y").beginArray().unsignedValue(-1L).endArray().endObject();
        w.endArray().name("empty").beginObject().endObject();
        w.name("t").value(Instant.parse("2026-11-22T08:00:00.500Z")).endObject();
    }
}
