package io.github.netstatx.cli;

import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.Route;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.StatisticsGroup;
import io.github.netstatx.core.query.RouteQuery;
import io.github.netstatx.core.query.SocketQuery;
import io.github.netstatx.core.spi.Availability;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.BackendProvider;
import io.github.netstatx.core.spi.Capability;
import io.github.netstatx.core.spi.NetstatBackend;
import io.github.netstatx.core.spi.UnsupportedCapabilityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A backend over fixed model data, for dialect tests: it answers a query the way the SPI asks
 * ({@link SocketQuery#matches}, owners dropped unless asked) and records the queries it got.
 */
public final class FakeBackend implements NetstatBackend, BackendProvider {

    private final HostInfo host;
    private final List<SocketEntry> sockets;
    private final List<Diagnostic> diagnostics;
    public final List<SocketQuery> queries = new ArrayList<>();
    private List<Route> routes;
    private List<StatisticsGroup> statistics;

    public FakeBackend(HostInfo host, List<SocketEntry> sockets, List<Diagnostic> diagnostics) {
        this.host = host;
        this.sockets = sockets;
        this.diagnostics = diagnostics;
    }

    @Override
    public String id() {
        return "fake";
    }

    @Override
    public int priority() {
        return 1;
    }

    @Override
    public String description() {
        return "fixed model data for tests";
    }

    @Override
    public Availability probe(BackendConfig config) {
        return Availability.yes("always");
    }

    @Override
    public NetstatBackend open(BackendConfig config) {
        return this;
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.SOCKETS, Capability.PROCESS_OWNERS);
    }

    @Override
    public HostInfo host() {
        return host;
    }

    @Override
    public Snapshot<SocketEntry> sockets(SocketQuery query) {
        queries.add(query);
        List<SocketEntry> out = new ArrayList<>();
        for (SocketEntry e : sockets) {
            if (query.matches(e)) {
                out.add(query.owners() ? e : e.toBuilder().owners(List.of()).build());
            }
        }
        return new Snapshot<>(out, diagnostics, Instant.EPOCH);
    }

    /** This backend, now also answering {@link #routes} (cache entries only when they are asked for). */
    public FakeBackend withRoutes(List<Route> routes) {
        this.routes = List.copyOf(routes);
        return this;
    }

    /** This backend, now also answering {@link #statistics}. */
    public FakeBackend withStatistics(List<StatisticsGroup> groups) {
        this.statistics = List.copyOf(groups);
        return this;
    }

    @Override
    public Snapshot<StatisticsGroup> statistics() throws UnsupportedCapabilityException {
        if (statistics == null) {
            throw new UnsupportedCapabilityException(id(), Capability.STATISTICS);
        }
        return new Snapshot<>(statistics, diagnostics, Instant.EPOCH);
    }

    @Override
    public Snapshot<Route> routes(RouteQuery query) throws UnsupportedCapabilityException {
        if (routes == null) {
            throw new UnsupportedCapabilityException(id(), Capability.ROUTES);
        }
        return new Snapshot<>(routes.stream().filter(r -> query.cache() || !r.cached()).toList(), diagnostics,
                Instant.EPOCH);
    }
}
