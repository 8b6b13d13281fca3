package io.github.netstatx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TerminalSafeTest {

    @Test
    void c0DelAndC1ControlsBecomeDots() {
        assertEquals("a.b.c.d.e", TerminalSafe.dotted("a\nb\u001Bc\u007Fd\u009Be"));
        assertEquals("..", TerminalSafe.dotted("\u0080\u009F"));
    }

    @Test
    void printableTextAndRawBytesAreKept() {
        String s = "nginx: worker \u00A0é\uDC9B";   // NBSP, é and a raw byte 0x9B (not a character) stay
        assertSame(s, TerminalSafe.dotted(s));
    }

    @Test
    void anExcerptIsShortAndOneLine() {
        String e = TerminalSafe.excerpt("x".repeat(100_000) + "\n");
        assertEquals("x".repeat(64) + "...", e);
        assertEquals("\"a.b\"", TerminalSafe.quoted("a\nb"));
    }
}
