package io.github.netstatx.cli;

/**
 * Text from the system (process names, socket paths) made safe for a table: every C0 control
 * character and DEL becomes {@code .}, so a name holding a line feed, carriage return or escape
 * sequence can neither forge a row nor drive the terminal. Other characters, including non-ASCII
 * ones and escaped raw bytes, are kept.
 */
public final class TerminalSafe {

    private TerminalSafe() {
    }

    /** {@code s} with C0 controls and DEL replaced by {@code .}; the same instance when there are none. */
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

    private static boolean isControl(char c) {
        return c < 0x20 || c == 0x7F;
    }
}
