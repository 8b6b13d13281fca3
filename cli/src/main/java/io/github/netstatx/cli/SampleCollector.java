package io.github.netstatx.cli;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.ConntrackEntry;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.MulticastGroup;
import io.github.netstatx.core.model.NetInterface;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Route;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.StatisticsGroup;
import io.github.netstatx.core.query.SocketQuery;
import io.github.netstatx.core.spi.BackendException;
import io.github.netstatx.core.spi.NetstatBackend;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Collects one {@link Sample}: each requested view once, nothing that was not requested. This is the
 * only place a run asks its backend for data; renderers get the sample.
 */
public final class SampleCollector {

    /** One section's backend call. */
    @FunctionalInterface
    private interface Call<T> {
        Snapshot<T> get() throws BackendException;
    }

    private final Clock clock;

    public SampleCollector(Clock clock) {
        this.clock = clock;
    }

    /** Collects every requested section; the first section that fails fails the whole sample. */
    public Sample collect(NetstatBackend backend, ViewRequest request) throws BackendException {
        return collect(backend, request, null);
    }

    /**
     * Collects every requested section; a section whose collection fails is recorded in
     * {@link Sample#failures()} instead, so a table can print what comes before it, as its native tool does.
     */
    public Sample collectForTables(NetstatBackend backend, ViewRequest request) throws BackendException {
        return collect(backend, request, new EnumMap<>(Sample.Section.class));
    }

    /** The sample of a request that needs no backend ({@link ViewRequest#collectsAnything()} is false). */
    public Sample nothingCollected(ViewRequest request) {
        return new Sample(new HostInfo(null, null, null, null, null), null, Set.of(), request, clock.instant(),
                null, null, null, null, null, null);
    }

    private Sample collect(NetstatBackend backend, ViewRequest request, Map<Sample.Section, BackendException> failures)
            throws BackendException {
        Snapshot<SocketEntry> sockets = section(Sample.Section.SOCKETS, request.listsSockets(),
                () -> backend.sockets(request.sockets()), failures);
        Set<Protocol> missingIpv4 = EnumSet.noneOf(Protocol.class);
        if (sockets != null && request.ipv4Gaps()) {
            try {
                missingIpv4 = missingIpv4Tables(backend, request.sockets(), sockets);
            } catch (BackendException e) {
                if (failures == null) {
                    throw e;
                }
                failures.put(Sample.Section.SOCKETS, e);
            }
        }
        Snapshot<NetInterface> interfaces = section(Sample.Section.INTERFACES, request.interfaces(),
                backend::interfaces, failures);
        Snapshot<Route> routes = section(Sample.Section.ROUTES, request.routes() != null,
                () -> backend.routes(request.routes()), failures);
        Snapshot<StatisticsGroup> statistics = section(Sample.Section.STATISTICS, request.statistics(),
                backend::statistics, failures);
        Snapshot<MulticastGroup> groups = section(Sample.Section.GROUPS, request.groups(),
                backend::multicastGroups, failures);
        Snapshot<ConntrackEntry> masquerade = section(Sample.Section.MASQUERADE, request.masquerade(),
                backend::masquerade, failures);
        // The sample is as recent as its latest section (a saved snapshot keeps its own time).
        Instant at = Stream.of(sockets, interfaces, routes, statistics, groups, masquerade)
                .filter(s -> s != null)
                .map(Snapshot::collectedAt)
                .max(Instant::compareTo)
                .orElseGet(clock::instant);
        return new Sample(backend.host(), backend.id(), backend.capabilities(), request, at, sockets, interfaces,
                routes, statistics, groups, masquerade, missingIpv4, failures == null ? Map.of() : failures);
    }

    private static <T> Snapshot<T> section(Sample.Section section, boolean wanted, Call<T> call,
            Map<Sample.Section, BackendException> failures) throws BackendException {
        if (!wanted) {
            return null;
        }
        try {
            return call.get();
        } catch (BackendException e) {
            if (failures == null) {
                throw e;
            }
            failures.put(section, e);
            return null;
        }
    }

    /**
     * Which of the listed inet protocols with a missing table lack their IPv4 table. With one family listed
     * the answer is in the diagnostics already; with both, the IPv4 table alone is asked for again (rare:
     * only when a table is missing), with the listing's scope so a saved snapshot can answer too.
     */
    private static Set<Protocol> missingIpv4Tables(NetstatBackend backend, SocketQuery query,
            Snapshot<SocketEntry> sockets) throws BackendException {
        Set<Protocol> missing = EnumSet.noneOf(Protocol.class);
        if (!query.families().contains(AddressFamily.IPV4)) {
            return missing;
        }
        boolean bothFamilies = query.families().contains(AddressFamily.IPV6);
        for (Protocol p : Protocol.values()) {
            if (!query.protocols().contains(p) || !p.isInet() || !Sample.tableMissing(p, sockets.diagnostics())) {
                continue;
            }
            if (!bothFamilies || Sample.tableMissing(p, backend.sockets(new SocketQuery(EnumSet.of(p),
                    EnumSet.of(AddressFamily.IPV4), query.scope(), false, false, false)).diagnostics())) {
                missing.add(p);
            }
        }
        return missing;
    }
}
