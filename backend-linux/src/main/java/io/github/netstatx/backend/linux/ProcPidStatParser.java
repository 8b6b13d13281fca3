package io.github.netstatx.backend.linux;

/**
 * Reads a process's start time from {@code /proc/PID/stat}.
 * <pre>
 * 27198 (cat) R 27196 27196 30240 0 -1 4194304 99 0 0 0 0 0 0 0 20 0 1 0 254974 3133440 382 ...
 * </pre>
 * Field 22, {@code starttime}, counts clock ticks since boot. Field 2 is the command name in
 * parentheses and may itself hold blanks and parentheses ({@code (a) b)}), so fields are counted
 * from the <em>last</em> {@code )} of the line, as procps does.
 */
final class ProcPidStatParser {

    /** {@code starttime} is field 22; field 3 ({@code state}) is the first one after the command name. */
    private static final int FIELDS_AFTER_COMM_TO_STARTTIME = 22 - 3;

    private ProcPidStatParser() {
    }

    /** Clock ticks from boot to the start of the process, or {@code null} when the line is malformed. */
    static Long startTicks(byte[] stat) {
        int end = stat.length;
        while (end > 0 && (stat[end - 1] == '\n' || stat[end - 1] == 0)) {
            end--;
        }
        int close = -1;
        for (int i = end - 1; i >= 0; i--) {
            if (stat[i] == ')') {
                close = i;
                break;
            }
        }
        if (close < 0) {
            return null;
        }
        int pos = close + 1;
        for (int field = 0; field <= FIELDS_AFTER_COMM_TO_STARTTIME; field++) {
            if (pos >= end || stat[pos] != ' ') {
                return null;
            }
            pos++;
            int start = pos;
            while (pos < end && stat[pos] != ' ') {
                pos++;
            }
            if (pos == start) {
                return null;
            }
            if (field == FIELDS_AFTER_COMM_TO_STARTTIME) {
                return unsignedDecimal(stat, start, pos);
            }
        }
        return null;
    }

    private static Long unsignedDecimal(byte[] b, int from, int to) {
        if (to - from > 18) {
            return null;
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return null;
            }
            v = v * 10 + (b[i] - '0');
        }
        return v;
    }
}
