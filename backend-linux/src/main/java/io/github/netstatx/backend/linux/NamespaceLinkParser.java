package io.github.netstatx.backend.linux;

/**
 * Reads the target of a namespace link, {@code /proc/PID/ns/net} or {@code /proc/thread-self/ns/net}:
 *
 * <pre>
 * net:[4026532283]
 * </pre>
 */
final class NamespaceLinkParser {

    private NamespaceLinkParser() {
    }

    /** The inode number of a {@code net:[N]} link target, or null when the text is not one. */
    static Long inode(String target) {
        if (!target.startsWith("net:[") || !target.endsWith("]") || target.length() < 7 || target.length() > 26) {
            return null;
        }
        String digits = target.substring(5, target.length() - 1);
        return digits.chars().allMatch(c -> c >= '0' && c <= '9') ? Long.valueOf(digits) : null;
    }
}
