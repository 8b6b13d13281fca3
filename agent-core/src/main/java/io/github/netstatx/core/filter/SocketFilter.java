package io.github.netstatx.core.filter;

import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import io.github.netstatx.core.query.SocketPrefilter;
import io.github.netstatx.core.query.SocketPrefilter.PortRange;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The filter options of a run: a socket is shown when it passes every clause (AND across options; the
 * alternatives of one option are ORed inside its {@link SocketCriterion}). No clause at all passes every
 * socket.
 *
 * @param clauses the clauses, in the order the options were given
 */
public record SocketFilter(List<FilterClause> clauses) {

    private static final SocketFilter NONE = new SocketFilter(List.of());

    public SocketFilter {
        clauses = List.copyOf(clauses);
    }

    /** The filter that passes everything. */
    public static SocketFilter none() {
        return NONE;
    }

    public boolean isEmpty() {
        return clauses.isEmpty();
    }

    public boolean matches(SocketEntry e) {
        for (FilterClause c : clauses) {
            if (!c.matches(e)) {
                return false;
            }
        }
        return true;
    }

    /** The entries that pass, in their order; the same list when nothing is filtered. */
    public List<SocketEntry> apply(List<SocketEntry> entries) {
        if (clauses.isEmpty()) {
            return entries;
        }
        List<SocketEntry> kept = new ArrayList<>();
        for (SocketEntry e : entries) {
            if (matches(e)) {
                kept.add(e);
            }
        }
        return kept;
    }

    /** True when a clause reads the sockets' owning processes: the owner scan must run. */
    public boolean needsOwners() {
        return clauses.stream().anyMatch(c -> c.criterion().needsOwners());
    }

    /** True when a clause names users: user names (or, without socket uids, the owners' users) are needed. */
    public boolean needsUserNames() {
        return clauses.stream().anyMatch(c -> c.criterion() instanceof SocketCriterion.Users u && u.needsNames());
    }

    /** True when a clause tests users by uid or name. */
    public boolean testsUsers() {
        return clauses.stream().anyMatch(c -> c.criterion() instanceof SocketCriterion.Users);
    }

    /**
     * The part of this filter a backend applies while it reads its tables, before it builds an entry: the
     * states a TCP row may be in (from every {@code --state}, negated ones too), and the ranges of
     * {@code --local-port}, {@code --remote-port} and {@code --port} (either end). It never drops a socket the
     * whole filter keeps; what it cannot say (addresses, owners, users, negated ports) is left to
     * {@link #matches}.
     */
    public SocketPrefilter prefilter() {
        Set<TcpState> states = null;
        List<PortRange> local = List.of();
        List<PortRange> remote = List.of();
        List<PortRange> either = List.of();
        for (FilterClause c : clauses) {
            if (c.criterion() instanceof SocketCriterion.States s) {
                Set<TcpState> allowed = c.negated() ? EnumSet.complementOf(EnumSet.copyOf(s.states()))
                        : EnumSet.copyOf(s.states());
                if (states == null) {
                    states = allowed;
                } else {
                    states.retainAll(allowed);
                }
            } else if (!c.negated() && c.criterion() instanceof SocketCriterion.Ports p) {
                // one clause per end at most is positive (repeats are merged); a second would only narrow more
                if (p.end() == SocketEnd.LOCAL && local.isEmpty()) {
                    local = p.ranges();
                } else if (p.end() == SocketEnd.REMOTE && remote.isEmpty()) {
                    remote = p.ranges();
                } else if (p.end() == SocketEnd.EITHER && either.isEmpty()) {
                    either = p.ranges();
                }
            }
        }
        return states == null && local.isEmpty() && remote.isEmpty() && either.isEmpty() ? SocketPrefilter.NONE
                : new SocketPrefilter(states, local, remote, either);
    }

    /** The options that make this filter, in a canonical spelling: {@code --state LISTEN --port !22}. */
    @Override
    public String toString() {
        return clauses.stream().map(FilterClause::toString).collect(Collectors.joining(" "));
    }
}
