package io.github.netstatx.cli.aix;

import io.github.netstatx.cli.Dialect;
import io.github.netstatx.cli.DialectId;
import io.github.netstatx.cli.ExitCodes;
import io.github.netstatx.cli.Invocation;
import io.github.netstatx.cli.LineEnding;
import io.github.netstatx.cli.NetstatxHelp;
import io.github.netstatx.cli.Sample;
import io.github.netstatx.cli.SampleLoop;
import io.github.netstatx.cli.TableView;
import io.github.netstatx.cli.TerminalSafe;
import io.github.netstatx.cli.ViewRequest;
import io.github.netstatx.cli.names.HostNames;
import io.github.netstatx.cli.names.PortNames;
import io.github.netstatx.cli.names.ServicesDatabase;
import io.github.netstatx.core.format.AixNetstatSLayout;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.MulticastGroup;
import io.github.netstatx.core.model.NetInterface;
import io.github.netstatx.core.model.OsFamily;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Severity;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.query.RouteQuery;
import io.github.netstatx.core.query.Scope;
import io.github.netstatx.core.query.SocketQuery;
import io.github.netstatx.core.spi.BackendException;
import io.github.netstatx.core.spi.NoBackendException;
import java.io.IOException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The AIX netstat dialect: {@link AixGrammar}, and the socket, interface and route tables rendered from
 * the model ({@link AixSocketTable}, {@link AixInterfaceTable}, {@link AixRouteTable}), so it shows any
 * backend's data, and the statistics of {@code -s}/{@code -ss}/{@code -p} ({@link AixStatisticsTable}).
 * and the adapter statistics of {@code -v} ({@link AixAdapterTable}).
 * Views whose AIX layout has not been recorded anywhere ({@code -g}, {@code -u}, ...) say so
 * instead of inventing one.
 */
public final class AixDialect implements Dialect {

    private final LineEnding eol;
    private final Supplier<HostNames> resolver;
    private final ServicesDatabase.Loader services;

    public AixDialect(Optional<OsFamily> hostOs) {
        this(hostOs, HostNames::system, null);
    }

    AixDialect(Optional<OsFamily> hostOs, Supplier<HostNames> resolver, ServicesDatabase.Loader services) {
        this.eol = LineEnding.forOs(hostOs);
        this.resolver = resolver;
        this.services = services != null ? services
                : (env, refused) -> ServicesDatabase.portNames(hostOs, env, PortNames.Precedence.FIRST_LINE, refused);
    }

    @Override
    public DialectId id() {
        return DialectId.AIX;
    }

    @Override
    public int run(List<String> args, Invocation inv) throws IOException, NoBackendException, BackendException {
        AixGrammar.Parsed parsed = AixGrammar.parse(args);
        if (parsed instanceof AixGrammar.NetstatxHelp) {
            eol.write(inv.out(), AixUsage.HELP);
            eol.write(inv.out(), NetstatxHelp.LINES);
            return ExitCodes.OK;
        }
        if (parsed instanceof AixGrammar.Usage u) {
            inv.err().print("netstat: " + u.reason()).print(eol.text());
            eol.write(inv.err(), AixUsage.LINES);
            return ExitCodes.AIX_USAGE;
        }
        AixOptions o = ((AixGrammar.Listing) parsed).options();
        Optional<String> missing = notAvailable(o);
        if (missing.isPresent()) {
            inv.err().print("netstatx: AIX netstat " + missing.get() + " is not available in netstatx yet: "
                    + "its AIX layout has not been recorded").print(eol.text());
            return ExitCodes.FAILURE;
        }
        if (o.has(AixFlag.STATISTICS) || o.protocol().isPresent()) {
            return statistics(o, inv);
        }
        if (o.has(AixFlag.ADAPTER_STATISTICS)) {
            Notes notes = new Notes(inv);
            return new SampleLoop(inv).run(ViewRequest.nothing().withInterfaces(), o.interval().orElse(null),
                    TableView.of((sample, k) -> adapters(sample, notes, inv)));
        }
        boolean interfaces = o.has(AixFlag.INTERFACES) || o.interfaceName().isPresent();
        if (interfaces) {
            ViewRequest request = ViewRequest.nothing().withInterfaces();
            Notes notes = new Notes(inv);
            return new SampleLoop(inv).run(o.has(AixFlag.ALL) ? request.withGroups() : request,
                    o.interval().orElse(null), TableView.of((sample, k) -> interfaces(o, sample, notes, inv)));
        }
        if (o.has(AixFlag.ROUTES)) {
            Notes notes = new Notes(inv);
            return new SampleLoop(inv).run(ViewRequest.nothing().withRoutes(RouteQuery.tables()),
                    o.interval().orElse(null), TableView.of((sample, k) -> routes(o, sample, notes, inv)));
        }
        return sockets(o, inv);
    }

