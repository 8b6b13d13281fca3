package io.github.netstatx.core.query;

import io.github.netstatx.core.model.TcpState;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which rows of a socket table are worth keeping, decided from a row's primitive fields alone (its TCP
 * state and two ports) so that a backend can apply it while it reads the table, before it builds anything
 * for the row. A {@code -l} listing of 11 listeners among 100,000 connections then keeps 11 rows.
 *
 * <p>The scope ({@link Scope}: listening or not) is not part of it: it stays in {@link SocketQuery} because
 * "listening" needs the remote address too. Front ends put their state and port options here
 * ({@code --state}, {@code --port}, ...); {@link #NONE} keeps everything.
 *
 * <p>Every part restricts only when given: {@code states} {@code null} keeps every state, and an empty
 * range list keeps every port. The state test applies to rows that have a TCP state (TCP, SCTP); datagram,
 * raw and UNIX rows have none and pass it. A port test applies to inet rows; for raw sockets the local
 * "port" is the IP protocol number, as the kernel reports it.
 *
 * @param states the TCP states to keep, or {@code null} for all
 * @param localPorts ranges the local port must fall in (any one of them); empty for any port
 * @param remotePorts ranges the remote port must fall in (any one of them); empty for any port
 * @param eitherPorts ranges the local or the remote port must fall in ({@code --port}); empty for any port
 */
public record SocketPrefilter(Set<TcpState> states, List<PortRange> localPorts, List<PortRange> remotePorts,
        List<PortRange> eitherPorts) {

    /** Keeps every row. */
    public static final SocketPrefilter NONE = new SocketPrefilter(null, List.of(), List.of());

    /** A prefilter without an either-end port test. */
    public SocketPrefilter(Set<TcpState> states, List<PortRange> localPorts, List<PortRange> remotePorts) {
        this(states, localPorts, remotePorts, List.of());
    }

    /**
     * An inclusive range of ports.
     *
     * @param first the lowest port in the range, 0 to 65535
     * @param last the highest port in the range, {@code first} to 65535
     */
    public record PortRange(int first, int last) {
        public PortRange {
            if (first < 0 || last > 0xFFFF || first > last) {
                throw new IllegalArgumentException("not a port range: " + first + "-" + last);
            }
        }

        /** The range of one port. */
        public static PortRange of(int port) {
            return new PortRange(port, port);
        }

        public boolean contains(int port) {
            return port >= first && port <= last;
        }
    }

    public SocketPrefilter {
        states = states == null ? null : Set.copyOf(states.isEmpty() ? Set.of() : EnumSet.copyOf(states));
        localPorts = List.copyOf(Objects.requireNonNull(localPorts, "localPorts"));
        remotePorts = List.copyOf(Objects.requireNonNull(remotePorts, "remotePorts"));
        eitherPorts = List.copyOf(Objects.requireNonNull(eitherPorts, "eitherPorts"));
    }

    /** True when this filter keeps every row, so a reader need not consult it. */
    public boolean keepsAll() {
        return states == null && localPorts.isEmpty() && remotePorts.isEmpty() && eitherPorts.isEmpty();
    }

    /**
     * True when a row with these fields is kept.
     *
     * @param state the row's canonical TCP state, or {@code null} for a row without one
     * @param localPort the local port (0 when none)
     * @param remotePort the remote port (0 when none)
     */
    public boolean keeps(TcpState state, int localPort, int remotePort) {
        if (states != null && state != null && !states.contains(state)) {
            return false;
        }
        return inAny(localPorts, localPort) && inAny(remotePorts, remotePort)
                && (eitherPorts.isEmpty() || inAny(eitherPorts, localPort) || inAny(eitherPorts, remotePort));
    }

    private static boolean inAny(List<PortRange> ranges, int port) {
        if (ranges.isEmpty()) {
            return true;
        }
        for (PortRange r : ranges) {
            if (r.contains(port)) {
                return true;
            }
        }
        return false;
    }
}
