package io.github.netstatx.cli.windows;

import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * netstat.exe's "Active Connections" block, rendered from model rows already chosen and ordered by
 * {@link ConnectionSelection}. Column arithmetic (reference windows.md §2.1, §2.4; netstat's format
 * strings {@code "  %-5s  %-21s  %-21s  %s"} and {@code "  %-5s  %-21s  %-21s  %-12s    %u"}):
 * two spaces, Proto padded to 5, two spaces, Local Address padded to 21, two spaces, Foreign Address
 * padded to 21, two spaces, State. Over-long addresses are never cut: they push the later columns right.
 * Without an extra column the state ends the line, so UDP rows end in the padding of the foreign
 * address (20 spaces after {@code *:*}), as the format string writes them. With an extra column the
 * state is padded to 12 and followed by four spaces:
 * <ul>
 *   <li>{@code -o}: the PID, unpadded; {@code 0} where the backend says PID 0 (netstat.exe's value for
 *       sockets no process owns, TIME_WAIT, and the System Idle Process). A socket whose owner is not known
 *       (not visible to this user, gone, kernel-owned on Linux) prints {@value #UNKNOWN_PID}: showing
 *       {@code 0} would make it look like the System Idle Process;</li>
 *   <li>{@code -t}: the offload state padded to 12, and a blank line after the header;</li>
 *   <li>{@code -o -t}: PID, a TAB, offload state padded to 12 (the only known format, Server 2003);</li>
 *   <li>{@code -y}: the TCP template; {@value #NO_TEMPLATE} where the OS has no TCP templates
 *       (netstat.exe's own column format is not documented).</li>
 * </ul>
 * With {@code -b} each row is followed by its {@link OwnershipLines}.
 */
public final class ActiveConnectionsTable {

    /** The {@code -y} value for hosts without TCP connection templates (every non-Windows host). */
    public static final String NO_TEMPLATE = "NotApplicable";

    /** The {@code -o} value of a socket whose owner is not known (net-tools' and ss's mark for it too). */
    public static final String UNKNOWN_PID = "-";

    /** Which optional columns and lines are shown. */
    public record Layout(boolean pids, boolean offload, boolean template, boolean ownership) {

        /** The layout a command line asks for. */
        public static Layout of(WindowsOptions o) {
            return new Layout(o.has(WindowsFlag.PIDS), o.has(WindowsFlag.OFFLOAD_STATE), o.has(WindowsFlag.TEMPLATE),
                    o.has(WindowsFlag.EXECUTABLES));
        }

        boolean extraColumn() {
            return pids || offload || template;
        }
    }

    private final Layout layout;
    private final WindowsEndpointText endpoints;

    public ActiveConnectionsTable(Layout layout, WindowsEndpointText endpoints) {
        this.layout = layout;
        this.endpoints = endpoints;
    }

    /** The block's lines, without line terminators, starting with its leading empty line. */
    public List<String> render(List<SocketEntry> rows) {
        List<String> lines = new ArrayList<>(rows.size() * (layout.ownership() ? 3 : 1) + 5);
        lines.add("");
        lines.add("Active Connections");
        lines.add("");
        lines.add(header());
        if (layout.offload()) {
            lines.add("");
        }
        for (SocketEntry e : rows) {
            lines.add(row(e));
            if (layout.ownership()) {
                lines.addAll(OwnershipLines.of(e));
            }
        }
        return lines;
    }

    String header() {
        StringBuilder sb = cells("Proto", "Local Address", "Foreign Address");
        if (!layout.extraColumn()) {
            return sb.append("State").toString();
        }
        pad(sb, "State", 12).append("    ");
        if (layout.pids() && layout.offload()) {
            return sb.append("PID      Offload State").toString();
        }
        if (layout.pids()) {
            return sb.append("PID").toString();
        }
        return sb.append(layout.offload() ? "Offload State" : "Template").toString();
    }

    String row(SocketEntry e) {
        RowKind kind = RowKind.of(e);
        StringBuilder sb = cells(e.protocol() == Protocol.TCP ? "TCP" : "UDP",
                endpoints.local(e), endpoints.foreign(e, kind));
        String state = WindowsStateWords.of(e.state());
        if (!layout.extraColumn()) {
            return sb.append(state).toString();
        }
        pad(sb, state, 12).append("    ");
        if (layout.pids()) {
            sb.append(pid(e));
            if (layout.offload()) {
                sb.append('\t');
            }
        }
        if (layout.offload()) {
            pad(sb, offload(e, kind), 12);
        } else if (layout.template()) {
            sb.append(NO_TEMPLATE);
        }
        return sb.toString();
    }

    private static String offload(SocketEntry e, RowKind kind) {
        return kind == RowKind.UDP_ENDPOINT ? "" : WindowsStateWords.of(e.offload());
    }

    private static String pid(SocketEntry e) {
        ProcessRef owner = e.firstOwner();
        return owner == null ? UNKNOWN_PID : Long.toString(owner.pid());
    }

    private static StringBuilder cells(String proto, String local, String foreign) {
        StringBuilder sb = new StringBuilder(96).append("  ");
        pad(sb, proto, 5).append("  ");
        pad(sb, local, 21).append("  ");
        return pad(sb, foreign, 21).append("  ");
    }

    private static StringBuilder pad(StringBuilder sb, String text, int width) {
        sb.append(text);
        for (int i = text.length(); i < width; i++) {
            sb.append(' ');
        }
        return sb;
    }
}
