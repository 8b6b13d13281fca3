package io.github.netstatx.cli.facts;

import io.github.netstatx.cli.json.JsonWriter;
import io.github.netstatx.cli.linux.StateWords;
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
 *
 * <p>With {@code include_non_listening: true} ({@code --facts=listen_ports_all}) the module reads
 * {@code netstat -putna}: every TCP and UDP socket, and each record gains {@code state} and {@code foreign_address}
 * (after {@code protocol} and {@code address}, the module's key order):
 * <pre>
 * {"protocol":"tcp","state":"ESTABLISHED","address":"127.0.0.1","foreign_address":"127.0.0.1:18080","port":40312,...}
 * {"protocol":"udp","state":"","address":"0.0.0.0","foreign_address":"0.0.0.0:*","port":18082,...}
 * </pre>
 * <ul>
 *   <li>{@code state}: net-tools' word for a TCP socket ({@code LISTEN}, {@code TIME_WAIT}, {@code SYN_RECV});
 *       always {@code ""} for UDP (the module never reads a UDP state);</li>
 *   <li>{@code foreign_address}: netstat's numeric {@code host:port} cell, port 0 as {@code *}
 *       ({@code 0.0.0.0:*}, {@code :::*});</li>
 *   <li>the module splits the rest of netstat's line on blanks and takes the PID/name cell by position, so a
 *       connected UDP socket (its {@code ESTABLISHED} word takes that position) and a row whose program cell
 *       holds more blank-separated words than the module expects get pid {@code 0} and name {@code ""}
 *       (and a TCP row so misread the state {@code ""}).</li>
 * </ul>
 */
final class ListenPortsFacts {

    /** net-tools' PID/Program name column holds 19 characters. */
    private static final int PROGRAM_COLUMN = 19;

    /** {@code ps -o lstart}: {@code strftime("%a %b %e %H:%M:%S %Y")}. */
    private static final DateTimeFormatter LSTART = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy",
            Locale.US);

    private ListenPortsFacts() {
    }

    /**
     * @param entries the sockets to list: listeners, or every TCP/UDP socket when {@code nonListening}
     * @param nonListening {@code include_non_listening: true}: records with {@code state} and {@code foreign_address}
     */
    static void write(StringBuilder out, List<SocketEntry> entries, ZoneId zone, boolean nonListening) {
        JsonWriter w = new JsonWriter(out, 2);
        w.beginObject();
        for (Protocol protocol : List.of(Protocol.TCP, Protocol.UDP)) {
            w.name(protocol == Protocol.TCP ? "tcp_listen" : "udp_listen").beginArray();
            Set<List<Object>> seen = new HashSet<>();
            for (SocketEntry e : entries) {
                if (e.protocol() != protocol) {
                    continue;
                }
                NetstatRest rest = NetstatRest.of(e);
                ProcessRef p = rest.owner();
                String address = AddressText.numeric(e.local().address());
                String foreign = AddressText.numeric(e.remote().address()) + ":"
                        + (e.remote().port() == 0 ? "*" : Integer.toString(e.remote().port()));
                String name = p == null ? "" : name(p);
                long pid = p == null ? 0 : p.pid();
                List<Object> key = nonListening ? List.of(rest.state(), address, foreign, e.local().port(), name, pid)
                        : List.of(address, e.local().port(), name, pid);
                if (!seen.add(key)) {
                    continue;
                }
                w.beginObject();
                w.name("protocol").value(protocol.id());
                if (nonListening) {
                    w.name("state").value(rest.state());
                }
                w.name("address").value(address);
                if (nonListening) {
                    w.name("foreign_address").value(foreign);
                }
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

    /** net-tools' {@code PID/Program name} cell, cut to its column. */
    private static String cell(ProcessRef p) {
        String cell = p.pid() + "/" + (p.name() == null ? "" : p.name());
        return cell.length() > PROGRAM_COLUMN ? cell.substring(0, PROGRAM_COLUMN) : cell;
    }

    /** The module's reading of net-tools' {@code PID/name} cell: first word after the slash, no trailing colon. */
    static String name(ProcessRef p) {
        String word = cell(p).split("\\s", 2)[0];
        String name = word.substring(word.indexOf('/') + 1);
        while (name.endsWith(":")) {
            name = name.substring(0, name.length() - 1);
        }
        return name;
    }

    /**
     * What the module's {@code netStatParse} takes from the blank-separated words after netstat's foreign address
     * (state word when there is one, then the program cell's words): for TCP, state and PID/name when there are
     * two or three words, nothing otherwise; for UDP the first word as PID/name when there are one or two.
     *
     * @param state the module's {@code state} value
     * @param owner the owner whose PID/name cell the module reads, {@code null} when it reads none
     */
    record NetstatRest(String state, ProcessRef owner) {

        static NetstatRest of(SocketEntry e) {
            ProcessRef p = e.firstOwner();
            int cellWords = p == null ? 1 : cell(p).trim().split("\\s+").length;
            if (e.protocol() == Protocol.TCP) {
                int words = 1 + cellWords;
                return words == 2 || words == 3 ? new NetstatRest(StateWords.tcp(e.state()), p) : new NetstatRest("", null);
            }
            int words = (StateWords.datagram(e).isEmpty() ? 0 : 1) + cellWords;
            boolean cellFirst = StateWords.datagram(e).isEmpty() && (words == 1 || words == 2);
            return new NetstatRest("", cellFirst ? p : null);
        }
    }
}
