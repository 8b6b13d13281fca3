package io.github.netstatx.cli.windows;

import io.github.netstatx.cli.Dialect;
import io.github.netstatx.cli.DialectId;
import io.github.netstatx.cli.ExitCodes;
import io.github.netstatx.cli.Invocation;
import io.github.netstatx.cli.LineEnding;
import io.github.netstatx.cli.NetstatxHelp;
import io.github.netstatx.cli.OutputFormat;
import io.github.netstatx.cli.Rendering;
import io.github.netstatx.cli.Sample;
import io.github.netstatx.cli.SampleLoop;
import io.github.netstatx.cli.TableView;
import io.github.netstatx.cli.ViewRequest;
import io.github.netstatx.cli.summary.SummaryText;
import io.github.netstatx.cli.names.HostNames;
import io.github.netstatx.cli.names.NameFiles;
import io.github.netstatx.cli.names.PortNames;
import io.github.netstatx.cli.names.ServicesDatabase;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.OsFamily;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.query.RouteQuery;
import io.github.netstatx.core.query.Scope;
import io.github.netstatx.core.query.SocketQuery;
import io.github.netstatx.core.spi.BackendException;
import io.github.netstatx.core.spi.NoBackendException;
import java.io.IOException;
import java.nio.file.Path;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The netstat.exe dialect: its grammar ({@link WindowsGrammar}), its "Active Connections" table
 * ({@link ActiveConnectionsTable}), {@code -x}, and the {@code -e -s -r} views plugged in through
 * {@link WindowsViews}. Everything is rendered from the model, so the same code serves a Windows host,
 * a Linux host and a saved snapshot. Lines end the way the host's lines end ({@link LineEnding}).
 */
public final class WindowsDialect implements Dialect {

    /** Printed instead of the table when {@code -b} meets a Windows host that denies all owners. */
    static final String ELEVATION_REQUIRED = "The requested operation requires elevation.";

    private final WindowsViews views;
    private final LineEnding eol;
    private final Supplier<HostNames> resolver;
    private final ServicesDatabase.Loader services;
    private final Optional<OsFamily> hostOs;

    /**
     * @param views the {@code -e -s -r} renderers
     * @param hostOs the OS netstatx runs on (line endings, services file); absent when unknown
     */
    public WindowsDialect(WindowsViews views, Optional<OsFamily> hostOs) {
        this(views, hostOs, HostNames::system, null);
    }

    WindowsDialect(WindowsViews views, Optional<OsFamily> hostOs, Supplier<HostNames> resolver,
            ServicesDatabase.Loader services) {
        this.views = views;
        this.hostOs = hostOs;
        this.eol = LineEnding.forOs(hostOs);
        this.resolver = resolver;
        this.services = services != null ? services : this::systemServices;
    }

    private PortNames systemServices(Map<String, String> env, Consumer<String> refused) {
        return ServicesDatabase.portNames(hostOs, env, PortNames.Precedence.FIRST_LINE, refused);
    }

    @Override
    public DialectId id() {
        return DialectId.WINDOWS;
    }

    @Override
    public int run(List<String> args, Invocation inv) throws IOException, NoBackendException, BackendException {
        WindowsGrammar.Parsed parsed = WindowsGrammar.parse(args);
        if (parsed instanceof WindowsGrammar.Usage u) {
            if (!u.requested()) {
                // netstat.exe prints only its usage; one line first says what it did not accept
                inv.err().print("netstatx: " + u.reason()).print(eol.text());
            }
            eol.write(inv.err(), WindowsUsage.LINES);
            return ExitCodes.WINDOWS_USAGE;
        }
        if (parsed instanceof WindowsGrammar.NetstatxHelp) {
            eol.write(inv.out(), WindowsUsage.LINES);
            eol.write(inv.out(), NetstatxHelp.LINES);
            return ExitCodes.OK;
        }
        WindowsOptions options = ((WindowsGrammar.Listing) parsed).options();
        if (options.has(WindowsFlag.TIME_IN_STATE)) {
            return notAvailable(inv, "-i (time in the current state)",
                    "its column format is not documented and no backend reports the time yet");
        }
        List<WindowsViewRenderer> chosenViews = new ArrayList<>();
        for (WindowsView v : WindowsView.values()) {
            if (options.has(v.flag())) {
                var r = views.renderer(v);
                if (r.isEmpty() && inv.options().format() == OutputFormat.JSON) {
                    continue; // JSON collects the view from the model; no renderer is needed
                }
                if (r.isEmpty()) {
                    return notAvailable(inv, "-" + v.flag().letter() + " (" + v.description() + ")",
                            "it arrives with the statistics views");
                }
                chosenViews.add(r.get());
            }
        }
        try (HostNames hostNames = options.has(WindowsFlag.NUMERIC) ? null : hostNames(inv.rendering())) {
            Display display = new Display(options, inv.rendering(), chosenViews, hostNames);
            return new SampleLoop(inv).run(display.request(), options.interval().orElse(null), display);
        }
    }

