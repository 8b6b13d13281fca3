package io.github.netstatx.cli.macos;

import io.github.netstatx.cli.Dialect;
import io.github.netstatx.cli.DialectId;
import io.github.netstatx.cli.ExitCodes;
import io.github.netstatx.cli.Invocation;
import io.github.netstatx.cli.Rendering;
import io.github.netstatx.cli.Sample;
import io.github.netstatx.cli.SampleLoop;
import io.github.netstatx.cli.TableView;
import io.github.netstatx.cli.ViewRequest;
import io.github.netstatx.cli.names.HostNames;
import io.github.netstatx.cli.names.PortNames;
import io.github.netstatx.cli.names.ServicesDatabase;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.MemoryBuffers;
import io.github.netstatx.core.model.OsFamily;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Route;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.query.RouteQuery;
import io.github.netstatx.core.query.Scope;
import io.github.netstatx.core.query.SocketQuery;
import io.github.netstatx.core.spi.BackendException;
import io.github.netstatx.core.spi.NoBackendException;
import io.github.netstatx.core.spi.UnsupportedCapabilityException;
import java.io.IOException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Apple's netstat ({@code --dialect macos}, the default on macOS hosts): its grammar ({@link AppleGrammar}),
 * its socket listing ({@link AppleSocketListing}) and interfaces ({@link AppleInterfaceTable}), rendered from
 * the model, so Linux and Windows data print the Apple way too.
 * Lines end in LF: Apple's netstat runs where lines do.
 */
public final class AppleDialect implements Dialect {

    private final Supplier<HostNames> resolver;
    private final ServicesDatabase.Loader services;

    /** @param hostOs the OS netstatx runs on (which services file to read); absent when unknown */
    public AppleDialect(Optional<OsFamily> hostOs) {
        this(HostNames::system, (env, refused) -> ServicesDatabase.portNames(hostOs, env,
                PortNames.Precedence.FIRST_LINE, refused));
    }

    AppleDialect(Supplier<HostNames> resolver, ServicesDatabase.Loader services) {
        this.resolver = resolver;
        this.services = services;
    }

    @Override
    public DialectId id() {
        return DialectId.MACOS;
    }

    @Override
    public int run(List<String> args, Invocation inv) throws IOException, NoBackendException, BackendException {
        AppleGrammar.Parsed parsed = AppleGrammar.parse(args);
        if (parsed instanceof AppleGrammar.Usage u) {
            u.diagnostic().ifPresent(d -> inv.err().println("netstat: " + d));
            AppleUsage.LINES.forEach(inv.err()::println);
            return ExitCodes.FAILURE;
        }
        if (parsed instanceof AppleGrammar.Failure f) {
            inv.err().println("netstat: " + f.message());
            return ExitCodes.FAILURE;
        }
        AppleOptions o = ((AppleGrammar.Listing) parsed).options();
        if (o.mbufs() > 2) {
            return notAvailable(inv, "-mmm (mbuf cache waits and tag statistics)", "the model keeps neither the "
                    + "per-class wait and retry counts nor the mbuf tag statistics");
        }
        if (o.mbufs() > 0) {
            return memoryBuffers(o, inv);
        }
        if (o.interfaces() && o.statistics() == 0 && !o.groups()) {
            return interfaces(o, inv);
        }
        if (o.routes()) {
            if (o.statistics() > 0) {
                return notAvailable(inv, "-rs (routing statistics)", "no backend reports them yet");
            }
            return routes(o, inv);
        }
        if (o.groups()) {
            if (o.statistics() > 0) {
                return notAvailable(inv, "-gs (IGMP and MLD statistics)", "no backend reports them yet");
            }
            return groups(o, inv);
        }
        if (o.statistics() > 0) {
            return statistics(o, inv);
        }
        return sockets(o, inv);
    }

