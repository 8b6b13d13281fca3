package io.github.netstatx.cli.json;

import java.time.Instant;

/**
 * A small streaming JSON writer (Jackson stays off the output path: its first write costs more than
 * a whole idle listing). It writes into a {@link StringBuilder} and keeps commas and layout itself.
 *
 * <p>Layout: containers opened at a depth below {@code prettyDepth} put each member on its own line,
 * indented by two spaces per level; deeper containers are written on one line. With
 * {@code prettyDepth} 0 the whole document is one line (NDJSON); with 2 a document reads as one
 * line per socket record.
 *
 * <p>Strings: {@code "}, {@code \}, control characters, U+2028/U+2029 and every lone surrogate are
 * escaped. A lone surrogate U+DC80..U+DCFF stands for a byte that was not valid UTF-8
 * ({@link io.github.netstatx.core.text.SurrogateEscape}), so it comes out as the escape
 * {@code \udc80}..{@code \udcff}: Python's {@code json.loads} plus {@code os.fsencode} (or
 * {@code .encode('utf-8', 'surrogateescape')}) gives back the original bytes, and so does this
 * project's reader. Everything else is written as the character itself (UTF-8 on the wire).
 */
public final class JsonWriter {

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final int MAX_DEPTH = 32;

    private final StringBuilder out;
    private final int prettyDepth;
    /** Per open container: has a member been written yet. */
    private final boolean[] hasMember = new boolean[MAX_DEPTH];
    private int depth;
    /** A member name was written and its value is due. */
    private boolean afterName;

    public JsonWriter(StringBuilder out, int prettyDepth) {
        this.out = out;
        this.prettyDepth = prettyDepth;
    }

    public JsonWriter beginObject() {
        return open('{');
    }

    public JsonWriter endObject() {
        return close('}');
    }

    public JsonWriter beginArray() {
        return open('[');
    }

    public JsonWriter endArray() {
        return close(']');
    }

    /** The name of the next object member. */
    public JsonWriter name(String name) {
        separate();
        quoted(name);
        out.append(pretty(depth - 1) ? ": " : ":");
        afterName = true;
        return this;
    }

    public JsonWriter value(String s) {
        if (s == null) {
            return nullValue();
        }
        separate();
        quoted(s);
        return this;
    }

    public JsonWriter value(long n) {
        separate();
        out.append(n);
        return this;
    }

    /** A number, or null. */
    public JsonWriter value(Number n) {
        if (n == null) {
            return nullValue();
        }
        separate();
        out.append(n.longValue());
        return this;
    }

    /** An unsigned 64-bit number held in a {@code long} (interface counters), or null. */
    public JsonWriter unsignedValue(Long n) {
        if (n == null) {
            return nullValue();
        }
        separate();
        out.append(Long.toUnsignedString(n));
        return this;
    }

    /** An instant as RFC 3339 UTC ({@code 2026-11-22T08:34:02.500Z}), or null. */
    public JsonWriter value(Instant i) {
        return value(i == null ? null : i.toString());
    }

    public JsonWriter value(boolean b) {
        separate();
        out.append(b);
        return this;
    }

    public JsonWriter value(Boolean b) {
        return b == null ? nullValue() : value(b.booleanValue());
    }

    public JsonWriter nullValue() {
        separate();
        out.append("null");
        return this;
    }

    /** True when the members of the object being written go on one line (it is nested below the layout's depth). */
    public boolean membersOnOneLine() {
        return depth > 0 && !pretty(depth - 1);
    }

    /**
     * Appends members that a writer of the same layout wrote before (a record's constant part, made once):
     * {@code fragment} begins with the comma after this object's last member. Only inside an object whose
     * members go on one line ({@link #membersOnOneLine()}) and that has a member already.
     */
    public JsonWriter members(String fragment) {
        if (afterName || !membersOnOneLine() || !hasMember[depth - 1]) {
            throw new IllegalStateException("members can only follow a member of a one-line object");
        }
        out.append(fragment);
        return this;
    }

    private JsonWriter open(char bracket) {
        separate();
        if (depth == MAX_DEPTH) {
            throw new IllegalStateException("JSON nested deeper than " + MAX_DEPTH);
        }
        out.append(bracket);
        hasMember[depth++] = false;
        return this;
    }

    private JsonWriter close(char bracket) {
        depth--;
        if (hasMember[depth] && pretty(depth)) {
            newline(depth);
        }
        out.append(bracket);
        return this;
    }

    /** Writes the comma and line break due before the next member or value. */
    private void separate() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (depth == 0) {
            return;
        }
        int level = depth - 1;
        if (hasMember[level]) {
            out.append(',');
        }
        hasMember[level] = true;
        if (pretty(level)) {
            newline(depth);
        }
    }

    private boolean pretty(int containerLevel) {
        return containerLevel < prettyDepth;
    }

    private void newline(int indent) {
        out.append('\n');
        for (int i = 0; i < indent; i++) {
            out.append("  ");
        }
    }

    private void quoted(String s) {
        out.append('"');
        int n = s.length();
        int clean = 0;
        while (clean < n && plain(s.charAt(clean))) {
            clean++;
        }
        // Most strings (every key, most values) need no escape at all: one bulk append. (A String appended
        // whole is copied in bulk; append(s, 0, clean) goes character by character.)
        if (clean == n) {
            out.append(s).append('"');
            return;
        }
        out.append(s, 0, clean);
        for (int i = clean; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        unicodeEscape(c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        // A lone surrogate cannot be written as UTF-8; the escape keeps it exactly.
                        unicodeEscape(c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** A character written as itself whatever follows it. */
    private static boolean plain(char c) {
        return c >= 0x20 && c != '"' && c != '\\' && c < 0x2028;
    }

    private void unicodeEscape(char c) {
        out.append("\\u").append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                .append(HEX[c & 0xF]);
    }
}