    /**
     * Reverse names: with {@code --fs-root} only that root's {@code etc/hosts} (a saved document then renders the
     * same names wherever it is rendered), otherwise the system resolver of the machine netstatx runs on.
     */
    private HostNames hostNames(Rendering rendering) {
        return rendering.foreignRoot() ? NameFiles.hostsFile(rendering.fsRoot().resolve("etc/hosts"),
                refusedNameFile(rendering)) : resolver.get();
    }

    /** Port names: with {@code --fs-root} that root's {@code etc/services}, otherwise the local services file. */
    private PortNames serviceNames(Rendering rendering) {
        Path etc = rendering.fsRoot().resolve("etc");
        return rendering.foreignRoot() ? NameFiles.portNames(etc.resolve("services"), etc.resolve("protocols"),
                PortNames.Precedence.FIRST_LINE, refusedNameFile(rendering))
                : services.load(rendering.env(), refusedNameFile(rendering));
    }

    /** A name database that was refused (a FIFO planted under {@code --fs-root}, say): a line on stderr. */
    private Consumer<String> refusedNameFile(Rendering rendering) {
        return why -> rendering.err().print("netstatx: " + why).print(eol.text());
    }

    private int notAvailable(Invocation inv, String what, String why) {
        inv.err().print("netstatx: netstat.exe " + what + " is not available in netstatx yet: " + why)
                .print(eol.text());
        return ExitCodes.FAILURE;
    }

    /**
     * One run's displays, rendered from each interval's sample: the state that lives across intervals
     * (names, notes already given, the observed host's name for change rows).
     */
    private final class Display implements TableView {
        private final WindowsOptions options;
        private final Rendering rendering;
        private final List<WindowsViewRenderer> chosenViews;
        private final HostNames hostNames;
        private final DiagnosticNotes notes;
        private PortNames portNames;
        private String hostname;

        Display(WindowsOptions options, Rendering rendering, List<WindowsViewRenderer> chosenViews,
                HostNames hostNames) {
            this.options = options;
            this.rendering = rendering;
            this.chosenViews = chosenViews;
            this.hostNames = hostNames;
            this.notes = new DiagnosticNotes(rendering.err(), eol.text());
        }

        @Override
        public int pass(Sample sample, int index) throws BackendException {
            return display(sample);
        }

        @Override
        public String socketRow(SocketEntry socket) {
            return row(socket);
        }

        @Override
        public SummaryText summaryText() {
            return SummaryText.netstatExe(WindowsStateWords::of, eol.text());
        }

        /** What one display collects: the needs of the chosen views, or of the connection table. */
        ViewRequest request() {
            if (Arrays.stream(WindowsView.values()).anyMatch(v -> options.has(v.flag()))) {
                ViewRequest r = ViewRequest.nothing();
                for (WindowsView v : WindowsView.values()) {
                    if (options.has(v.flag())) {
                        r = switch (v) {
                            case INTERFACE_STATISTICS -> r.withInterfaces();
                            case PROTOCOL_STATISTICS -> r.withStatistics();
                            // route print starts with the Interface List
                            case ROUTES -> r.withRoutes(RouteQuery.tables()).withInterfaces();
                        };
                    }
                }
                return r;
            }
            if (options.has(WindowsFlag.NETWORK_DIRECT)) {
                return ViewRequest.nothing();
            }
            return ViewRequest.sockets(query(options));
        }

