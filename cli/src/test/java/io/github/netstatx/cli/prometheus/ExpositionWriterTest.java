package io.github.netstatx.cli.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.netstatx.cli.prometheus.ExpositionWriter.Type;
import org.junit.jupiter.api.Test;

class ExpositionWriterTest {

    @Test
    void familyHeaderComesWithItsFirstSampleAndNeverForAnEmptyFamily() {
        StringBuilder sb = new StringBuilder();
        ExpositionWriter w = new ExpositionWriter(sb);
        w.family("a_empty", Type.GAUGE, "never written");
        w.family("b_total", Type.COUNTER, "Help with a \\ backslash\nand a line feed.");
        w.sample(3, "k", "v");
        w.unsignedSample(-1L, "k", "w");
        w.family("c", Type.GAUGE, "No labels.");
        w.sample(-7);
        assertEquals("""
                # HELP b_total Help with a \\\\ backslash\\nand a line feed.
                # TYPE b_total counter
                b_total{k="v"} 3
                b_total{k="w"} 18446744073709551615
                # HELP c No labels.
                # TYPE c gauge
                c -7
                """, sb.toString());
    }

    @Test
    void labelValuesCannotForgeLinesOrBreakUtf8() {
        StringBuilder sb = new StringBuilder();
        ExpositionWriter w = new ExpositionWriter(sb);
        w.family("m", Type.GAUGE, "h");
        w.sample(1, "process", "evil\"} 1\nforged{x=\"", "path", "a\\b", "raw", "bad\udcffbyte", "pair", "\ud83d\ude00");
        String sample = sb.substring(sb.indexOf("\nm{") + 1);
        assertEquals("m{process=\"evil\\\"} 1.forged{x=\\\"\",path=\"a\\\\b\",raw=\"bad\uFFFDbyte\",pair=\"\ud83d\ude00\"} 1\n",
                sample);
    }

    @Test
    void namesAreChecked() {
        ExpositionWriter w = new ExpositionWriter(new StringBuilder());
        assertThrows(IllegalArgumentException.class, () -> w.family("1bad", Type.GAUGE, "h"));
        w.family("ok", Type.GAUGE, "h");
        assertThrows(IllegalStateException.class, () -> w.family("ok", Type.GAUGE, "twice"));
        assertThrows(IllegalArgumentException.class, () -> w.sample(1, "bad-name", "v"));
        assertThrows(IllegalArgumentException.class, () -> w.sample(1, "__reserved", "v"));
        assertThrows(IllegalArgumentException.class, () -> w.sample(1, "odd"));
    }
}
