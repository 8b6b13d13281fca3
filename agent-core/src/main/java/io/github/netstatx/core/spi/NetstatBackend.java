package io.github.netstatx.core.spi;

import io.github.netstatx.core.model.ConntrackEntry;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.MemoryBuffers;
import io.github.netstatx.core.model.MulticastGroup;
import io.github.netstatx.core.model.NetInterface;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Route;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.StatisticsGroup;
import io.github.netstatx.core.query.RouteQuery;
import io.github.netstatx.core.query.SocketQuery;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
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

    /**
     * The socket protocols this backend lists, so that an empty answer for one of them means there are
     * none. A query for any other protocol gets a diagnostic naming it
     * ({@link io.github.netstatx.core.model.Diagnostic.Code#PROTOCOL_UNSUPPORTED}, or why the source is
     * missing), never just no rows. The default follows {@link #capabilities()}: TCP and UDP with
     * {@link Capability#SOCKETS}, RAW and UNIX with their own capabilities.
     */
    default Set<Protocol> socketProtocols() {
        Set<Capability> c = capabilities();
        Set<Protocol> out = EnumSet.noneOf(Protocol.class);
        if (c.contains(Capability.SOCKETS)) {
            out.add(Protocol.TCP);
            out.add(Protocol.UDP);
        }
        if (c.contains(Capability.RAW_SOCKETS)) {
            out.add(Protocol.RAW);
        }
        if (c.contains(Capability.UNIX_SOCKETS)) {
            out.add(Protocol.UNIX);
        }
        return Collections.unmodifiableSet(out);
    }

    /** The host being observed. Never throws; unknown parts are {@code null}. */
    HostInfo host();

    /**
     * Why parts of {@link #host()} are unknown that a source should have told (a refused file, say): the
     * caller adds them to what it reports, since a host has no diagnostics of its own. None by default.
     */
    default List<Diagnostic> hostDiagnostics() {
        return List.of();
    }

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

    /** The kernel's network memory buffers: one item, or none with a diagnostic saying why. */
    default Snapshot<MemoryBuffers> memoryBuffers() throws BackendException {
        throw new UnsupportedCapabilityException(id(), Capability.MEMORY_BUFFERS);
    }

    /** Tracked / masqueraded connections. */
    default Snapshot<ConntrackEntry> masquerade() throws BackendException {
        throw new UnsupportedCapabilityException(id(), Capability.MASQUERADE);
    }

    @Override
    default void close() {
    }
}
