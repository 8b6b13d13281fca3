package io.github.netstatx.cli;

import io.github.netstatx.core.model.ConntrackEntry;
import io.github.netstatx.core.model.MulticastGroup;
import io.github.netstatx.core.model.NetInterface;
import io.github.netstatx.core.model.Route;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.StatisticsGroup;
import io.github.netstatx.core.spi.BackendException;
import io.github.netstatx.core.spi.NetstatBackend;
import java.time.Clock;
import java.time.Instant;
import java.util.stream.Stream;

/** Collects one {@link Sample}: each requested view once, nothing that was not requested. */
public final class SampleCollector {

    private final Clock clock;

    public SampleCollector(Clock clock) {
        this.clock = clock;
    }

    public Sample collect(NetstatBackend backend, ViewRequest request) throws BackendException {
        Snapshot<SocketEntry> sockets = request.listsSockets() ? backend.sockets(request.sockets()) : null;
        Snapshot<NetInterface> interfaces = request.interfaces() ? backend.interfaces() : null;
        Snapshot<Route> routes = request.routes() ? backend.routes(request.routeCache()) : null;
        Snapshot<StatisticsGroup> statistics = request.statistics() ? backend.statistics() : null;
        Snapshot<MulticastGroup> groups = request.groups() ? backend.multicastGroups() : null;
        Snapshot<ConntrackEntry> masquerade = request.masquerade() ? backend.masquerade() : null;
        // The sample is as recent as its latest section (a saved snapshot keeps its own time).
        Instant at = Stream.of(sockets, interfaces, routes, statistics, groups, masquerade)
                .filter(s -> s != null)
                .map(Snapshot::collectedAt)
                .max(Instant::compareTo)
                .orElseGet(clock::instant);
        return new Sample(backend.host(), backend.id(), backend.capabilities(), request, at, sockets, interfaces,
                routes, statistics, groups, masquerade);
    }
}
