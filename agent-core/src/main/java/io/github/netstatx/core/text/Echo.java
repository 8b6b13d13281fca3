package io.github.netstatx.core.text;

/**
 * What a message may repeat of text it did not choose: a bad value, a file name from the command line or
 * from a planted tree. One rule for both: a bounded prefix, then {@code ...}, with every C0 control, DEL
 * and C1 control (U+0080 to U+009F) as {@code .}, so that a 100 KB argument gives one short line and a
 * name holding a line feed or an escape sequence can neither forge a line nor drive the terminal. Only
 * the bound differs: a value is shown for recognition, a file name must stay whole wherever a real one
 * can be (paths netstatx is given or builds are far shorter than 256 characters in practice).
 */
public final class Echo {

    /** The most characters of a bad value a message repeats. */
    public static final int VALUE_LENGTH = 64;

    /** The most characters of a file name a message repeats. */
    public static final int NAME_LENGTH = 256;

    private Echo() {
    }

    /** A bad value as a message repeats it: at most {@value #VALUE_LENGTH} characters. */
    public static String value(String s) {
        return prefix(s, VALUE_LENGTH);
    }

    /** A file name as a message repeats it: at most {@value #NAME_LENGTH} characters. */
    public static String name(String s) {
        return prefix(s, NAME_LENGTH);
    }

    private static String prefix(String s, int most) {
        return dotted(s.length() > most ? s.substring(0, most) + "..." : s);
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
