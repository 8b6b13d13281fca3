package io.github.netstatx.core.text;

import java.io.ByteArrayOutputStream;

/**
 * Lossless conversion between bytes from the operating system and Java strings.
 *
 * <p>Process names and socket paths are bytes, not text: they need not be valid UTF-8. Valid UTF-8
 * sequences decode to their characters; every byte that is not part of a valid sequence decodes to
 * the lone low surrogate {@code U+DC80 + (b - 0x80)} (the "surrogateescape" scheme). Encoding reverses
 * it exactly, so a table renderer can write back the bytes the kernel gave, and a JSON writer can
 * show them as backslash-u-DCXX escapes.
 */
public final class SurrogateEscape {

    private static final int ESCAPE_BASE = 0xDC00;

    private SurrogateEscape() {
    }

    /** Decodes {@code len} bytes from {@code off}. */
    public static String decode(byte[] bytes, int off, int len) {
        StringBuilder sb = new StringBuilder(len);
        int i = off;
        int end = off + len;
        while (i < end) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                sb.append((char) b);
                i++;
                continue;
            }
            int n = sequenceLength(bytes, i, end);
            if (n == 0) {
                sb.append((char) (ESCAPE_BASE + b));
                i++;
            } else {
                sb.appendCodePoint(codePoint(bytes, i, n));
                i += n;
            }
        }
        return sb.toString();
    }

    public static String decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    /** True when {@code c} stands for a raw byte that was not valid UTF-8. */
    public static boolean isEscapedByte(char c) {
        return c >= ESCAPE_BASE + 0x80 && c <= ESCAPE_BASE + 0xFF;
    }

    /** The raw byte an escaped character stands for. */
    public static int escapedByte(char c) {
        return c - ESCAPE_BASE;
    }

    /** Encodes back to the original bytes. */
    public static byte[] encode(CharSequence s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
        encodeTo(s, out);
        return out.toByteArray();
    }

    /** Encodes {@code s} onto {@code out}: UTF-8, with escaped bytes written back raw. */
    public static void encodeTo(CharSequence s, ByteArrayOutputStream out) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out.write(c);
            } else if (isEscapedByte(c)) {
                out.write(escapedByte(c));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                writeUtf8(Character.toCodePoint(c, s.charAt(i + 1)), out);
                i++;
            } else if (Character.isSurrogate(c)) {
                writeUtf8(0xFFFD, out);
            } else {
                writeUtf8(c, out);
            }
        }
    }

    private static void writeUtf8(int cp, ByteArrayOutputStream out) {
        if (cp < 0x800) {
            out.write(0xC0 | (cp >> 6));
            out.write(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out.write(0xE0 | (cp >> 12));
            out.write(0x80 | ((cp >> 6) & 0x3F));
            out.write(0x80 | (cp & 0x3F));
        } else {
            out.write(0xF0 | (cp >> 18));
            out.write(0x80 | ((cp >> 12) & 0x3F));
            out.write(0x80 | ((cp >> 6) & 0x3F));
            out.write(0x80 | (cp & 0x3F));
        }
    }

    /** Length of the valid UTF-8 sequence starting at {@code i}, or 0 when it is not valid. */
    private static int sequenceLength(byte[] b, int i, int end) {
        int b0 = b[i] & 0xFF;
        int n;
        int min;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            n = 2;
            min = 0x80;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            n = 3;
            min = 0x800;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            n = 4;
            min = 0x10000;
        } else {
            return 0;
        }
        if (i + n > end) {
            return 0;
        }
        for (int k = 1; k < n; k++) {
            if ((b[i + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        int cp = codePoint(b, i, n);
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return 0;
        }
        return n;
    }

    private static int codePoint(byte[] b, int i, int n) {
        int cp = b[i] & (0xFF >> (n + 1));
        for (int k = 1; k < n; k++) {
            cp = (cp << 6) | (b[i + k] & 0x3F);
        }
        return cp;
    }
}
