package io.github.netstatx.core.spi;

import io.github.netstatx.core.model.ConntrackEntry;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.MulticastGroup;
import io.github.netstatx.core.model.NetInterface;
import io.github.netstatx.core.model.Route;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.StatisticsGroup;
import io.github.netstatx.core.query.RouteQuery;
import io.github.netstatx.core.query.SocketQuery;
import java.util.Set;

/**
 * An open backend. Every collection returns a {@link Snapshot}: a partial result carries
 * diagnostics; only a total failure throws.
 */
public interface NetstatBackend extends AutoCloseable {

    /** The provider id this backend was opened from. */
    String id();

    /** What this backend can collect on this host. */
    Set<Capability> capabilities();

    /** The host being observed. Never throws; unknown parts are {@code null}. */
    HostInfo host();

    /** Sockets matching the query. */
    Snapshot<SocketEntry> sockets(SocketQuery query) throws BackendException;

    /** Interfaces with addresses and counters. */
    default Snapshot<NetInterface> interfaces() throws BackendException {
        throw new UnsupportedCapabilityException(id(), Capability.INTERFACES);
    }

    /** Routes of both families; routing-cache entries only when the query asks for them. */
    default Snapshot<Route> routes(RouteQuery query) throws BackendException {
        throw new UnsupportedCapabilityException(id(), Capability.ROUTES);
    }

    /** Protocol statistics groups. */
    default Snapshot<StatisticsGroup> statistics() throws BackendException {
        throw new UnsupportedCapabilityException(id(), Capability.STATISTICS);
    }

    /** Multicast group memberships. */
    default Snapshot<MulticastGroup> multicastGroups() throws BackendException {
        throw new UnsupportedCapabilityException(id(), Capability.MULTICAST_GROUPS);
    }

    /** Tracked / masqueraded connections. */
    default Snapshot<ConntrackEntry> masquerade() throws BackendException {
        throw new UnsupportedCapabilityException(id(), Capability.MASQUERADE);
    }

    @Override
    default void close() {
    }
}
