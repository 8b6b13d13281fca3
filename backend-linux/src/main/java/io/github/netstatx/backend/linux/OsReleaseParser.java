package io.github.netstatx.backend.linux;

import io.github.netstatx.core.text.SurrogateEscape;

/**
 * Reads one variable from {@code os-release} (shell-style {@code KEY=value} lines).
 * <pre>
 * PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
 * NAME="Debian GNU/Linux"
 * VERSION_ID="12"
 * </pre>
 * Values may be unquoted, single-quoted, or double-quoted with backslash escapes for
 * {@code \" \\ \$ \`} (os-release(5)).
 */
final class OsReleaseParser {

    private OsReleaseParser() {
    }

    /** The value of {@code key}, or {@code null} when it is not set. */
    static String value(byte[] data, String key) {
        String text = SurrogateEscape.decode(data);
        for (String line : text.split("\n", -1)) {      // a few lines, read once: no hot path here
            if (line.startsWith(key + "=")) {
                return unquote(line.substring(key.length() + 1).strip());
            }
        }
        return null;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && v.charAt(0) == '\'' && v.endsWith("'")) {
            return v.substring(1, v.length() - 1);
        }
        if (v.length() >= 2 && v.charAt(0) == '"' && v.endsWith("\"")) {
            StringBuilder sb = new StringBuilder(v.length());
            for (int i = 1; i < v.length() - 1; i++) {
                char ch = v.charAt(i);
                if (ch == '\\' && i + 1 < v.length() - 1 && "\"\\$`".indexOf(v.charAt(i + 1)) >= 0) {
                    ch = v.charAt(++i);
                }
                sb.append(ch);
            }
            return sb.toString();
        }
        return v;
    }
}
