package io.github.netstatx.cli;

import io.github.netstatx.core.model.ConntrackEntry;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.MulticastGroup;
import io.github.netstatx.core.model.NetInterface;
import io.github.netstatx.core.model.Route;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.StatisticsGroup;
import io.github.netstatx.core.spi.Capability;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one sample collected for a {@link ViewRequest}: one snapshot per requested view
 * ({@code null} for views not requested), the host and the backend. Table renderers and the JSON
 * writer both render from this and from nothing else.
 *
 * @param host the observed host
 * @param backendId the id of the backend that collected it
 * @param capabilities what that backend can collect
 * @param request what was asked for
 * @param collectedAt when the sample was complete
 * @param sockets the socket listing, or {@code null}
 * @param interfaces the interface table, or {@code null}
 * @param routes the routes, or {@code null}
 * @param statistics the statistics groups, or {@code null}
 * @param groups the multicast memberships, or {@code null}
 * @param masquerade the masqueraded connections, or {@code null}
 */
public record Sample(HostInfo host, String backendId, Set<Capability> capabilities, ViewRequest request,
        Instant collectedAt, Snapshot<SocketEntry> sockets, Snapshot<NetInterface> interfaces,
        Snapshot<Route> routes, Snapshot<StatisticsGroup> statistics, Snapshot<MulticastGroup> groups,
        Snapshot<ConntrackEntry> masquerade) {

    /** The part of a sample a diagnostic belongs to. */
    public enum Section {
        SOCKETS, INTERFACES, ROUTES, STATISTICS, GROUPS, MASQUERADE
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
        Objects.requireNonNull(backendId, "backendId");
        capabilities = Set.copyOf(capabilities);
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(collectedAt, "collectedAt");
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
