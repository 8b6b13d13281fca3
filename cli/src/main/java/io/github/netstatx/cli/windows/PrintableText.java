package io.github.netstatx.cli.windows;

/**
 * Keeps names from the OS or the resolver (program names, paths, host names) on their own line: a
 * control character in a name would otherwise let it forge rows of the table.
 */
final class PrintableText {

    private PrintableText() {
    }

    /** {@code text} with every C0/C1 control character (and DEL) replaced by {@code ?}. */
    static String of(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                if (sb == null) {
                    sb = new StringBuilder(text);
                }
                sb.setCharAt(i, '?');
            }
        }
        return sb == null ? text : sb.toString();
    }
}