    /** {@code -s}, {@code -ss}, {@code -s -p PROTOCOL}, {@code -f inet|inet6 -s}. */
    private int statistics(AppleOptions o, Invocation inv) throws IOException, NoBackendException, BackendException {
        Rendering rendering = inv.rendering();
        String protocol = o.protocol().map(AppleProtocol::name).orElse(null);
        boolean inet = o.family() == AppleOptions.AppleFamily.UNSPEC || o.family() == AppleOptions.AppleFamily.INET;
        boolean inet6 = o.family() == AppleOptions.AppleFamily.UNSPEC
                || o.family() == AppleOptions.AppleFamily.INET6;
        if (o.interval().isPresent()) {
            return notAvailable(inv, "-s with an interval", "the per-interval differences are not written yet");
        }
        if (protocol != null && !AppleStatisticsTable.hasStatistics(protocol)) {
            return notAvailable(inv, "-s -p " + protocol, "no backend reports " + protocol + " statistics");
        }
        return new SampleLoop(inv).run(ViewRequest.nothing().withStatistics(), null, TableView.of((sample, k) -> {
            sample.requireCollected(Sample.Section.STATISTICS);
            report(sample.statistics().diagnostics(), rendering);
            HostInfo host = sample.host();
            new AppleStatisticsTable(AppleStatisticsLayout.forData(host.os(), host.osVersion()), o.statistics() > 1)
                    .render(sample.statistics().items(), protocol, inet, inet6).forEach(rendering.out()::println);
            return ExitCodes.OK;
        }));
    }

    private static int notAvailable(Invocation inv, String what, String why) {
        inv.err().println("netstatx: Apple netstat " + what + " is not available in netstatx yet: " + why);
        return ExitCodes.FAILURE;
    }

    /** The backend query: every socket of the listed kinds; the listing does the Apple filtering itself. */
    static SocketQuery query(AppleOptions o) {
        Set<Protocol> protocols = EnumSet.noneOf(Protocol.class);
        for (AppleProtocol p : AppleSocketListing.entries(o)) {
            if (p.socketRows() && p.number() >= 0) {
                protocols.add(p.number() == 6 ? Protocol.TCP : p.number() == 17 ? Protocol.UDP : Protocol.RAW);
            }
        }
        if (AppleSocketListing.listsUnix(o)) {
            protocols.add(Protocol.UNIX);
        }
        return new SocketQuery(protocols, EnumSet.of(AddressFamily.IPV4, AddressFamily.IPV6), Scope.ALL,
                o.verbose() > 0, false, false);
    }

    private int sockets(AppleOptions o, Invocation inv) throws IOException, NoBackendException, BackendException {
        SocketQuery query = query(o);
        Rendering rendering = inv.rendering();
        try (HostNames names = o.numeric() ? null : resolver.get()) {
            PortNames ports = o.numeric() ? PortNames.none()
                    : services.load(rendering.env(), why -> rendering.err().println("netstatx: " + why));
            ViewRequest request = query.protocols().isEmpty() ? ViewRequest.nothing() : ViewRequest.sockets(query);
            return new SampleLoop(inv).run(request, null, new TableView() {
                @Override
                public int pass(Sample sample, int index) throws BackendException {
                    if (query.protocols().isEmpty()) {
                        return ExitCodes.OK;
                    }
                    sample.requireCollected(Sample.Section.SOCKETS);
                    Snapshot<SocketEntry> snap = sample.sockets();
                    report(snap.diagnostics(), rendering);
                    HostInfo host = sample.host();
                    AppleSocketListing listing = new AppleSocketListing(o,
                            new AppleEndpointText(o, names, ports, domainOf(host)),
                            AppleSocketStatsColumns.forData(host.os(), host.osVersion()));
                    listing.render(snap.items()).forEach(rendering.out()::println);
                    return ExitCodes.OK;
                }

                @Override
                public String socketRow(SocketEntry socket) {
                    AppleSocketListing listing = new AppleSocketListing(o, new AppleEndpointText(o, names, ports,
                            null), AppleSocketStatsColumns.N596);
                    for (AppleProtocol p : AppleSocketListing.entries(o)) {
                        String row = p.socketRows() && p.number() >= 0 ? listing.inetRow(socket, p) : null;
                        if (row != null) {
                            return row;
                        }
                    }
                    return null;
                }
            });
        }
    }

