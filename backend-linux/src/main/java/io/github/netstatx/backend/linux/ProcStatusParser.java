package io.github.netstatx.backend.linux;

/**
 * Reads the effective uid from {@code /proc/PID/status}.
 * <pre>
 * Name:	cat
 * Umask:	0022
 * State:	R (running)
 * Uid:	0	0	0	0
 * </pre>
 * The {@code Uid:} line holds the real, effective, saved and file-system uids, separated by tabs.
 */
final class ProcStatusParser {

    private ProcStatusParser() {
    }

    /** The effective uid, or {@code null} when the file has no readable {@code Uid:} line. */
    static Long effectiveUid(byte[] status) {
        ProcLineCursor c = new ProcLineCursor(status);
        while (c.nextLine()) {
            if (!c.lineStartsWith("Uid:")) {
                continue;
            }
            c.skipField();
            c.blanks();
            c.decimal();                              // real
            c.blanks();
            long effective = c.decimal();
            return c.failed() ? null : effective;
        }
        return null;
    }
}
