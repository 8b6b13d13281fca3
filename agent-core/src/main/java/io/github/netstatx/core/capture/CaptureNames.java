package io.github.netstatx.core.capture;

import java.util.List;
import java.util.Set;

/**
 * The naming rules every capture format shares. A name is a relative path with {@code /} between
 * segments, which is also where a recorded file lies below the capture directory; so that a capture made
 * on one OS can be unpacked and replayed on another, and a hostile one cannot reach outside its
 * directory, a name has no empty, {@code .} or {@code ..} segment, no backslash and no control
 * character, and is not one of the capture's own files.
 *
 * <p>Commands (AIX, fallbacks elsewhere) are named by their argv joined with single spaces
 * ({@code netstat -Aan}); their standard error and a non-zero exit status lie beside, under the same name
 * with {@link #STDERR_SUFFIX} and {@link #STATUS_SUFFIX}, and the standard input a command was given with
 * {@link #STDIN_SUFFIX}.
 */
public final class CaptureNames {

    /** The manifest. */
    public static final String MANIFEST = "capture.json";
    /** Links, listings, presences and failures; see {@link CaptureIndex}. */
    public static final String INDEX = "capture.index";
    /** Beside a command's output: its standard error, when it wrote any. */
    public static final String STDERR_SUFFIX = ".stderr";
    /** Beside a command's output: its exit status in decimal, when not 0. */
    public static final String STATUS_SUFFIX = ".status";
    /** Beside a command that was given standard input: that input, as it was given. */
    public static final String STDIN_SUFFIX = ".stdin";

    private static final Set<String> RESERVED = Set.of(MANIFEST, INDEX);

    private CaptureNames() {
    }

    /** Whether {@code name} follows the rules above. */
    public static boolean isValid(String name) {
        if (name == null || name.isEmpty() || RESERVED.contains(name)) {
            return false;
        }
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\' || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** {@code name}, checked. */
    public static String require(String name) {
        if (!isValid(name)) {
            throw new IllegalArgumentException("not a valid capture name: " + CaptureIndex.escape(String.valueOf(name)));
        }
        return name;
    }

    /** The name of a command's output: its argv joined with single spaces, under {@code prefix} (may be empty). */
    public static String command(String prefix, List<String> argv) {
        return require(prefix + String.join(" ", argv));
    }
}
