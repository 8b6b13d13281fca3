package io.github.netstatx.backend.linux;

/**
 * Reads the boot time from {@code /proc/stat}.
 * <pre>
 * cpu  13871 0 6093 2335129 1188 0 263 0 0 0
 * intr 2071283 0 9 0 0 ...
 * ctxt 4120946
 * btime 1795335578
 * processes 27210
 * </pre>
 * {@code btime} is the boot time in whole seconds since the epoch.
 */
final class ProcStatParser {

    private ProcStatParser() {
    }

    /** Seconds since the epoch at boot, or {@code null} when there is no well-formed {@code btime} line. */
    static Long bootTimeSeconds(byte[] stat) {
        ProcLineCursor c = new ProcLineCursor(stat);
        while (c.nextLine()) {
            if (!c.lineStartsWith("btime ")) {
                continue;
            }
            c.skipField();
            c.blanks();
            long seconds = c.decimal();
            c.skipBlanks();
            return c.failed() || !c.atLineEnd() ? null : seconds;
        }
        return null;
    }
}
