package io.github.netstatx.cli.windows;

/** Fixed-width fields of netstat.exe's statistics and route layouts (all ASCII). */
final class WindowsColumns {

    private WindowsColumns() {
    }

    /** {@code s} padded with blanks to at least {@code width}. */
    static String left(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    /** {@code s} right-aligned in at least {@code width}. */
    static String right(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }
}
