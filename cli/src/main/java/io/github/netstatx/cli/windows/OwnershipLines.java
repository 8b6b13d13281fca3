package io.github.netstatx.cli.windows;

import io.github.netstatx.cli.TerminalSafe;
import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import java.util.List;

/**
 * The lines {@code -b} prints under a row (reference windows.md §2.3): the component (service or
 * module) with two leading spaces when one is known, then the executable in brackets with one
 * leading space, or {@code  Can not obtain ownership information} when the owner cannot be seen.
 *
 * <p>The executable is the base name of the first owner's image path (on Linux, of
 * {@code /proc/PID/exe}), else its process name. TIME_WAIT rows belong to no process on any OS and
 * get no ownership line (what third-party parsers of real output assume).
 */
public final class OwnershipLines {

    /** netstat.exe's text when the owner of a socket cannot be seen. */
    public static final String UNKNOWN_OWNER = " Can not obtain ownership information";

    private OwnershipLines() {
    }

    /** The lines to print below the row of {@code e}. */
    public static List<String> of(SocketEntry e) {
        if (e.state() == TcpState.TIME_WAIT) {
            return List.of();
        }
        ProcessRef owner = e.firstOwner();
        String exe = owner == null ? null : executable(owner);
        if (exe == null) {
            return List.of(UNKNOWN_OWNER);
        }
        String exeLine = " [" + TerminalSafe.dotted(exe) + "]";
        if (owner.module() == null || owner.module().isEmpty()) {
            return List.of(exeLine);
        }
        return List.of("  " + TerminalSafe.dotted(owner.module()), exeLine);
    }

    private static String executable(ProcessRef owner) {
        if (owner.path() != null && !owner.path().isEmpty()) {
            String base = baseName(owner.path());
            if (!base.isEmpty()) {
                return base;
            }
        }
        return owner.name() == null || owner.name().isEmpty() ? null : owner.name();
    }

    /** The last component of a Unix or Windows path. */
    static String baseName(String path) {
        int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(cut + 1);
    }
}
