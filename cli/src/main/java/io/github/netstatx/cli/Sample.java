package io.github.netstatx.cli;

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
import io.github.netstatx.core.spi.BackendException;
import io.github.netstatx.core.spi.Capability;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one sample collected for a {@link ViewRequest}: one snapshot per requested view
 * ({@code null} for views not requested), the host and the backend. Every renderer (net-tools and
 * netstat.exe tables, JSON, jc, facts, Prometheus, change events) renders from this and from nothing
 * else; none of them is given a backend.
 *
 * <p>Renderers read each section's items once, in order. The socket items may later arrive as a stream
 * (very large socket sets), so a renderer iterates them and does not index into them.
 *
 * @param host the observed host (all parts {@code null} when no backend was consulted)
 * @param backendId the id of the backend that collected it; {@code null} when the request needed no
 *     backend ({@link ViewRequest#collectsAnything()}) and none was opened
 * @param capabilities what that backend can collect
 * @param request what was asked for
 * @param collectedAt when the sample was complete
 * @param sockets the socket listing, or {@code null}
 * @param interfaces the interface table, or {@code null}
 * @param routes the routes, or {@code null}
 * @param statistics the statistics groups, or {@code null}
 * @param groups the multicast memberships, or {@code null}
 * @param masquerade the masqueraded connections, or {@code null}
 * @param memoryBuffers the kernel's network memory buffers, or {@code null}
 * @param missingIpv4Tables with {@link ViewRequest#ipv4Gaps()}: the inet protocols whose IPv4 table is
 *     missing or unreadable
 * @param failures requested sections whose collection failed as a whole, with why; their snapshot is
 *     {@code null}. Only a table rendering tolerates them ({@link SampleCollector#collectForTables}), to fail
 *     at the point where the native tool would, after what it prints before.
 */
public record Sample(HostInfo host, String backendId, Set<Capability> capabilities, ViewRequest request,
        Instant collectedAt, Snapshot<SocketEntry> sockets, Snapshot<NetInterface> interfaces,
        Snapshot<Route> routes, Snapshot<StatisticsGroup> statistics, Snapshot<MulticastGroup> groups,
        Snapshot<ConntrackEntry> masquerade, Snapshot<MemoryBuffers> memoryBuffers, Set<Protocol> missingIpv4Tables,
        Map<Section, BackendException> failures) {

    /** The part of a sample a diagnostic belongs to. */
    public enum Section {
        SOCKETS, INTERFACES, ROUTES, STATISTICS, GROUPS, MASQUERADE, MEMORY_BUFFERS
    }

    /** A diagnostic and the section whose collection produced it. */
    public record SectionDiagnostic(Section section, Diagnostic diagnostic) {
        public SectionDiagnostic {
            Objects.requireNonNull(section, "section");
            Objects.requireNonNull(diagnostic, "diagnostic");
        }
    }

    public Sample {
        Objects.requireNonNull(host, "host");
        capabilities = Set.copyOf(capabilities);
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(collectedAt, "collectedAt");
        missingIpv4Tables = missingIpv4Tables.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(missingIpv4Tables));
        failures = failures.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(failures));
    }

    /** A complete sample: every requested section collected. */
    public Sample(HostInfo host, String backendId, Set<Capability> capabilities, ViewRequest request,
            Instant collectedAt, Snapshot<SocketEntry> sockets, Snapshot<NetInterface> interfaces,
            Snapshot<Route> routes, Snapshot<StatisticsGroup> statistics, Snapshot<MulticastGroup> groups,
            Snapshot<ConntrackEntry> masquerade) {
        this(host, backendId, capabilities, request, collectedAt, sockets, interfaces, routes, statistics, groups,
                masquerade, null, Set.of(), Map.of());
    }

    /**
     * Throws what the collection of {@code section} failed with, if it failed; a renderer calls it where
     * its native tool would have read that section, so the output before it is kept.
     */
    public void requireCollected(Section section) throws BackendException {
        BackendException failure = failures.get(section);
        if (failure != null) {
            throw failure;
        }
    }

    /** Throws the failure of the first failed section, in {@link Section} order (renderers of whole documents). */
    public void requireComplete() throws BackendException {
        for (Section s : Section.values()) {
            requireCollected(s);
        }
    }

    /** True when the diagnostics say the table of {@code protocol} is missing or unreadable. */
    public static boolean tableMissing(Protocol protocol, List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            if (d.protocol() == protocol && (d.code() == Diagnostic.Code.SOURCE_MISSING
                    || d.code() == Diagnostic.Code.SOURCE_UNREADABLE)) {
                return true;
            }
        }
        return false;
    }

    /** The snapshot of one section, or {@code null} when it was not collected. */
    public Snapshot<?> section(Section s) {
        return switch (s) {
            case SOCKETS -> sockets;
            case INTERFACES -> interfaces;
            case ROUTES -> routes;
            case STATISTICS -> statistics;
            case GROUPS -> groups;
            case MASQUERADE -> masquerade;
            case MEMORY_BUFFERS -> memoryBuffers;
        };
    }

    /** Every diagnostic of the sample, section by section in {@link Section} order. */
    public List<SectionDiagnostic> diagnostics() {
        List<SectionDiagnostic> all = new ArrayList<>();
        for (Section s : Section.values()) {
            Snapshot<?> snap = section(s);
            if (snap != null) {
                snap.diagnostics().forEach(d -> all.add(new SectionDiagnostic(s, d)));
            }
        }
        return all;
    }
}