    /** The first option of this command line whose AIX layout is unknown, if any. */
    private static Optional<String> notAvailable(AixOptions o) {
        for (AixFlag f : List.of(AixFlag.MULTICAST_ROUTING, AixFlag.UNIX_SOCKETS, AixFlag.MEMORY, AixFlag.CLUSTER_POOLS, AixFlag.BUFFER_CACHE,
                AixFlag.ROUTE_COSTS, AixFlag.SUBSYSTEM_COUNTS, AixFlag.DLPI)) {
            if (o.has(f)) {
                return Optional.of("-" + f.letter());
            }
        }
        return Optional.empty();
    }

    private static AddressFamily family(AixOptions o) {
        return o.family().map(f -> f.equals("inet6") ? AddressFamily.IPV6 : AddressFamily.IPV4).orElse(null);
    }

    private int sockets(AixOptions o, Invocation inv) throws IOException, NoBackendException, BackendException {
        // Both Internet families always: a socket of both belongs to -f inet and to -f inet6 (the table picks).
        String only = o.family().orElse(null);
        EnumSet<Protocol> protocols = only == null ? EnumSet.of(Protocol.TCP, Protocol.UDP, Protocol.UNIX)
                : only.equals("unix") ? EnumSet.of(Protocol.UNIX) : EnumSet.of(Protocol.TCP, Protocol.UDP);
        SocketQuery query = new SocketQuery(protocols, EnumSet.of(AddressFamily.IPV4, AddressFamily.IPV6),
                o.has(AixFlag.ALL) ? Scope.ALL : Scope.CONNECTED, false, false, false);
        boolean numeric = o.has(AixFlag.NUMERIC);
        Notes notes = new Notes(inv);
        try (HostNames hostNames = numeric ? null : resolver.get()) {
            PortNames ports = numeric ? PortNames.none()
                    : services.load(inv.env(), why -> inv.err().print("netstatx: " + why).print(eol.text()));
            AixSocketTable table = new AixSocketTable(o.has(AixFlag.PCB_ADDRESSES), o.has(AixFlag.ALL), numeric,
                    only, hostNames, ports);
            return new SampleLoop(inv).run(ViewRequest.sockets(query), o.interval().orElse(null), new TableView() {
                @Override
                public int pass(Sample sample, int index) throws BackendException {
                    sample.requireCollected(Sample.Section.SOCKETS);
                    Snapshot<SocketEntry> s = sample.sockets();
                    notes.report(s.diagnostics());
                    List<SocketEntry> rows = table.select(s.items());
                    if (hostNames != null) {
                        hostNames.prefetchEndpoints(rows);
                    }
                    eol.write(inv.out(), table.render(rows));
                    return ExitCodes.OK;
                }

                @Override
                public String socketRow(SocketEntry socket) {
                    return table.select(List.of(socket)).isEmpty() ? null : table.row(socket);
                }
            });
        }
    }

