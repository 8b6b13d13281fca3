package io.github.netstatx.cli.changes;

import io.github.netstatx.cli.OutputSink;
import io.github.netstatx.cli.TableView;
import io.github.netstatx.core.model.SocketEntry;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Change events in table form. One line per event: the sample's time (RFC 3339 UTC, whole seconds),
 * a sign, and the socket as a row of the dialect's listing:
 *
 * <pre>
 * 2026-11-22T08:34:05Z + tcp        0      0 127.0.0.1:5000          127.0.0.1:43210         ESTABLISHED
 * 2026-11-22T08:34:05Z - tcp        0      0 127.0.0.1:5000          127.0.0.1:43208         ESTABLISHED
 * 2026-11-22T08:34:06Z ~ tcp        0      0 127.0.0.1:5000          127.0.0.1:43210         TIME_WAIT (was ESTABLISHED)
 * </pre>
 *
 * {@code +} appeared, {@code -} disappeared (the row shows the socket as last seen), {@code ~} changed
 * state (the row shows the new state; the old one follows in parentheses). A sample without changes
 * prints nothing, nor does a change of a socket the dialect's listing would not show.
 */
public final class ChangeTable {

    private ChangeTable() {
    }

    public static void write(OutputSink out, Instant at, List<SocketChange> changes, TableView table) {
        String stamp = at.truncatedTo(ChronoUnit.SECONDS).toString() + " ";
        for (SocketChange c : changes) {
            String row = table.socketRow(c.socket());
            if (row == null) {
                continue;
            }
            out.print(stamp).print(sign(c.kind())).print(" ").print(row);
            if (c.previous() != null) {
                out.print(" (was ").print(previousState(c.previous())).print(")");
            }
            out.println();
        }
    }

    private static String sign(SocketChange.Kind kind) {
        return switch (kind) {
            case APPEARED -> "+";
            case DISAPPEARED -> "-";
            case STATE_CHANGED -> "~";
        };
    }

    private static String previousState(SocketEntry e) {
        if (e.state() != null) {
            return e.state().name();
        }
        if (e.unix() != null && e.unix().state() != null) {
            return e.unix().state().name();
        }
        return e.platformState() == null ? "unknown" : e.platformState();
    }
}
