package io.github.netstatx.cli.prometheus;

import io.github.netstatx.cli.names.AddressText;
import io.github.netstatx.cli.names.ProcessNames;
import io.github.netstatx.cli.prometheus.ExpositionWriter.Type;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import io.github.netstatx.core.model.UnixState;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Socket metrics: counts by protocol, family and state, and the listening sockets themselves.
 *
 * <p>{@code netstatx_sockets{protocol,family,state}} counts every listed socket. {@code state} is the
 * canonical TCP state in lower case for TCP and SCTP ({@code listen}, {@code established},
 * {@code time_wait}, ...; every TCP state is written for every listed family, 0 included, so rates and
 * alerts never meet a missing series); {@code unconnected} or {@code connected} for UDP, UDP-Lite and
 * raw sockets; {@code listen} or the UNIX state ({@code connected}, {@code unconnected}, ...) for UNIX
 * sockets; {@code unknown} where the platform gave no state.
 *
 * <p>{@code netstatx_listening_sockets{protocol,family,address,port,process}} has one series per
 * distinct listener: TCP and SCTP sockets in LISTEN, and UDP / UDP-Lite sockets bound with no peer.
 * {@code process} is the first word of the owner's name ({@code sshd}, not its changing title), empty
 * when the owner is not visible; the pid is not a label because it changes on every restart. Sockets
 * with the same labels (SO_REUSEPORT groups, one service forked into workers) are one series whose
 * value is their number. Cardinality is bounded: at most {@link #MAX_LISTENER_SERIES} series are
 * written, lowest port first; {@code netstatx_listening_sockets_omitted} counts the sockets left out.
 * UNIX listeners are counted in {@code netstatx_sockets} only (their paths are unbounded).
 */
final class SocketMetrics {

    /** Most listener series one exposition writes. */
    static final int MAX_LISTENER_SERIES = 200;

    private SocketMetrics() {
    }

    /**
     * @param families the inet families that were collected (their TCP states are written even when 0)
     */
    static void write(ExpositionWriter w, List<SocketEntry> sockets, Set<AddressFamily> families) {
        counts(w, sockets, families);
        listeners(w, sockets);
    }

    private static void counts(ExpositionWriter w, List<SocketEntry> sockets, Set<AddressFamily> families) {
        Map<List<String>, Long> counts = new TreeMap<>(LABELS_ORDER);
        for (AddressFamily f : AddressFamily.values()) {
            if (f != AddressFamily.UNIX && families.contains(f)) {
                for (TcpState s : TcpState.values()) {
                    counts.put(List.of(Protocol.TCP.id(), f.id(), word(s)), 0L);
                }
            }
        }
        for (SocketEntry e : sockets) {
            counts.merge(List.of(e.protocol().id(), e.family().id(), state(e)), 1L, Long::sum);
        }
        w.family("netstatx_sockets", Type.GAUGE, "Sockets by protocol, address family and state.");
        counts.forEach((k, n) -> w.sample(n, "protocol", k.get(0), "family", k.get(1), "state", k.get(2)));
    }

    /** The {@code state} label of a socket; see the class comment. */
    static String state(SocketEntry e) {
        return switch (e.protocol()) {
            case TCP, SCTP -> e.state() == null ? "unknown" : word(e.state());
            case UDP, UDPLITE, RAW -> e.listening() ? "unconnected" : "connected";
            case UNIX -> e.listening() ? "listen" : unixWord(e.unix().state());
        };
    }

    private static String word(TcpState s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    private static String unixWord(UnixState s) {
        return s == null ? "unknown" : s.name().toLowerCase(Locale.ROOT);
    }

    private static void listeners(ExpositionWriter w, List<SocketEntry> sockets) {
        Map<List<String>, Long> series = new TreeMap<>(LISTENER_ORDER);
        for (SocketEntry e : sockets) {
            if (isListener(e)) {
                ProcessRef owner = e.firstOwner();
                String process = owner == null || owner.name() == null ? "" : ProcessNames.firstWord(owner.name());
                series.merge(List.of(e.protocol().id(), e.family().id(), AddressText.numeric(e.local().address()),
                        Integer.toString(e.local().port()), process), 1L, Long::sum);
            }
        }
        w.family("netstatx_listening_sockets", Type.GAUGE,
                "Listening TCP/SCTP sockets and unconnected bound UDP/UDP-Lite sockets, by protocol, family, "
                        + "local address, port and owning process (first word of its name; empty when not visible).");
        long omitted = 0;
        int written = 0;
        for (Map.Entry<List<String>, Long> s : series.entrySet()) {
            if (written++ < MAX_LISTENER_SERIES) {
                List<String> k = s.getKey();
                w.sample(s.getValue(), "protocol", k.get(0), "family", k.get(1), "address", k.get(2), "port",
                        k.get(3), "process", k.get(4));
            } else {
                omitted += s.getValue();
            }
        }
        w.family("netstatx_listening_sockets_omitted", Type.GAUGE,
                "Listening sockets left out of netstatx_listening_sockets to keep it at most "
                        + MAX_LISTENER_SERIES + " series (lowest ports are kept).");
        w.sample(omitted);
    }

    /** The sockets {@code netstatx_listening_sockets} describes. */
    static boolean isListener(SocketEntry e) {
        return switch (e.protocol()) {
            case TCP, SCTP, UDP, UDPLITE -> e.listening();
            case RAW, UNIX -> false;
        };
    }

    /** Label tuples in their natural order, element by element. */
    static final Comparator<List<String>> LABELS_ORDER = (a, b) -> {
        for (int i = 0; i < a.size(); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    /** Listener tuples by port (numerically) first, then the other labels. */
    private static final Comparator<List<String>> LISTENER_ORDER = Comparator
            .<List<String>>comparingInt(k -> Integer.parseInt(k.get(3)))
            .thenComparing(LABELS_ORDER);
}
