package io.github.netstatx.cli;

/**
 * Text from the system (process names, socket paths) made safe for a table: every C0 control
 * character, DEL and every C1 control character (U+0080 to U+009F) becomes {@code .}, so a name holding
 * a line feed, carriage return or escape sequence (ESC [ or its one-character form U+009B) can neither
 * forge a row nor drive the terminal. Other characters, including non-ASCII ones and escaped raw bytes,
 * are kept.
 */
public final class TerminalSafe {

    private TerminalSafe() {
    }

    /** {@code s} with C0 controls, DEL and C1 controls replaced by {@code .}; the same instance when there are none. */
    public static String dotted(String s) {
        int i = firstControl(s);
        if (i < 0) {
            return s;
        }
        char[] c = s.toCharArray();
        for (; i < c.length; i++) {
            if (isControl(c[i])) {
                c[i] = '.';
            }
        }
        return new String(c);
    }

    /** The most characters of a bad value an error message repeats. */
    public static final int EXCERPT_LENGTH = 64;

    /**
     * A bad value as an error message may repeat it: at most {@value #EXCERPT_LENGTH} characters, then
     * {@code ...}, controls dotted, so a 100 KB argument or a document's field gives one short line.
     */
    public static String excerpt(String s) {
        String head = s.length() > EXCERPT_LENGTH ? s.substring(0, EXCERPT_LENGTH) + "..." : s;
        return dotted(head);
    }

    /** {@link #excerpt} in double quotes, for messages that repeat a bad value. */
    public static String quoted(String s) {
        return "\"" + excerpt(s) + "\"";
    }

    private static int firstControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isControl(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * C0 controls, DEL and the C1 controls U+0080 to U+009F: a terminal obeys U+009B (CSI) as it obeys
     * ESC [. Raw bytes that are not UTF-8 are not characters here and are written back as they came.
     */
    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }
}
