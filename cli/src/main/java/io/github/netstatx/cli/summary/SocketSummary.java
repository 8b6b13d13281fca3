package io.github.netstatx.cli.summary;

import io.github.netstatx.core.filter.SocketCriterion;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many sockets of a listing there are of each protocol, family and state ({@code --summary}, like
 * {@code ss -s}). The state is the one the {@code --state} filter reads ({@link SocketCriterion#stateOf}):
 * a connected UDP socket counts as {@code ESTABLISHED}, other stateless sockets have none.
 *
 * @param total every socket of the listing
 * @param groups one count per protocol, family and state that occurs, in that order (no state first)
 */
public record SocketSummary(long total, List<Group> groups) {

    /**
     * The sockets of one protocol, family and state.
     *
     * @param state the state, or {@code null} for sockets without one
     */
    public record Group(Protocol protocol, AddressFamily family, TcpState state, long count) {
    }

    public SocketSummary {
        groups = List.copyOf(groups);
    }

    private static final Comparator<Group> ORDER = Comparator.comparing(Group::protocol)
            .thenComparing(Group::family)
            .thenComparing(Group::state, Comparator.nullsFirst(Comparator.naturalOrder()));

    /** The summary of these sockets. */
    public static SocketSummary of(Iterable<SocketEntry> sockets) {
        Map<Group, long[]> counts = new TreeMap<>(ORDER);
        long total = 0;
        for (SocketEntry e : sockets) {
            total++;
            counts.computeIfAbsent(new Group(e.protocol(), e.family(), SocketCriterion.stateOf(e), 0),
                    g -> new long[1])[0]++;
        }
        List<Group> groups = new ArrayList<>();
        counts.forEach((g, n) -> groups.add(new Group(g.protocol(), g.family(), g.state(), n[0])));
        return new SocketSummary(total, groups);
    }

    /** The sockets of a protocol, of one family or (with {@code null}) of all. */
    public long count(Protocol protocol, AddressFamily family) {
        return groups.stream().filter(g -> g.protocol() == protocol && (family == null || g.family() == family))
                .mapToLong(Group::count).sum();
    }

    /** The sockets of a protocol in a state, of one family or (with {@code null}) of all. */
    public long count(Protocol protocol, TcpState state, AddressFamily family) {
        return groups.stream().filter(g -> g.protocol() == protocol && g.state() == state
                && (family == null || g.family() == family)).mapToLong(Group::count).sum();
    }

    /** The protocols that occur, in model order. */
    public List<Protocol> protocols() {
        return groups.stream().map(Group::protocol).distinct().toList();
    }

    /** The states a protocol's sockets are in, in model order. */
    public List<TcpState> states(Protocol protocol) {
        return groups.stream().filter(g -> g.protocol() == protocol && g.state() != null).map(Group::state)
                .distinct().sorted().toList();
    }
}