    private int interfaces(AppleOptions o, Invocation inv) throws IOException, NoBackendException, BackendException {
        Rendering rendering = inv.rendering();
        if (o.interval().isPresent() && o.interval().get() > 0) {
            AppleInterfaceTraffic traffic = new AppleInterfaceTraffic(o, ZoneId.systemDefault());
            return new SampleLoop(inv).run(ViewRequest.nothing().withInterfaces(),
                    Duration.ofSeconds(o.interval().get()), TableView.of((sample, k) -> {
                        sample.requireCollected(Sample.Section.INTERFACES);
                        report(sample.interfaces().diagnostics(), rendering);
                        traffic.sample(k, sample.interfaces().items(), sample.collectedAt())
                                .forEach(rendering.out()::println);
                        return ExitCodes.OK;
                    }));
        }
        try (HostNames names = o.numeric() ? null : resolver.get()) {
            return new SampleLoop(inv).run(ViewRequest.nothing().withInterfaces(), null, TableView.of((sample, i) -> {
                sample.requireCollected(Sample.Section.INTERFACES);
                report(sample.interfaces().diagnostics(), rendering);
                new AppleInterfaceTable(o, names).render(sample.interfaces().items()).forEach(rendering.out()::println);
                return ExitCodes.OK;
            }));
        }
    }

    private int routes(AppleOptions o, Invocation inv) throws IOException, NoBackendException, BackendException {
        Rendering rendering = inv.rendering();
        try (HostNames names = o.numeric() ? null : resolver.get()) {
            return new SampleLoop(inv).run(ViewRequest.nothing().withRoutes(RouteQuery.tables()), null,
                    TableView.of((sample, i) -> {
                        sample.requireCollected(Sample.Section.ROUTES);
                        Snapshot<Route> routes = sample.routes();
                        report(routes.diagnostics(), rendering);
                        HostInfo host = sample.host();
                        new AppleRouteTable(o, names, NetworkCmds.forData(host.os(), host.osVersion()),
                                routes.collectedAt()).render(routes.items()).forEach(rendering.out()::println);
                        return ExitCodes.OK;
                    }));
        }
    }

    private int groups(AppleOptions o, Invocation inv) throws IOException, NoBackendException, BackendException {
        Rendering rendering = inv.rendering();
        try (HostNames names = o.numeric() ? null : resolver.get()) {
            return new SampleLoop(inv).run(ViewRequest.nothing().withGroups(), null, TableView.of((sample, i) -> {
                sample.requireCollected(Sample.Section.GROUPS);
                report(sample.groups().diagnostics(), rendering);
                new AppleGroupTable(o, names).render(sample.groups().items()).forEach(rendering.out()::println);
                return ExitCodes.OK;
            }));
        }
    }

    /**
     * {@code -m}/{@code -mm}. Only macOS keeps BSD mbuf statistics: other systems' data get a plain "not
     * available" (Linux's slab counts are not mbufs, and are not passed off as them).
     */
    private int memoryBuffers(AppleOptions o, Invocation inv) throws IOException, NoBackendException,
            BackendException {
        Rendering rendering = inv.rendering();
        return new SampleLoop(inv).run(ViewRequest.nothing().withMemoryBuffers(), null, TableView.of((sample, i) -> {
            if (sample.failures().get(Sample.Section.MEMORY_BUFFERS) instanceof UnsupportedCapabilityException) {
                return notAvailable(inv, "-m (mbuf statistics)", "backend " + sample.backendId() + " gives no "
                        + "kernel memory buffers (only macOS keeps BSD mbuf statistics)");
            }
            sample.requireCollected(Sample.Section.MEMORY_BUFFERS);
            Snapshot<MemoryBuffers> buffers = sample.memoryBuffers();
            report(buffers.diagnostics(), rendering);
            if (buffers.items().isEmpty()) {
                return ExitCodes.FAILURE;
            }
            HostInfo host = sample.host();
            AppleMbufReport.forData(host.os(), host.osVersion()).render(buffers.items().get(0), o.mbufs())
                    .forEach(rendering.out()::println);
            return ExitCodes.OK;
        }));
    }

    /** Diagnostics go to stderr, the way netstat's own {@code warn()} lines do. */
    private static void report(List<Diagnostic> diagnostics, Rendering rendering) {
        for (Diagnostic d : diagnostics) {
            if (d.severity() != io.github.netstatx.core.model.Severity.INFO) {
                rendering.err().println("netstat: " + d.source() + ": " + io.github.netstatx.cli.TerminalSafe.dotted(
                        d.message()));
            }
        }
    }

    private static String domainOf(HostInfo host) {
        String h = host.hostname();
        int dot = h == null ? -1 : h.indexOf('.');
        return dot < 0 ? null : h.substring(dot + 1);
    }
}
