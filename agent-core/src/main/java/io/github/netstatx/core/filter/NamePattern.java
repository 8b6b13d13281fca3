package io.github.netstatx.core.filter;

/**
 * A program name to match: exactly, or as a glob when it has a {@code *} (any run of characters; a
 * {@code ?} in a glob is any one character). Case counts, as it does in the names the tables print.
 *
 * @param text the pattern as typed
 */
public record NamePattern(String text) {

    public NamePattern {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty name");
        }
    }

    /** True when this is a glob rather than an exact name. */
    public boolean glob() {
        return text.indexOf('*') >= 0;
    }

    public boolean matches(String name) {
        return glob() ? globMatches(0, name, 0) : text.equals(name);
    }

    /** Iterative wildcard match with one backtrack point: linear in practice, no regex built from user text. */
    private boolean globMatches(int p, String s, int i) {
        int star = -1;
        int resume = 0;
        while (i < s.length()) {
            if (p < text.length() && (text.charAt(p) == '?' || text.charAt(p) == s.charAt(i))) {
                p++;
                i++;
            } else if (p < text.length() && text.charAt(p) == '*') {
                star = p++;
                resume = i;
            } else if (star >= 0) {
                p = star + 1;
                i = ++resume;
            } else {
                return false;
            }
        }
        while (p < text.length() && text.charAt(p) == '*') {
            p++;
        }
        return p == text.length();
    }
}
