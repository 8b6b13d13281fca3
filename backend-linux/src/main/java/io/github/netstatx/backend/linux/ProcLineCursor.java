package io.github.netstatx.backend.linux;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Reads procfs text tables straight from their bytes, line by line and field by field, without
 * regular expressions, {@code String.split} or per-line strings: tables can hold 100,000 lines.
 *
 * <p>Usage: {@link #nextLine()} moves to the next line; the field readers then consume it from left
 * to right. A reader that finds something other than what it expects marks the line
 * {@link #failed()} and returns 0; callers read every field and check once at the end, so a
 * malformed line costs nothing extra and never throws.
 *
 * <p>A one-shot CLI parses a large table before the JIT has compiled anything, so the loops are
 * written for the interpreter too: fields are copied into locals and hex digits come from a table.
 *
 * <p>A cursor over a stream ({@link #ProcLineCursor(InputStream)}) holds one window of the file at a time
 * and reads on when no complete line is left in it, so a table of a million lines is parsed in a buffer of
 * {@value #WINDOW} bytes (larger only for a longer line). A read error ends the lines with an
 * {@link UncheckedIOException} carrying it.
 */
final class ProcLineCursor {

    /** Value of each byte as a hex digit, or -1. */
    private static final byte[] HEX = new byte[256];
    /** Value of each byte as a decimal digit, or -1. */
    private static final byte[] DECIMAL = new byte[256];

    static {
        java.util.Arrays.fill(HEX, (byte) -1);
        java.util.Arrays.fill(DECIMAL, (byte) -1);
        for (int i = 0; i < 10; i++) {
            HEX['0' + i] = (byte) i;
            DECIMAL['0' + i] = (byte) i;
        }
        for (int i = 0; i < 6; i++) {
            HEX['A' + i] = (byte) (10 + i);
            HEX['a' + i] = (byte) (10 + i);
        }
    }

    /** Bytes a stream cursor reads at a time: many lines per read call, small enough to stay in cache. */
    static final int WINDOW = 64 * 1024;

    private final InputStream in;
    private byte[] data;
    private int limit;
    private boolean eof;
    private int next;
    private int lineStart;
    private int pos;
    private int end;
    private boolean failed;

    /** A cursor over bytes already read. */
    ProcLineCursor(byte[] data) {
        this.in = null;
        this.data = data;
        this.limit = data.length;
        this.eof = true;
    }

    /** A cursor that reads {@code in} window by window as the lines are consumed; it does not close it. */
    ProcLineCursor(InputStream in) {
        this.in = in;
        this.data = new byte[WINDOW];
    }

    /**
     * Moves to the next line; false when there is none. A final line without a newline counts.
     *
     * @throws UncheckedIOException when reading the stream failed
     */
    boolean nextLine() {
        int nl = next;
        while (true) {
            byte[] d = data;
            int lim = limit;
            while (nl < lim && d[nl] != '\n') {
                nl++;
            }
            if (nl < lim || eof) {
                break;
            }
            nl = refill(nl);
        }
        if (next >= limit) {
            return false;
        }
        lineStart = next;
        end = nl;
        next = nl + 1;
        pos = lineStart;
        failed = false;
        return true;
    }

    /**
     * Keeps the unfinished line (from {@code next}), reads more after it, and returns where the search for its
     * end goes on. The window grows only when one line fills it.
     */
    private int refill(int searched) {
        int keep = limit - next;
        if (next > 0) {
            System.arraycopy(data, next, data, 0, keep);
        } else if (keep == data.length) {
            data = Arrays.copyOf(data, data.length * 2);
        }
        int resume = searched - next;
        next = 0;
        limit = keep;
        try {
            int r = in.read(data, limit, data.length - limit);
            if (r < 0) {
                eof = true;
            } else {
                limit += r;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return resume;
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
        byte[] d = data;
        int p = pos;
        int e = end;
        while (p < e && (d[p] == ' ' || d[p] == '\t')) {
            p++;
        }
        pos = p;
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
        return number(HEX, 16, maxDigits);
    }

    /** Reads 1 to 18 decimal digits as an unsigned number. */
    long decimal() {
        return number(DECIMAL, 10, 18);
    }

    /** Reads 1 to {@code maxDigits} digits whose values {@code digits} gives (-1: not a digit). */
    private long number(byte[] digits, int radix, int maxDigits) {
        byte[] d = data;
        int start = pos;
        int p = start;
        int stop = Math.min(end, start + maxDigits);
        long v = 0;
        while (p < stop) {
            int digit = digits[d[p] & 0xFF];
            if (digit < 0) {
                break;
            }
            v = v * radix + digit;
            p++;
        }
        pos = p;
        if (p == start) {
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

    /**
     * A number as glibc's {@code scanf("%d")} reads it into an {@code int}, which is how net-tools reads
     * the uid column: an optional sign and any number of digits, saturating at the range of {@code long}
     * ({@code strtol}), of which the low 32 bits are kept. So {@code -5} is -5, and both
     * {@code 4294967295} and a 20-digit number are -1.
     */
    int scanfInt() {
        boolean negative = false;
        if (pos < end && (data[pos] == '-' || data[pos] == '+')) {
            negative = data[pos] == '-';
            pos++;
        }
        int start = pos;
        long v = 0;
        boolean saturated = false;
        while (pos < end && data[pos] >= '0' && data[pos] <= '9') {
            int digit = data[pos] - '0';
            if (!saturated) {
                if (v > (Long.MAX_VALUE - digit) / 10) {
                    saturated = true;
                } else {
                    v = v * 10 + digit;
                }
            }
            pos++;
        }
        if (pos == start) {
            failed = true;
            return 0;
        }
        if (saturated) {
            v = negative ? Long.MIN_VALUE : Long.MAX_VALUE;
        } else if (negative) {
            v = -v;
        }
        return (int) v;
    }

    /** Number of hex digits that start at the current position. */
    int hexRun() {
        byte[] d = data;
        int e = end;
        int i = pos;
        while (i < e && HEX[d[i] & 0xFF] >= 0) {
            i++;
        }
        return i - pos;
    }

    /**
     * Reads an address printed as {@code words} groups of {@code %08X} into {@code out[0..words)}, each
     * group as the integer the kernel printed (the caller knows the host's byte order). Fails unless there
     * are exactly {@code words * 8} hex digits.
     */
    void hexWords(int words, int[] out) {
        if (hexRun() != words * 8) {
            failed = true;
            return;
        }
        for (int w = 0; w < words; w++) {
            out[w] = (int) hex(8);
        }
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
}
