package io.github.netstatx.cli.facts;

import io.github.netstatx.cli.FactsLayout;
import io.github.netstatx.cli.Sample;
import io.github.netstatx.cli.json.DiagnosticView;
import io.github.netstatx.cli.json.DocumentWriter;
import io.github.netstatx.cli.json.JsonWriter;
import io.github.netstatx.cli.json.SocketView;
import io.github.netstatx.cli.names.AddressText;
import io.github.netstatx.cli.names.ProcessNames;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.query.Scope;
import io.github.netstatx.core.query.SocketQuery;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;

/**
 * The {@code --facts} document: the host's TCP and UDP listeners for configuration management.
 *
 * <pre>
 * {"netstatx": {
 *   "schema_version": "1.0",
 *   "collected_at": "2026-11-22T09:03:20.5Z",
 *   "backend": "linux-procfs",
 *   "tcp_listen": [
 *     {"address":"127.0.0.1","name":"python3","pid":812,"port":18080,"protocol":"tcp","stime":"2026-11-22T09:03:19Z","user":"nobody"}
 *   ],
 *   "udp_listen": [...],
 *   "listeners": [ socket records of the JSON contract, one per listener above, in the same order ],
 *   "diagnostics": [ diagnostic records of the JSON contract: what could not be seen and why ]
 * }}
 * </pre>
 *
 * <p>{@code tcp_listen} and {@code udp_listen} have the shape of Ansible's
 * {@code community.general.listen_ports_facts}, so playbooks written for it keep working: the local
 * {@code address} (a plain literal), {@code port}, {@code protocol} ({@code tcp} or {@code udp}, for
 * both families), and of the process that holds the socket (the one {@code netstat -p} shows) its
 * {@code pid}, {@code name} (the first word of its name without a trailing colon, as that module
 * reports it: {@code sshd}), {@code user} and start time {@code stime}, here in ISO 8601 UTC to the
 * second instead of {@code ps}'s local text. A listener whose process is not visible (another user's,
 * without root) is kept, with {@code pid}, {@code name} and {@code stime} {@code null}; its {@code user}
 * is then the user that owns the socket (as it is when only the process's user is unknown). UDP
 * listeners are bound sockets without a peer, as for {@code netstat -lu}.
 *
 * <p>{@code schema_version} is the version of the JSON contract the {@code listeners} and
 * {@code diagnostics} records follow ({@code docs/schema}); the two listen lists only ever gain keys.
 */
public final class ListenerFacts {

    /** The top-level key of the namespaced layout. */
    public static final String NAMESPACE = "netstatx";

    private ListenerFacts() {
    }

    /**
     * What the facts collect: TCP and UDP listeners of both families, with owners, their start times and
     * users, and user names.
     */
    public static SocketQuery query() {
        return query(FactsLayout.NAMESPACED);
    }

    /** {@link #query()}, with every TCP and UDP socket for {@link FactsLayout#LISTEN_PORTS_ALL}. */
    public static SocketQuery query(FactsLayout layout) {
        return new SocketQuery(EnumSet.of(Protocol.TCP, Protocol.UDP), EnumSet.of(AddressFamily.IPV4, AddressFamily.IPV6),
                layout == FactsLayout.LISTEN_PORTS_ALL ? Scope.ALL : Scope.LISTENING, true, true, false, true);
    }

    /** Writes the document for a sample collected with {@link #query()}, ending in a line feed. */
    public static void write(StringBuilder out, Sample sample, FactsLayout layout) {
        if (layout == FactsLayout.LISTEN_PORTS) {
            ListenPortsFacts.write(out, sample.sockets().items().stream().filter(ListenerFacts::isListener).toList(),
                    java.time.ZoneId.systemDefault(), false);
            return;
        }
        if (layout == FactsLayout.LISTEN_PORTS_ALL) {
            ListenPortsFacts.write(out, sample.sockets().items().stream()
                    .filter(e -> e.protocol() == Protocol.TCP || e.protocol() == Protocol.UDP).toList(),
                    java.time.ZoneId.systemDefault(), true);
            return;
        }
        boolean namespaced = layout == FactsLayout.NAMESPACED;
        // one record per line: the listen lists and record arrays are opened one level deeper when namespaced
        JsonWriter w = new JsonWriter(out, namespaced ? 3 : 2);
        if (namespaced) {
            w.beginObject().name(NAMESPACE);
        }
        List<SocketEntry> listeners = sample.sockets().items().stream().filter(ListenerFacts::isListener).toList();
        w.beginObject();
        w.name("schema_version").value(DocumentWriter.SCHEMA_VERSION);
        w.name("collected_at").value(sample.collectedAt());
        w.name("backend").value(sample.backendId());
        listen(w, "tcp_listen", listeners, Protocol.TCP);
        listen(w, "udp_listen", listeners, Protocol.UDP);
        w.name("listeners").beginArray();
        for (SocketEntry e : listeners) {
            SocketView.write(w, e);
        }
        w.endArray();
        w.name("diagnostics").beginArray();
        for (Sample.SectionDiagnostic d : sample.diagnostics()) {
            DiagnosticView.write(w, d);
        }
        w.endArray();
        w.endObject();
        if (namespaced) {
            w.endObject();
        }
        out.append('\n');
    }

    private static boolean isListener(SocketEntry e) {
        return (e.protocol() == Protocol.TCP || e.protocol() == Protocol.UDP) && e.listening();
    }

    private static void listen(JsonWriter w, String key, List<SocketEntry> listeners, Protocol protocol) {
        w.name(key).beginArray();
        for (SocketEntry e : listeners) {
            if (e.protocol() != protocol) {
                continue;
            }
            ProcessRef p = e.firstOwner();
            w.beginObject();
            w.name("address").value(AddressText.numeric(e.local().address()));
            w.name("name").value(p == null ? null : ProcessNames.firstWord(p.name()));
            w.name("pid").value(p == null ? null : p.pid());
            w.name("port").value(e.local().port());
            w.name("protocol").value(protocol.id());
            w.name("stime").value(p == null || p.startTime() == null ? null
                    : p.startTime().truncatedTo(ChronoUnit.SECONDS).toString());
            w.name("user").value(p != null && p.user() != null ? p.user() : e.user());
            w.endObject();
        }
        w.endArray();
    }
}
