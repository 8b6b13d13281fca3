package io.github.netstatx.cli;

import io.github.netstatx.core.text.Echo;

/**
 * Text from the system (process names, socket paths) made safe for a table: every C0 control
 * character, DEL and every C1 control character (U+0080 to U+009F) becomes {@code .}, so a name holding
 * a line feed, carriage return or escape sequence (ESC [ or its one-character form U+009B) can neither
 * forge a row nor drive the terminal. Other characters, including non-ASCII ones and escaped raw bytes,
 * are kept. The rule is {@link Echo}'s, which the backends' messages follow too.
 */
public final class TerminalSafe {

    private TerminalSafe() {
    }

    /** {@code s} with C0 controls, DEL and C1 controls replaced by {@code .}; the same instance when there are none. */
    public static String dotted(String s) {
        return Echo.dotted(s);
    }

    /** The most characters of a bad value an error message repeats. */
    public static final int EXCERPT_LENGTH = Echo.VALUE_LENGTH;

    /**
     * A bad value as an error message may repeat it: at most {@value #EXCERPT_LENGTH} characters, then
     * {@code ...}, controls dotted, so a 100 KB argument or a document's field gives one short line.
     */
    public static String excerpt(String s) {
        return Echo.value(s);
    }

    /** {@link #excerpt} in double quotes, for messages that repeat a bad value. */
    public static String quoted(String s) {
        return "\"" + excerpt(s) + "\"";
    }
}
