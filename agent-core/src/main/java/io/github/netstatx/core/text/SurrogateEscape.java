package io.github.netstatx.core.text;

import java.util.Arrays;

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

    /** The most bytes one character of a {@link CharSequence} encodes to (a surrogate pair: 4 for 2). */
    public static final int MAX_BYTES_PER_CHAR = 3;

    /** Encodes back to the original bytes. */
    public static byte[] encode(CharSequence s) {
        byte[] out = new byte[s.length() * MAX_BYTES_PER_CHAR];
        return Arrays.copyOf(out, encodeInto(s, 0, s.length(), out, 0));
    }

    /**
     * Encodes {@code s[from, to)} into {@code out} at {@code off}: UTF-8, with escaped bytes written back raw.
     * {@code out} must have room for {@value #MAX_BYTES_PER_CHAR} bytes per character. A surrogate pair
     * split by {@code to} is encoded as two unpaired surrogates would be (U+FFFD each), so callers cut
     * between pairs.
     *
     * @return the offset after the last byte written
     */
    public static int encodeInto(CharSequence s, int from, int to, byte[] out, int off) {
        char[] chars = new char[to - from];
        copyChars(s, from, to, chars);
        return encodeInto(chars, 0, chars.length, out, off);
    }

    /** Copies {@code s[from, to)} to the start of {@code dst}: in bulk from a {@code String} or {@code StringBuilder}. */
    public static void copyChars(CharSequence s, int from, int to, char[] dst) {
        if (s instanceof StringBuilder sb) {
            sb.getChars(from, to, dst, 0);
        } else if (s instanceof String str) {
            str.getChars(from, to, dst, 0);
        } else {
            for (int i = from; i < to; i++) {
                dst[i - from] = s.charAt(i);
            }
        }
    }

    /**
     * {@link #encodeInto(CharSequence, int, int, byte[], int)} of {@code chars[from, to)}: the form a sink with
     * a reusable character buffer calls, since a bulk {@code getChars} and a loop over an array cost a
     * fraction of a {@code charAt} call per character before the JIT has inlined anything (a one-shot
     * listing of 100,000 rows is over before it has).
     */
    public static int encodeInto(char[] chars, int from, int to, byte[] out, int off) {
        int o = off;
        int i = from;
        while (i < to) {
            char c = chars[i];
            if (c < 0x80) {
                out[o++] = (byte) c;
                i++;
                continue;
            }
            if (isEscapedByte(c)) {
                out[o++] = (byte) escapedByte(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(chars[i + 1])) {
                o = writeUtf8(Character.toCodePoint(c, chars[i + 1]), out, o);
                i++;
            } else if (Character.isSurrogate(c)) {
                o = writeUtf8(0xFFFD, out, o);
            } else {
                o = writeUtf8(c, out, o);
            }
            i++;
        }
        return o;
    }

    private static int writeUtf8(int cp, byte[] out, int o) {
        if (cp < 0x800) {
            out[o++] = (byte) (0xC0 | (cp >> 6));
            out[o++] = (byte) (0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out[o++] = (byte) (0xE0 | (cp >> 12));
            out[o++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            out[o++] = (byte) (0x80 | (cp & 0x3F));
        } else {
            out[o++] = (byte) (0xF0 | (cp >> 18));
            out[o++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
            out[o++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            out[o++] = (byte) (0x80 | (cp & 0x3F));
        }
        return o;
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
