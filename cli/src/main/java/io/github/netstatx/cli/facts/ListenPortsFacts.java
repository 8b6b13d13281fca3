package io.github.netstatx.cli.facts;

import io.github.netstatx.cli.json.JsonWriter;
import io.github.netstatx.cli.names.AddressText;
import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code --facts=listen_ports}: exactly the {@code ansible_facts} that {@code community.general.listen_ports_facts}
 * returns (its documented RETURN values; the module reads {@code netstat -plunt} and runs {@code ps} per PID):
 *
 * <pre>
 * {"tcp_listen": [
 *    {"protocol":"tcp","address":"0.0.0.0","port":22,"name":"sshd","pid":612,"stime":"Wed Dec  2 09:01:13 2026","user":"root"}
 *  ],
 *  "udp_listen": [...]}
 * </pre>
 *
 * <ul>
 *   <li>{@code protocol} {@code tcp} or {@code udp} for both families; {@code address} the numeric local address,
 *       {@code port} an integer;</li>
 *   <li>{@code name}: what the module takes from netstat's {@code PID/Program name} column, which net-tools cuts
 *       to 19 characters: the first word after the {@code /}, without a trailing {@code :}; {@code ""} when the
 *       owner is not visible;</li>
 *   <li>{@code pid} an integer, {@code 0} when the owner is not visible (the module's value for {@code -});</li>
 *   <li>{@code stime}: {@code ps -o lstart}'s text, local time ({@code Wed Dec  2 09:01:13 2026}); {@code user}:
 *       {@code ps -o user}'s, the process's user name; both {@code ""} when the owner is not visible;</li>
 *   <li>a record equal to one before it is left out, as the module's netstat reading does.</li>
 * </ul>
 * Addresses are never cut (netstat without {@code -W}, which the module runs, cuts long IPv6 ones).
 */
final class ListenPortsFacts {

    /** net-tools' PID/Program name column holds 19 characters. */
    private static final int PROGRAM_COLUMN = 19;

    /** {@code ps -o lstart}: {@code strftime("%a %b %e %H:%M:%S %Y")}. */
    private static final DateTimeFormatter LSTART = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy",
            Locale.US);

    private ListenPortsFacts() {
    }

    static void write(StringBuilder out, List<SocketEntry> listeners, ZoneId zone) {
        JsonWriter w = new JsonWriter(out, 2);
        w.beginObject();
        for (Protocol protocol : List.of(Protocol.TCP, Protocol.UDP)) {
            w.name(protocol == Protocol.TCP ? "tcp_listen" : "udp_listen").beginArray();
            Set<List<Object>> seen = new HashSet<>();
            for (SocketEntry e : listeners) {
                if (e.protocol() != protocol) {
                    continue;
                }
                ProcessRef p = e.firstOwner();
                String address = AddressText.numeric(e.local().address());
                String name = p == null ? "" : name(p);
                long pid = p == null ? 0 : p.pid();
                if (!seen.add(List.of(address, e.local().port(), name, pid))) {
                    continue;
                }
                w.beginObject();
                w.name("protocol").value(protocol.id());
                w.name("address").value(address);
                w.name("port").value(e.local().port());
                w.name("name").value(name);
                w.name("pid").value(pid);
                w.name("stime").value(p == null || p.startTime() == null ? ""
                        : LSTART.format(p.startTime().atZone(zone)));
                String user = p == null ? null : p.user() != null ? p.user() : e.user();
                w.name("user").value(user == null ? "" : user);
                w.endObject();
            }
            w.endArray();
        }
        w.endObject();
        out.append('\n');
    }

    /** The module's reading of net-tools' {@code PID/name} cell: first word after the slash, no trailing colon. */
    static String name(ProcessRef p) {
        String cell = p.pid() + "/" + (p.name() == null ? "" : p.name());
        if (cell.length() > PROGRAM_COLUMN) {
            cell = cell.substring(0, PROGRAM_COLUMN);
        }
        String word = cell.split("\\s", 2)[0];
        String name = word.substring(word.indexOf('/') + 1);
        while (name.endsWith(":")) {
            name = name.substring(0, name.length() - 1);
        }
        return name;
    }

}
