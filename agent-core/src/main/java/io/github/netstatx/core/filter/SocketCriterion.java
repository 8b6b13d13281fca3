package io.github.netstatx.core.filter;

import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import io.github.netstatx.core.query.SocketPrefilter.PortRange;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One kind of test on a socket, with its alternatives: a socket passes when it matches any of them
 * (OR within one kind). {@link SocketFilter} joins criteria with AND.
 */
public sealed interface SocketCriterion {

    /** True when the socket matches one of the alternatives. */
    boolean matches(SocketEntry e);

    /** True when the test reads the socket's owning processes ({@link SocketEntry#owners()}). */
    default boolean needsOwners() {
        return false;
    }

    /**
     * The socket's TCP state, or the state a datagram socket is in: {@link TcpState#ESTABLISHED} for a
     * UDP or UDP-Lite socket connected to a peer, which is what net-tools and ss print for one. Other
     * stateless sockets (unconnected UDP, raw, UNIX) have none: a state filter drops them, its negation
     * keeps them.
     *
     * @return the state, or {@code null} when the socket has none
     */
    static TcpState stateOf(SocketEntry e) {
        if (e.state() != null) {
            return e.state();
        }
        boolean datagram = e.protocol() == Protocol.UDP || e.protocol() == Protocol.UDPLITE;
        return datagram && !e.remote().isUnspecifiedAddress() ? TcpState.ESTABLISHED : null;
    }

    /** {@code --state}: the socket is in one of these states ({@link #stateOf}). */
    record States(Set<TcpState> states) implements SocketCriterion {
        public States {
            if (states.isEmpty()) {
                throw new IllegalArgumentException("no state");
            }
            states = Set.copyOf(EnumSet.copyOf(states));
        }

        @Override
        public boolean matches(SocketEntry e) {
            TcpState s = stateOf(e);
            return s != null && states.contains(s);
        }

    }

    /** {@code --port}, {@code --local-port}, {@code --remote-port}: a port at that end is in a range. */
    record Ports(SocketEnd end, List<PortRange> ranges) implements SocketCriterion {
        public Ports {
            if (ranges.isEmpty()) {
                throw new IllegalArgumentException("no port");
            }
            ranges = List.copyOf(ranges);
        }

        @Override
        public boolean matches(SocketEntry e) {
            return end.test(e, p -> contains(p.port()));
        }

        /** True when {@code port} is in one of the ranges. */
        public boolean contains(int port) {
            for (PortRange r : ranges) {
                if (r.contains(port)) {
                    return true;
                }
            }
            return false;
        }

    }

    /** {@code --address}, {@code --local-address}, {@code --remote-address}: an address at that end is in a block. */
    record Addresses(SocketEnd end, List<AddressBlock> blocks) implements SocketCriterion {
        public Addresses {
            if (blocks.isEmpty()) {
                throw new IllegalArgumentException("no address");
            }
            blocks = List.copyOf(blocks);
        }

        @Override
        public boolean matches(SocketEntry e) {
            return end.test(e, p -> {
                for (AddressBlock b : blocks) {
                    if (b.contains(p.address())) {
                        return true;
                    }
                }
                return false;
            });
        }

    }

    /** {@code --pid}: one of the socket's processes has one of these ids. */
    record Pids(Set<Long> pids) implements SocketCriterion {
        public Pids {
            if (pids.isEmpty()) {
                throw new IllegalArgumentException("no pid");
            }
            pids = Set.copyOf(pids);
        }

        @Override
        public boolean matches(SocketEntry e) {
            for (ProcessRef p : e.owners()) {
                if (pids.contains(p.pid())) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public boolean needsOwners() {
            return true;
        }

    }

    /** {@code --program}: one of the socket's processes has a name one of the patterns matches. */
    record Programs(List<NamePattern> patterns) implements SocketCriterion {
        public Programs {
            if (patterns.isEmpty()) {
                throw new IllegalArgumentException("no program");
            }
            patterns = List.copyOf(patterns);
        }

        @Override
        public boolean matches(SocketEntry e) {
            for (ProcessRef p : e.owners()) {
                if (p.name() == null) {
                    continue;
                }
                for (NamePattern n : patterns) {
                    if (n.matches(p.name())) {
                        return true;
                    }
                }
            }
            return false;
        }

        @Override
        public boolean needsOwners() {
            return true;
        }

    }

    /**
     * {@code --user}: the socket belongs to one of these users: its uid is one of {@code uids}, or its
     * user name, or the user of one of its processes (where the platform has no socket uid: Windows), is
     * one of {@code names}.
     */
    record Users(Set<Long> uids, Set<String> names) implements SocketCriterion {
        public Users {
            uids = Set.copyOf(uids);
            names = Set.copyOf(names);
            if (uids.isEmpty() && names.isEmpty()) {
                throw new IllegalArgumentException("no user");
            }
        }

        @Override
        public boolean matches(SocketEntry e) {
            if (e.uid() != null && uids.contains(e.uid())) {
                return true;
            }
            if (names.isEmpty()) {
                return false;
            }
            if (e.user() != null && names.contains(e.user())) {
                return true;
            }
            for (ProcessRef p : e.owners()) {
                if (p.user() != null && names.contains(p.user())) {
                    return true;
                }
            }
            return false;
        }

        /** Names need a lookup (the uid's name, or the owners' users where sockets have no uid). */
        public boolean needsNames() {
            return !names.isEmpty();
        }

    }
}
