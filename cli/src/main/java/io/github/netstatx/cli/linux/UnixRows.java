package io.github.netstatx.cli.linux;

import io.github.netstatx.cli.TerminalSafe;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.UnixInfo;
import io.github.netstatx.core.model.UnixPath;

/**
 * The "Active UNIX domain sockets" table ({@code netstat.c unix_info}, {@code unix_do_one}):
 * {@code %-5s %-6ld %-11s %-10s %-13s }, inode {@code %-8lu}, with {@code -p} the program column,
 * then the path. {@code -e} and {@code -o} change nothing here.
 */
final class UnixRows {

    static final String TITLE = "Active UNIX domain sockets ";
    static final String HEADER = "Proto RefCnt Flags       Type       State         I-Node  ";

    private final boolean programs;

    UnixRows(boolean programs) {
        this.programs = programs;
    }

    static void header(StringBuilder sb, NetToolsOptions options) {
        sb.append(TITLE).append(options.scopeTitle()).append('\n').append(HEADER);
        if (options.programs()) {
            sb.append(' ');
            Columns.left(sb, "PID/Program name", ProgramColumn.WIDTH);
        }
        sb.append(" Path\n");
    }

    void row(StringBuilder sb, SocketEntry e) {
        UnixInfo u = e.unix();
        // net-tools prints "??" for a kernel protocol field other than 0; the field is always 0.
        sb.append("unix  ");
        Columns.left(sb, u.refCount() == null ? InetRows.UNKNOWN : Long.toString(u.refCount()), 6);
        sb.append(' ');
        Columns.left(sb, StateWords.unixFlags(u), 11);
        sb.append(' ');
        Columns.left(sb, StateWords.unixType(u), 10);
        sb.append(' ');
        Columns.left(sb, StateWords.unixState(u), 13);
        sb.append(' ');
        Columns.left(sb, e.inode() == null ? InetRows.UNKNOWN : Long.toString(e.inode()), 8);
        if (programs) {
            sb.append(' ');
            Columns.left(sb, ProgramColumn.text(e), ProgramColumn.WIDTH);
        }
        sb.append(' ').append(path(u.path())).append('\n');
    }

    /**
     * The path as net-tools shows it: it reads the path with {@code %s}, so only the part before
     * the first blank (space, tab, line feed, vertical tab, form feed, carriage return) is printed.
     * Remaining control characters print as {@code .}.
     */
    static String path(UnixPath path) {
        if (path == null) {
            return "";
        }
        String s = path.display();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c >= '\t' && c <= '\r') {
                s = s.substring(0, i);
                break;
            }
        }
        return TerminalSafe.dotted(s);
    }
}