        /** The connection-table row of one socket, or null when this command line would not list it. */
        private String row(SocketEntry socket) {
            if (ConnectionSelection.select(List.of(socket), options).isEmpty()) {
                return null;
            }
            WindowsEndpointText endpoints = new WindowsEndpointText(options.has(WindowsFlag.NUMERIC),
                    options.has(WindowsFlag.FQDN), hostNames, portNames(), hostname);
            return new ActiveConnectionsTable(ActiveConnectionsTable.Layout.of(options), endpoints).row(socket);
        }

        private int display(Sample sample) throws BackendException {
            if (!chosenViews.isEmpty()) {
                for (WindowsViewRenderer r : chosenViews) {
                    eol.write(rendering.out(), r.render(new WindowsViewRenderer.Request(options, sample,
                            d -> notes.report(d, options))));
                }
                return ExitCodes.OK;
            }
            if (options.has(WindowsFlag.NETWORK_DIRECT)) {
                eol.write(rendering.out(), NetworkDirectSection.render());
                return ExitCodes.OK;
            }
            return connections(sample);
        }

        private int connections(Sample sample) throws BackendException {
            SocketQuery query = query(options);
            List<SocketEntry> entries = List.of();
            hostname = null;
            if (!query.protocols().isEmpty()) {
                sample.requireCollected(Sample.Section.SOCKETS);
                Snapshot<SocketEntry> snapshot = sample.sockets();
                hostname = sample.host().hostname();
                if (elevationDenied(sample, snapshot)) {
                    rendering.err().print(ELEVATION_REQUIRED).print(eol.text());
                    return ExitCodes.FAILURE;
                }
                notes.report(snapshot.diagnostics(), options);
                entries = snapshot.items();
            }
            List<SocketEntry> rows = ConnectionSelection.select(entries, options);
            WindowsEndpointText endpoints = new WindowsEndpointText(options.has(WindowsFlag.NUMERIC),
                    options.has(WindowsFlag.FQDN), hostNames, portNames(), hostname);
            prefetch(rows, endpoints);
            eol.write(rendering.out(), new ActiveConnectionsTable(ActiveConnectionsTable.Layout.of(options), endpoints)
                    .render(rows));
            return ExitCodes.OK;
        }

        private boolean elevationDenied(Sample sample, Snapshot<SocketEntry> snapshot) {
            return options.has(WindowsFlag.EXECUTABLES) && sample.host().os() == OsFamily.WINDOWS
                    && snapshot.diagnostics().stream().anyMatch(d -> d.code() == Diagnostic.Code.OWNERS_UNAVAILABLE);
        }

        private PortNames portNames() {
            if (options.has(WindowsFlag.NUMERIC)) {
                return PortNames.none();
            }
            if (portNames == null) {
                portNames = serviceNames(rendering);
            }
            return portNames;
        }

        private void prefetch(List<SocketEntry> rows, WindowsEndpointText endpoints) {
            if (hostNames == null) {
                return;
            }
            List<InetAddress> wanted = new ArrayList<>();
            for (SocketEntry e : rows) {
                endpoints.lookupFor(e, RowKind.of(e)).ifPresent(wanted::add);
            }
            hostNames.prefetch(wanted);
        }
    }

    /**
     * The backend query for a command line: TCP, plus UDP when {@code -a}/{@code -q} lists endpoints, or
     * the one protocol of {@code -p}. Both families are always read, because a dual-stack IPv6 socket
     * with an IPv4 peer prints (and is selected by {@code -p TCP}) as IPv4. Without {@code -a} the
     * backend skips listeners itself.
     */
    static SocketQuery query(WindowsOptions options) {
        Set<Protocol> protocols = EnumSet.noneOf(Protocol.class);
        if (options.protocol().isPresent() && options.protocol().get().selectsConnections()) {
            protocols.add(options.protocol().get().transport());
        } else {
            protocols.add(Protocol.TCP);
            protocols.add(Protocol.UDP);
        }
        if (!options.listsAll()) {
            protocols.remove(Protocol.UDP);
        }
        boolean owners = options.has(WindowsFlag.PIDS) || options.has(WindowsFlag.EXECUTABLES);
        return new SocketQuery(protocols, EnumSet.of(AddressFamily.IPV4, AddressFamily.IPV6),
                options.listsAll() ? Scope.ALL : Scope.CONNECTED, owners, false, false);
    }
}