    /** {@code -s}, {@code -ss}, {@code -p PROTOCOL} (with or without {@code -s}), {@code -f FAMILY}. */
    private int statistics(AixOptions o, Invocation inv) throws IOException, NoBackendException, BackendException {
        String protocol = o.protocol().orElse(null);
        if (protocol != null && AixNetstatSLayout.section(protocol).isEmpty()) {
            // AIX's own wording for this has not been recorded; BSD netstat's is used.
            inv.err().print("netstat: " + TerminalSafe.dotted(protocol) + ": unknown or uninstrumented protocol")
                    .print(eol.text());
            return ExitCodes.FAILURE;
        }
        Notes notes = new Notes(inv);
        AixStatisticsTable table = new AixStatisticsTable(o.nonZeroOnly());
        return new SampleLoop(inv).run(ViewRequest.nothing().withStatistics(), o.interval().orElse(null),
                TableView.of((sample, k) -> {
                    sample.requireCollected(Sample.Section.STATISTICS);
                    notes.report(sample.statistics().diagnostics());
                    eol.write(inv.out(), table.render(sample.statistics().items(), protocol, family(o)));
                    return ExitCodes.OK;
                }));
    }

    private int interfaces(AixOptions o, Sample sample, Notes notes, Invocation inv) throws BackendException {
        sample.requireCollected(Sample.Section.INTERFACES);
        notes.report(sample.interfaces().diagnostics());
        List<NetInterface> shown = sample.interfaces().items();
        if (o.interfaceName().isPresent()) {
            shown = shown.stream().filter(i -> i.name().equals(o.interfaceName().get())).toList();
        }
        List<MulticastGroup> groups = List.of();
        if (sample.groups() != null) {
            notes.report(sample.groups().diagnostics());
            groups = sample.groups().items();
        } else if (sample.failures().containsKey(Sample.Section.GROUPS)) {
            notes.tell("netstatx: " + sample.failures().get(Sample.Section.GROUPS).getMessage());
        }
        eol.write(inv.out(), new AixInterfaceTable(o.has(AixFlag.ALL)).render(shown, groups));
        return ExitCodes.OK;
    }

    /**
     * {@code -v}: the adapters' statistics. Besides warnings, the notes that say what this view lacks (a
     * source that could not be read, sections the model leaves out) go to stderr, since the table cannot
     * show them.
     */
    private int adapters(Sample sample, Notes notes, Invocation inv) throws BackendException {
        sample.requireCollected(Sample.Section.INTERFACES);
        notes.report(sample.interfaces().diagnostics());
        for (Diagnostic d : sample.interfaces().diagnostics()) {
            if (d.severity() == Severity.INFO && (d.code() == Diagnostic.Code.SOURCE_UNREADABLE
                    || d.code() == Diagnostic.Code.CAPABILITY_UNSUPPORTED)) {
                notes.tell("netstatx: " + d.message());
            }
        }
        eol.write(inv.out(), new AixAdapterTable().render(sample.interfaces().items()));
        return ExitCodes.OK;
    }

    private int routes(AixOptions o, Sample sample, Notes notes, Invocation inv) throws BackendException {
        sample.requireCollected(Sample.Section.ROUTES);
        notes.report(sample.routes().diagnostics());
        eol.write(inv.out(), new AixRouteTable().render(sample.routes().items(), family(o)));
        return ExitCodes.OK;
    }

    /** Warnings and errors of a snapshot on stderr, each once; notes (severity INFO) stay in the JSON. */
    private final class Notes {
        private final Invocation inv;
        private final Set<String> told = new HashSet<>();

        Notes(Invocation inv) {
            this.inv = inv;
        }

        void report(List<Diagnostic> diagnostics) {
            for (Diagnostic d : diagnostics) {
                if (d.severity() != Severity.INFO) {
                    tell("netstatx: " + d.message());
                }
            }
        }

        void tell(String line) {
            if (told.add(line)) {
                inv.err().print(line).print(eol.text());
            }
        }
    }
}
