package io.github.netstatx.backend.aix;

import io.github.netstatx.core.acquire.CommandResult;
import io.github.netstatx.core.acquire.CommandRunner;
import io.github.netstatx.core.model.AdapterStatistics;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.MulticastGroup;
import io.github.netstatx.core.model.NetInterface;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Route;
import io.github.netstatx.core.model.Severity;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.StatisticsGroup;
import io.github.netstatx.core.query.RouteQuery;
import io.github.netstatx.core.query.SocketQuery;
import io.github.netstatx.core.spi.BackendException;
import io.github.netstatx.core.spi.Capability;
import io.github.netstatx.core.spi.NetstatBackend;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The AIX backend: AIX's own {@code netstat} read through a {@link CommandRunner}, parsed by the pure
 * parsers of this package. Nothing here knows whether the runner starts real processes or answers from
 * recorded files, so the same code runs on AIX, in tests and on {@code --replay}.
 */
public final class AixBackend implements NetstatBackend {

    private static final Set<Capability> CAPABILITIES = EnumSet.of(Capability.SOCKETS, Capability.UNIX_SOCKETS, Capability.QUEUES,
            Capability.PROCESS_OWNERS, Capability.INTERFACES, Capability.ROUTES, Capability.MULTICAST_GROUPS,
            Capability.STATISTICS);

    private final String id;
    private final CommandRunner runner;
    private final OwnerStrategy owners;
    private final HostInfo host;
    private final Clock clock;

    public AixBackend(String id, CommandRunner runner, OwnerStrategy owners, HostInfo host, Clock clock) {
        this.id = id;
        this.runner = runner;
        this.owners = owners;
        this.host = host;
        this.clock = clock;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    @Override
    public HostInfo host() {
        return host;
    }

    @Override
    public Snapshot<SocketEntry> sockets(SocketQuery query) throws BackendException {
        List<SocketEntry> rows = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        boolean listed = query.protocols().contains(Protocol.TCP) || query.protocols().contains(Protocol.UDP)
                || query.protocols().contains(Protocol.UNIX);
        Optional<String> out = listed ? output(AixCommandLines.SOCKETS, diagnostics) : Optional.empty();
        if (out.isPresent()) {
            ParsedOutput<SocketEntry> parsed = NetstatAanParser.parse(out.get());
            // A note about a row of a protocol nobody asked for (one run lists every family) is left out.
            parsed.diagnostics().stream().filter(d -> d.protocol() == null || query.protocols().contains(d.protocol()))
                    .forEach(diagnostics::add);
            for (SocketEntry e : parsed.items()) {
                if (query.matches(e)) {
                    rows.add(e);
                }
            }
        }
        // Raw sockets: no recording of AIX's raw rows has been found, so they are not read; asking for
        // them is named, so "none listed" is never mistaken for "none".
        for (Protocol p : Protocol.values()) {
            if (p != Protocol.TCP && p != Protocol.UDP && p != Protocol.UNIX
                    && (query.wants(p, AddressFamily.IPV4) || query.wants(p, AddressFamily.IPV6))) {
                diagnostics.add(new Diagnostic(Diagnostic.Code.PROTOCOL_UNSUPPORTED, Severity.INFO, "netstat -Aan",
                        "the AIX backend lists TCP, UDP and UNIX-domain sockets: " + p.id()
                                + " sockets are not listed", p, 0, null));
            }
        }
        if (query.owners() && !rows.isEmpty()) {
            rows = new OwnerLookup(runner, owners).attach(rows, diagnostics);
        }
        return new Snapshot<>(rows, diagnostics, clock.instant());
    }

    @Override
    public Snapshot<NetInterface> interfaces() throws BackendException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<NetInterface> listed = interfaceListing(diagnostics).interfaces();
        // The adapters' statistics add to the listing; without them it is still whole, so their absence
        // is a note, not an error.
        Optional<String> out = output(AixCommandLines.ADAPTERS, diagnostics, Severity.INFO);
        if (out.isEmpty()) {
            return new Snapshot<>(listed, diagnostics, clock.instant());
        }
        ParsedOutput<AdapterStatistics> adapters = NetstatVParser.parse(out.get());
        diagnostics.addAll(adapters.diagnostics());
        return new Snapshot<>(AdapterAttachment.attach(listed, adapters.items(), diagnostics), diagnostics,
                clock.instant());
    }

    @Override
    public Snapshot<MulticastGroup> multicastGroups() throws BackendException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        return new Snapshot<>(interfaceListing(diagnostics).groups(), diagnostics, clock.instant());
    }

    /** {@code netstat -ian}: interfaces and memberships come from the same listing. */
    private NetstatInParser.Result interfaceListing(List<Diagnostic> diagnostics) throws BackendException {
        Optional<String> out = output(AixCommandLines.INTERFACES, diagnostics);
        NetstatInParser.Result r = NetstatInParser.parse(out.orElse(""));
        diagnostics.addAll(r.diagnostics());
        return r;
    }

    @Override
    public Snapshot<Route> routes(RouteQuery query) throws BackendException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (query.cache()) {
            diagnostics.add(Diagnostic.of(Diagnostic.Code.CAPABILITY_UNSUPPORTED, Severity.INFO, "netstat -rn",
                    "AIX has no separate routing cache; cloned routes (flag W) are in the table itself"));
        }
        return parsed(AixCommandLines.ROUTES, NetstatRnParser::parse, diagnostics);
    }

    @Override
    public Snapshot<StatisticsGroup> statistics() throws BackendException {
        return parsed(AixCommandLines.STATISTICS, NetstatSParser::parse, new ArrayList<>());
    }

    /** One command's output through its parser; a command that failed is an empty view with its diagnostic. */
    private <T> Snapshot<T> parsed(List<String> argv, Function<String, ParsedOutput<T>> parser,
            List<Diagnostic> diagnostics) throws BackendException {
        ParsedOutput<T> p = output(argv, diagnostics).map(parser).orElse(new ParsedOutput<>(List.of(), List.of()));
        diagnostics.addAll(p.diagnostics());
        return new Snapshot<>(p.items(), diagnostics, clock.instant());
    }

    /**
     * The standard output of a command that succeeded; otherwise a diagnostic and empty. A command that
     * cannot run at all is a visible gap, never an empty table.
     */
    private Optional<String> output(List<String> argv, List<Diagnostic> diagnostics) throws BackendException {
        return output(argv, diagnostics, Severity.ERROR);
    }

    private Optional<String> output(List<String> argv, List<Diagnostic> diagnostics, Severity failure)
            throws BackendException {
        String line = String.join(" ", argv);
        CommandResult r;
        try {
            r = runner.run(argv);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.of(Diagnostic.Code.SOURCE_UNREADABLE, failure, line,
                    "`" + line + "` could not be run: " + e.getMessage()));
            return Optional.empty();
        }
        if (!r.succeeded()) {
            diagnostics.add(Diagnostic.of(Diagnostic.Code.SOURCE_UNREADABLE, failure, line, r.describe()));
            return Optional.empty();
        }
        return Optional.of(new String(r.stdout(), StandardCharsets.UTF_8));
    }
}
