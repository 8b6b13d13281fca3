package io.github.netstatx.cli.linux;

import io.github.netstatx.core.text.SurrogateEscape;
import java.util.List;

/**
 * printf-style fields on a {@link StringBuilder}, without {@code String.format}. As C's printf,
 * widths and cuts count <em>bytes</em> of the output (UTF-8, escaped raw bytes as one byte each),
 * so a non-ASCII program name pads and cuts exactly as net-tools pads and cuts it.
 */
final class Columns {

    /** Runs of 0 to 64 blanks: a whole String is appended in bulk, a slice of one character by character. */
    private static final int LONGEST_RUN = 64;
    private static final List<String> BLANK_RUNS = blankRuns();
    private static final char ESCAPE_BASE = 0xDC00;

    private Columns() {
    }

    /** {@code %-Ns}: {@code s}, then blanks up to {@code width} bytes. */
    static void left(StringBuilder sb, CharSequence s, int width) {
        sb.append(s);
        blanks(sb, width - byteLength(s));
    }

    /** {@link #left(StringBuilder, CharSequence, int)} of a text known to be ASCII (one byte per character). */
    static void leftAscii(StringBuilder sb, String ascii, int width) {
        sb.append(ascii);
        blanks(sb, width - ascii.length());
    }

    /** {@code %Nd} and friends: blanks up to {@code width}, then {@code s} (ASCII). */
    static void right(StringBuilder sb, CharSequence s, int width) {
        blanks(sb, width - s.length());
        sb.append(s);
    }

    /** {@code %Nld}: a number right-aligned in {@code width}. */
    static void right(StringBuilder sb, long value, int width) {
        int digits = digits(value);
        blanks(sb, width - digits);
        sb.append(value);
    }

    /** {@code %-Nld}: a number left-aligned in {@code width}. */
    static void left(StringBuilder sb, long value, int width) {
        sb.append(value);
        blanks(sb, width - digits(value));
    }

    private static List<String> blankRuns() {
        String[] runs = new String[LONGEST_RUN + 1];
        for (int k = 0; k <= LONGEST_RUN; k++) {
            runs[k] = " ".repeat(k);
        }
        return List.of(runs);
    }

    static void blanks(StringBuilder sb, int n) {
        while (n > 0) {
            int k = Math.min(n, LONGEST_RUN);
            sb.append(BLANK_RUNS.get(k));
            n -= k;
        }
    }

    private static int digits(long v) {
        if (v >= 0 && v < 10) {
            return 1;
        }
        return Long.toString(v).length();
    }

    /** Bytes {@code s} takes in the output. */
    static int byteLength(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += bytesAt(s, i);
        }
        return n;
    }

    /**
     * The first {@code maxBytes} bytes of {@code s}, as C's {@code snprintf}/{@code strncpy} cut them:
     * a character cut in the middle leaves its first bytes, carried as escaped raw bytes.
     */
    static String cut(String s, int maxBytes) {
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            int n = bytesAt(s, i);
            if (bytes + n > maxBytes) {
                StringBuilder sb = new StringBuilder(s.length()).append(s, 0, i);
                appendPartial(sb, s, i, maxBytes - bytes);
                return sb.toString();
            }
            bytes += n;
        }
        return s;
    }

    private static void appendPartial(StringBuilder sb, String s, int i, int keep) {
        if (keep == 0) {
            return;
        }
        byte[] encoded = SurrogateEscape.encode(s.substring(i, i + charsAt(s, i)));
        for (int k = 0; k < keep; k++) {
            sb.append((char) (ESCAPE_BASE + (encoded[k] & 0xFF)));
        }
    }

    /** Bytes of the character at {@code i}; the low half of a surrogate pair counts 0. */
    private static int bytesAt(CharSequence s, int i) {
        char c = s.charAt(i);
        if (c < 0x80 || SurrogateEscape.isEscapedByte(c)) {
            return 1;
        }
        if (c < 0x800) {
            return 2;
        }
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            return 4;
        }
        if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1))) {
            return 0;
        }
        return 3;
    }

    private static int charsAt(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length()
                && Character.isLowSurrogate(s.charAt(i + 1)) ? 2 : 1;
    }
}
