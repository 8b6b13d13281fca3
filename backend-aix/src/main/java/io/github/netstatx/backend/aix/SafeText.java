package io.github.netstatx.backend.aix;

/**
 * Command output quoted inside a diagnostic: control characters become {@code \xNN} so a hostile socket
 * path or process name cannot forge lines of its own, and long lines are cut.
 */
final class SafeText {

    private static final int LIMIT = 200;

    private SafeText() {
    }

    static String quote(String line) {
        StringBuilder sb = new StringBuilder(Math.min(line.length(), LIMIT) + 2).append('"');
        for (int i = 0; i < line.length() && i < LIMIT; i++) {
            char c = line.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (line.length() > LIMIT) {
            sb.append("...");
        }
        return sb.append('"').toString();
    }
}
