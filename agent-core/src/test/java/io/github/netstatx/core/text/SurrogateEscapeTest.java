package io.github.netstatx.core.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SurrogateEscapeTest {

    @Test
    void validUtf8DecodesToItsCharacters() {
        byte[] b = "/run/ñandú/€/𝄞.sock".getBytes(StandardCharsets.UTF_8);
        assertEquals("/run/ñandú/€/𝄞.sock", SurrogateEscape.decode(b));
        assertArrayEquals(b, SurrogateEscape.encode(SurrogateEscape.decode(b)));
    }

    @Test
    void invalidBytesRoundTripExactly() {
        // Latin-1 "é" (0xE9) alone, a truncated 3-byte sequence, an overlong '/', and a UTF-8 encoded surrogate.
        byte[] b = {'a', (byte) 0xE9, 'b', (byte) 0xE2, (byte) 0x82, 'c', (byte) 0xC0, (byte) 0xAF,
            (byte) 0xED, (byte) 0xA0, (byte) 0x80};
        String s = SurrogateEscape.decode(b);
        assertEquals('a', s.charAt(0));
        assertTrue(SurrogateEscape.isEscapedByte(s.charAt(1)));
        assertEquals(0xE9, SurrogateEscape.escapedByte(s.charAt(1)));
        assertEquals(b.length, s.length(), "every invalid byte becomes one escape character");
        assertArrayEquals(b, SurrogateEscape.encode(s));
    }

    @Test
    void loneSurrogatesThatAreNotEscapesBecomeReplacementCharacters() {
        assertArrayEquals("\uFFFD".getBytes(StandardCharsets.UTF_8), SurrogateEscape.encode("\uD800"));
    }
}
