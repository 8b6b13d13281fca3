package io.github.netstatx.cli.linux;

import io.github.netstatx.cli.TerminalSafe;
import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.SocketEntry;

/**
 * The {@code -p} column: {@code PID/name} of the process holding the socket, cut to 19 bytes as
 * net-tools' {@code snprintf} into 20 bytes cuts it, or {@code -} when no owner is known.
 *
 * <p>net-tools keeps the first process it finds in {@code /proc} order, i.e. the lowest PID; with
 * several owners this column shows the lowest PID too, whatever order the backend found them in.
 * Control characters in the name print as {@code .} (net-tools after 2.10 does the same; 2.10 prints
 * them raw, which lets a process name forge table rows). PID 0 is how Windows says no process owns a
 * socket (TIME_WAIT); Linux has no process 0, so net-tools' {@code -} says it best.
 */
final class ProgramColumn {

    /** net-tools' {@code PROGNAME_WIDTH}: 20 bytes including the terminating NUL. */
    static final int WIDTH = 20;

    private ProgramColumn() {
    }

    static String text(SocketEntry e) {
        ProcessRef owner = lowestPid(e);
        if (owner == null || owner.pid() == 0) {
            return "-";
        }
        String name = owner.name() == null ? "" : TerminalSafe.dotted(owner.name());
        return Columns.cut(owner.pid() + "/" + name, WIDTH - 1);
    }

    private static ProcessRef lowestPid(SocketEntry e) {
        ProcessRef best = null;
        for (ProcessRef p : e.owners()) {
            if (p.role() == ProcessRef.Role.OWNER && (best == null || p.pid() < best.pid())) {
                best = p;
            }
        }
        return best != null ? best : e.firstOwner();
    }
}
