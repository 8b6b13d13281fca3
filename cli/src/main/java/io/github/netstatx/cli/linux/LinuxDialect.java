package io.github.netstatx.cli.linux;

import io.github.netstatx.cli.BuildInfo;
import io.github.netstatx.cli.Dialect;
import io.github.netstatx.cli.DialectId;
import io.github.netstatx.cli.ExitCodes;
import io.github.netstatx.cli.Invocation;
import io.github.netstatx.cli.OutputFormat;
import io.github.netstatx.cli.OutputSink;
import io.github.netstatx.cli.Rendering;
import io.github.netstatx.cli.Sample;
import io.github.netstatx.cli.SampleLoop;
import io.github.netstatx.cli.TableView;
import io.github.netstatx.cli.ViewRequest;
import io.github.netstatx.cli.names.HostNames;
import io.github.netstatx.cli.names.NameFiles;
import io.github.netstatx.cli.names.PortNames;
import io.github.netstatx.cli.summary.SummaryText;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.query.RouteQuery;
import io.github.netstatx.core.spi.BackendException;
import io.github.netstatx.core.spi.NoBackendException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The net-tools netstat 2.10 dialect: {@link NetToolsCommandLine} reads the options, the socket
 * listing is {@link SocketListing}, the other tables are {@link NetToolsView}s.
 */
public final class LinuxDialect implements Dialect {

    @Override
    public DialectId id() {
        return DialectId.LINUX;
    }

    @Override
    public int run(List<String> args, Invocation invocation)
            throws IOException, NoBackendException, BackendException {
        NetToolsCommandLine.Outcome outcome = NetToolsCommandLine.parse(args, invocation.env());
        OutputSink out = invocation.out();
        OutputSink err = invocation.err();
        outcome.warnings().forEach(err::println);
        if (outcome instanceof NetToolsCommandLine.Help) {
            out.print(NetToolsUsage.usage(true));
            // net-tools writes the family list to stderr; on a terminal it follows the usage.
            out.flush();
            err.print(NetToolsUsage.FAMILY_LIST);
            return ExitCodes.OK;
        }
        if (outcome instanceof NetToolsCommandLine.Version) {
            out.print(NetToolsUsage.version(BuildInfo.ofThisBuild()));
            return ExitCodes.OK;
        }
        if (outcome instanceof NetToolsCommandLine.BadUsage bad) {
            if (bad.message() != null) {
                err.println(bad.message());
            }
            err.print(NetToolsUsage.usage(false)).print(NetToolsUsage.FAMILY_LIST);
            return ExitCodes.NET_TOOLS_USAGE;
        }
        if (outcome instanceof NetToolsCommandLine.Failure failure) {
            return failure.status();
        }
        return run(((NetToolsCommandLine.Run) outcome).options(), invocation);
    }

    private static int run(NetToolsOptions options, Invocation invocation)
            throws IOException, NoBackendException, BackendException {
        if (invocation.options().format() == OutputFormat.JC) {
            String problem = jcProblem(options, invocation);
            if (problem != null) {
                invocation.err().println("netstatx: " + problem);
                return ExitCodes.USAGE;
            }
        }
        boolean jc = invocation.options().format() == OutputFormat.JC;
        return switch (options.mode()) {
            case SOCKETS -> listSockets(options, invocation);
            case INTERFACES, ROUTES -> jc ? jcView(options, invocation) : options.mode() == NetToolsMode.INTERFACES
                    ? view(NetToolsViews.Kind.INTERFACES, ViewRequest.nothing().withInterfaces(), options.interval(),
                            options, invocation)
                    : view(NetToolsViews.Kind.ROUTES, ViewRequest.nothing().withRoutes(
                            new RouteQuery(options.routeCache())), options.interval(), options, invocation);
            case MASQUERADE -> view(NetToolsViews.Kind.MASQUERADE, ViewRequest.nothing().withMasquerade(),
                    options.interval(), options, invocation);
            // net-tools ignores -c with -s; a trailing number (netstatx) still repeats it.
            case STATISTICS -> view(NetToolsViews.Kind.STATISTICS, ViewRequest.nothing().withStatistics(),
                    options.delay(), options, invocation);
        };
    }

    /** Why {@code --format jc} cannot serve these options, or {@code null} when it can. */
    private static String jcProblem(NetToolsOptions options, Invocation invocation) {
        if (options.mode() == NetToolsMode.STATISTICS || options.mode() == NetToolsMode.MASQUERADE) {
            return "--format jc gives the records jc's netstat parser makes of the socket listings (-t -u -w -x ...), "
                    + "the interface table (-i) and the routing table (-r); it reads no -s or -M output";
        }
        if (options.mode() == NetToolsMode.INTERFACES && options.extend() > 0) {
            return "--format jc: jc's netstat parser cannot read -ie's ifconfig-style blocks (it reads -i's table)";
        }
        if (options.lists(NetToolsSection.GROUPS)) {
            return "--format jc gives jc's records of the socket listings; the group memberships (-g) have none";
        }
        if (invocation.options().changes()) {
            return "--changes cannot be combined with --format jc";
        }
        return null;
    }

