package io.github.netstatx.backend.linux;

import java.nio.ByteOrder;

/**
 * Reads procfs text tables straight from their bytes, line by line and field by field, without
 * regular expressions, {@code String.split} or per-line strings: tables can hold 100,000 lines.
 *
 * <p>Usage: {@link #nextLine()} moves to the next line; the field readers then consume it from left
 * to right. A reader that finds something other than what it expects marks the line
 * {@link #failed()} and returns 0; callers read every field and check once at the end, so a
 * malformed line costs nothing extra and never throws.
 */
final class ProcLineCursor {

    private final byte[] data;
    private final int limit;
    private int next;
    private int lineStart;
    private int pos;
    private int end;
    private boolean failed;

    ProcLineCursor(byte[] data) {
        this.data = data;
        this.limit = data.length;
    }

    /** Moves to the next line; false when there is none. A final line without a newline counts. */
    boolean nextLine() {
        if (next >= limit) {
            return false;
        }
        lineStart = next;
        int nl = lineStart;
        while (nl < limit && data[nl] != '\n') {
            nl++;
        }
        end = nl;
        next = nl + 1;
        pos = lineStart;
        failed = false;
        return true;
    }

    /** True when the current line holds nothing but blanks. */
    boolean blankLine() {
        for (int i = lineStart; i < end; i++) {
            if (!isBlank(data[i])) {
                return false;
            }
        }
        return true;
    }

    /** True once any reader on this line met something it did not expect. */
    boolean failed() {
        return failed;
    }

    /** True when the current line, from its first byte, starts with the ASCII {@code prefix}. */
    boolean lineStartsWith(String prefix) {
        if (end - lineStart < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (data[lineStart + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** True when the whole line has been consumed. */
    boolean atLineEnd() {
        return pos >= end;
    }

    /** Skips blanks (spaces and tabs), if any. */
    void skipBlanks() {
        while (pos < end && isBlank(data[pos])) {
            pos++;
        }
    }

    /** Consumes at least one blank; fails when there is none (fields must be separated). */
    void blanks() {
        if (pos >= end || !isBlank(data[pos])) {
            failed = true;
            return;
        }
        skipBlanks();
    }

    /** Consumes exactly the byte {@code b}. */
    void expect(char b) {
        if (pos < end && data[pos] == b) {
            pos++;
        } else {
            failed = true;
        }
    }

    /** Consumes exactly one blank, if the line continues; true when it did. */
    boolean oneBlank() {
        if (pos < end && data[pos] == ' ') {
            pos++;
            return true;
        }
        return false;
    }

    /** Reads 1 to {@code maxDigits} hex digits (either case) as an unsigned number. */
    long hex(int maxDigits) {
        int start = pos;
        long v = 0;
        while (pos < end && pos - start < maxDigits) {
            int d = hexDigit(data[pos]);
            if (d < 0) {
                break;
            }
            v = (v << 4) | d;
            pos++;
        }
        if (pos == start) {
            failed = true;
            return 0;
        }
        return v;
    }

    /** Reads 1 to 18 decimal digits as an unsigned number. */
    long decimal() {
        int start = pos;
        long v = 0;
        while (pos < end && pos - start < 18 && data[pos] >= '0' && data[pos] <= '9') {
            v = v * 10 + (data[pos] - '0');
            pos++;
        }
        if (pos == start) {
            failed = true;
            return 0;
        }
        return v;
    }

    /** Reads a decimal number with an optional leading minus sign. */
    long signedDecimal() {
        if (pos < end && data[pos] == '-') {
            pos++;
            return -decimal();
        }
        return decimal();
    }

    /** Number of hex digits that start at the current position. */
    int hexRun() {
        int i = pos;
        while (i < end && hexDigit(data[i]) >= 0) {
            i++;
        }
        return i - pos;
    }

    /**
     * Reads an address printed as {@code words} groups of {@code %08X}, each group a 32-bit word of
     * the address in network order that the kernel printed as an integer of the host's byte order
     * ({@code 0100007F} is 127.0.0.1 on a little-endian host, {@code 7F000001} on a big-endian one).
     * Returns the address bytes in network order.
     */
    byte[] hexAddress(int words, ByteOrder hostOrder) {
        byte[] out = new byte[words * 4];
        if (hexRun() != words * 8) {
            failed = true;
            return out;
        }
        boolean little = hostOrder == ByteOrder.LITTLE_ENDIAN;
        for (int w = 0; w < words; w++) {
            int v = (int) hex(8);
            int o = w * 4;
            if (little) {
                out[o] = (byte) v;
                out[o + 1] = (byte) (v >>> 8);
                out[o + 2] = (byte) (v >>> 16);
                out[o + 3] = (byte) (v >>> 24);
            } else {
                out[o] = (byte) (v >>> 24);
                out[o + 1] = (byte) (v >>> 16);
                out[o + 2] = (byte) (v >>> 8);
                out[o + 3] = (byte) v;
            }
        }
        return out;
    }

    /** Skips a run of non-blank bytes (a field whose value is not needed). */
    void skipField() {
        int start = pos;
        while (pos < end && !isBlank(data[pos])) {
            pos++;
        }
        if (pos == start) {
            failed = true;
        }
    }

    /** Offset of the current position in the data. */
    int position() {
        return pos;
    }

    /** Offset just past the last byte of the current line (its newline excluded). */
    int lineEnd() {
        return end;
    }

    /** The underlying bytes (for callers that take a slice, such as a path). */
    byte[] data() {
        return data;
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t';
    }

    private static int hexDigit(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        return -1;
    }
}
