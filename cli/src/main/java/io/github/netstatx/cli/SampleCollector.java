package io.github.netstatx.cli;

import io.github.netstatx.core.filter.SocketFilter;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.ConntrackEntry;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.MemoryBuffers;
import io.github.netstatx.core.model.MulticastGroup;
import io.github.netstatx.core.model.NetInterface;
import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Route;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.StatisticsGroup;
import io.github.netstatx.core.query.SocketQuery;
import io.github.netstatx.core.spi.BackendException;
import io.github.netstatx.core.spi.Capability;
import io.github.netstatx.core.spi.NetstatBackend;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Collects one {@link Sample}: each requested view once, nothing that was not requested. This is the
 * only place a run asks its backend for data; renderers get the sample.
 *
 * <p>The run's {@link SocketFilter} is applied here, to every backend's socket listing alike, so tables,
 * JSON, jc, facts, Prometheus and change events all see only the sockets it passes. A filter that reads
 * owners or user names has them collected even when the listing did not ask for them; they are removed
 * again after filtering, so the sample (and every rendering of it) is what the listing asked for.
 */
public final class SampleCollector {

    /** One section's backend call. */
    @FunctionalInterface
    private interface Call<T> {
        Snapshot<T> get() throws BackendException;
    }

    private final Clock clock;
    private final SocketFilter filter;

    /** A collector that keeps every socket. */
    public SampleCollector(Clock clock) {
        this(clock, SocketFilter.none());
    }

    /** A collector whose socket listings keep only what {@code filter} passes. */
    public SampleCollector(Clock clock, SocketFilter filter) {
        this.clock = clock;
        this.filter = filter;
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
                () -> filtered(backend, request.sockets()), failures);
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
        Snapshot<MemoryBuffers> memoryBuffers = section(Sample.Section.MEMORY_BUFFERS, request.memoryBuffers(),
                backend::memoryBuffers, failures);
        // The sample is as recent as its latest section (a saved snapshot keeps its own time).
        Instant at = Stream.of(sockets, interfaces, routes, statistics, groups, masquerade, memoryBuffers)
                .filter(s -> s != null)
                .map(Snapshot::collectedAt)
                .max(Instant::compareTo)
                .orElseGet(clock::instant);
        HostInfo host = backend.host();
        List<Diagnostic> hostDiagnostics = backend.hostDiagnostics();
        if (!hostDiagnostics.isEmpty()) {
            // A host has no diagnostics of its own: they go with the first section, which every output reports.
            if (sockets != null) {
                sockets = withDiagnostics(sockets, hostDiagnostics);
            } else if (interfaces != null) {
                interfaces = withDiagnostics(interfaces, hostDiagnostics);
            } else if (routes != null) {
                routes = withDiagnostics(routes, hostDiagnostics);
            } else if (statistics != null) {
                statistics = withDiagnostics(statistics, hostDiagnostics);
            } else if (groups != null) {
                groups = withDiagnostics(groups, hostDiagnostics);
            } else if (masquerade != null) {
                masquerade = withDiagnostics(masquerade, hostDiagnostics);
            } else if (memoryBuffers != null) {
                memoryBuffers = withDiagnostics(memoryBuffers, hostDiagnostics);
            }
        }
        return new Sample(host, backend.id(), backend.capabilities(), request, at, sockets, interfaces,
                routes, statistics, groups, masquerade, memoryBuffers, missingIpv4,
                failures == null ? Map.of() : failures);
    }

    private static <T> Snapshot<T> withDiagnostics(Snapshot<T> s, List<Diagnostic> more) {
        List<Diagnostic> all = new ArrayList<>(s.diagnostics());
        all.addAll(more);
        return new Snapshot<>(s.items(), all, s.collectedAt());
    }

    /**
     * The listing of {@code asked}, filtered, with only the details {@code asked} wants. The filter's state
     * and local/remote port part goes to the backend as a {@link SocketQuery#prefilter()} (the Linux backend
     * applies it while it parses, sock_diag in the kernel); the whole filter is applied here to what comes back.
     */
    private Snapshot<SocketEntry> filtered(NetstatBackend backend, SocketQuery asked) throws BackendException {
        if (filter.isEmpty()) {
            return backend.sockets(asked);
        }
        SocketQuery query = forFilter(asked, backend.capabilities().contains(Capability.INODES))
                .withPrefilter(filter.prefilter());
        boolean widened = query.owners() != asked.owners() || query.users() != asked.users()
                || query.processDetails() != asked.processDetails();
        Snapshot<SocketEntry> all = backend.sockets(query);
        List<SocketEntry> kept = new ArrayList<>();
        for (SocketEntry e : all.items()) {
            if (filter.matches(e)) {
                kept.add(widened ? asAsked(e, asked, query) : e);
            }
        }
        return new Snapshot<>(kept, all.diagnostics(), all.collectedAt());
    }

    /**
     * {@code asked} with what the filter reads: owners for {@code --pid} and {@code --program}; for
     * {@code --user} names, the uids' names, or where sockets have no uid, the owners' users.
     */
    private SocketQuery forFilter(SocketQuery asked, boolean socketUids) {
        boolean owners = asked.owners() || filter.needsOwners();
        boolean users = asked.users() || filter.needsUserNames();
        boolean details = asked.processDetails();
        if (filter.testsUsers() && !socketUids) {
            owners = true;
            users = true;
            details = true;
        }
        return new SocketQuery(asked.protocols(), asked.families(), asked.scope(), owners, users, asked.timers(),
                details, asked.prefilter());
    }

    /** The entry without the details {@code query} collected beyond {@code asked}. */
    private static SocketEntry asAsked(SocketEntry e, SocketQuery asked, SocketQuery query) {
        SocketEntry.Builder b = e.toBuilder();
        if (!asked.users() && query.users()) {
            b.user(null);
        }
        if (!asked.owners()) {
            b.owners(List.of());
        } else if (!asked.processDetails() && query.processDetails()) {
            b.owners(e.owners().stream().map(p -> new ProcessRef(p.pid(), p.name(), p.path(), null, p.module(), null,
                    p.role())).toList());
        }
        return b.build();
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