    /**
     * {@code --format jc} for {@code -i} and {@code -r}: each pass's table is rendered as net-tools prints it,
     * then read as jc reads it ({@link JcTableRecords}).
     */
    private static int jcView(NetToolsOptions options, Invocation invocation)
            throws IOException, NoBackendException, BackendException {
        boolean interfaces = options.mode() == NetToolsMode.INTERFACES;
        NetToolsViews.Kind kind = interfaces ? NetToolsViews.Kind.INTERFACES : NetToolsViews.Kind.ROUTES;
        ViewRequest request = interfaces ? ViewRequest.nothing().withInterfaces()
                : ViewRequest.nothing().withRoutes(new RouteQuery(options.routeCache()));
        Rendering rendering = invocation.rendering();
        JcTableRecords reader = new JcTableRecords();
        return new SampleLoop(invocation).run(request, options.interval(), TableView.of((sample, pass) -> {
            java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
            OutputSink table = new OutputSink(text);
            int status = renderView(kind, options, sample, new Rendering(table, rendering.err(), rendering.env(),
                    rendering.fsRoot(), rendering.foreignRoot()), pass);
            table.flush();
            StringBuilder json = new StringBuilder();
            try {
                reader.write(text.toString(java.nio.charset.StandardCharsets.UTF_8), json, options.interval() != null);
            } catch (JcTableRecords.UnreadableException e) {
                rendering.err().println("netstatx: --format jc: " + e.getMessage());
                return ExitCodes.FAILURE;
            }
            rendering.out().print(json);
            return status;
        }));
    }

    /** A table other than the socket listing, through the shared sampling loop (tables or JSON). */
    private static int view(NetToolsViews.Kind kind, ViewRequest request, Duration interval, NetToolsOptions options,
            Invocation invocation) throws IOException, NoBackendException, BackendException {
        Rendering rendering = invocation.rendering();
        return new SampleLoop(invocation).run(request, interval,
                TableView.of((sample, pass) -> renderView(kind, options, sample, rendering, pass)));
    }

    /**
     * What one socket listing collects: its query (with which missing tables are IPv4 ones, which
     * net-tools words), and the {@code -g} groups printed inside it.
     */
    static ViewRequest socketRequest(NetToolsOptions options) {
        ViewRequest r = ViewRequest.sockets(SocketListing.query(options)).withIpv4Gaps();
        return options.lists(NetToolsSection.GROUPS) ? r.withGroups() : r;
    }

    private static int listSockets(NetToolsOptions options, Invocation invocation)
            throws IOException, NoBackendException, BackendException {
        Rendering rendering = invocation.rendering();
        HostNames hosts = options.numericHosts() || !options.listsInet() ? null : hostNames(rendering);
        try {
            PortNames ports = options.numericPorts() || !options.listsInet() ? null : portNames(rendering);
            boolean sctpNumeric = options.numericHosts() || options.numericPorts() || options.numericUsers()
                    || options.symbolic();
            // jc's records are those of netstat -W: no address is cut to fit a column
            boolean jc = invocation.options().format() == OutputFormat.JC;
            boolean wide = jc || options.wide();
            EndpointText endpoints = new EndpointText(hosts, ports, wide);
            EndpointText sctpEndpoints = new EndpointText(sctpNumeric ? null : hosts, null, wide);
            ListingRows rows = jc ? new JcRows(options, endpoints, sctpEndpoints, options.interval() != null)
                    : new TextRows(options, endpoints, sctpEndpoints);
            SocketListing listing = new SocketListing(options, rendering, endpoints, rows);
            return new SampleLoop(invocation).run(socketRequest(options), options.interval(), new TableView() {
                @Override
                public int pass(Sample sample, int index) throws IOException, BackendException {
                    return listing.pass(sample, index);
                }

                @Override
                public String socketRow(SocketEntry socket) {
                    return listing.row(socket);
                }

                @Override
                public SummaryText summaryText() {
                    return SummaryText.netTools(StateWords::tcp);
                }
            });
        } finally {
            if (hosts != null) {
                hosts.close();
            }
        }
    }

    /**
     * Host names as {@code hosts: files dns} gives them; with {@code --fs-root}, from that root's
     * hosts file only (the root is another system: a fixture tree or a container).
     */
    static HostNames hostNames(Rendering rendering) {
        Path hosts = rendering.fsRoot().resolve("etc/hosts");
        if (rendering.foreignRoot()) {
            return NameFiles.hostsFile(hosts, refusedNameFile(rendering));
        }
        return NameFiles.hostsFileThenSystem(hosts, refusedNameFile(rendering));
    }

    static PortNames portNames(Rendering rendering) {
        Path etc = rendering.fsRoot().resolve("etc");
        return NameFiles.portNames(etc.resolve("services"), etc.resolve("protocols"), PortNames.Precedence.LAST_LINE,
                refusedNameFile(rendering));
    }

    /** Where a name database that was not read is told: a line on stderr, as a refused /proc file is. */
    static Consumer<String> refusedNameFile(Rendering rendering) {
        return why -> rendering.err().println("netstatx: " + why);
    }

    /** Renders a view from the pass's sample, or says it is not there yet (status 1). */
    static int renderView(NetToolsViews.Kind kind, NetToolsOptions options, Sample sample, Rendering rendering,
            int pass) throws IOException, BackendException {
        Optional<NetToolsView> view = NetToolsViews.find(kind);
        if (view.isEmpty()) {
            rendering.err().println("netstatx: " + kind.description() + " is not available yet");
            return ExitCodes.FAILURE;
        }
        return view.get().render(options, sample, rendering, pass);
    }
}
