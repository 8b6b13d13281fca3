package io.github.netstatx.backend.aix;

import io.github.netstatx.core.acquire.CommandResult;
import io.github.netstatx.core.acquire.CommandRunner;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.InetEndpoint;
import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Severity;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the processes holding AIX sockets with the chosen {@link OwnerStrategy}.
 *
 * <p>{@code rmsock} is not a lookup tool: when no process holds the socket it aborts it and frees its port
 * (IBM's rmsock command page). So the default strategy never runs it, and {@link OwnerStrategy#RMSOCK}
 * runs it only for the states in {@link #RMSOCK_SAFE}, which always belong to an open descriptor; orphaned
 * sockets (FIN_WAIT_*, CLOSING, TIME_WAIT, LAST_ACK) are left alone.
 */
final class OwnerLookup {

    /** States whose socket is always held by a descriptor, so rmsock finds a holder and removes nothing. */
    static final Set<TcpState> RMSOCK_SAFE = EnumSet.of(TcpState.LISTEN, TcpState.ESTABLISHED, TcpState.CLOSE_WAIT);

    private final CommandRunner runner;
    private final OwnerStrategy strategy;

    OwnerLookup(CommandRunner runner, OwnerStrategy strategy) {
        this.runner = runner;
        this.strategy = strategy;
    }

    List<SocketEntry> attach(List<SocketEntry> rows, List<Diagnostic> diagnostics) {
        if (strategy == OwnerStrategy.NONE) {
            return rows;
        }
        Optional<Long> uid = effectiveUid();
        if (uid.isEmpty() || uid.get() != 0) {
            diagnostics.add(new Diagnostic(Diagnostic.Code.OWNERS_UNAVAILABLE, Severity.WARNING, "owners",
                    "owners of AIX sockets can be read only by root; no owner is shown", null, rows.size(),
                    uid.orElse(null)));
            return rows;
        }
        return strategy == OwnerStrategy.RMSOCK ? rmsock(rows, diagnostics) : readOnly(rows, diagnostics);
    }

    /** lsof when it is installed, else the kernel debugger; neither changes anything. */
    private List<SocketEntry> readOnly(List<SocketEntry> rows, List<Diagnostic> diagnostics) {
        CommandResult r;
        try {
            r = runner.run(AixCommandLines.LSOF);
        } catch (IOException e) {
            return kdb(rows, diagnostics, "lsof is not installed (" + e.getMessage() + ")");
        }
        return lsof(rows, r, diagnostics);
    }

    private Optional<Long> effectiveUid() {
        try {
            CommandResult r = runner.run(AixCommandLines.ID_U);
            return r.succeeded() ? AixAddressText.counter(text(r).strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * One {@code kdb} run for every TCP socket ({@link KdbSockinfoScript}): the holders of each, from the
     * process lines of its {@code sockinfo} answer. UDP and UNIX sockets keep no owner, said in one note.
     */
    private List<SocketEntry> kdb(List<SocketEntry> rows, List<Diagnostic> diagnostics, String whyNotLsof) {
        Set<String> addresses = KdbSockinfoScript.addresses(rows);
        if (addresses.isEmpty()) {
            return rows;
        }
        CommandResult r;
        try {
            r = runner.run(AixCommandLines.KDB, KdbSockinfoScript.input(addresses));
        } catch (IOException e) {
            diagnostics.add(new Diagnostic(Diagnostic.Code.OWNERS_UNAVAILABLE, Severity.WARNING, "kdb",
                    whyNotLsof + " and kdb could not be run (" + e.getMessage() + "); owners need one of them, "
                            + "or --aix-owners=rmsock (which can remove orphaned sockets; see --help)", null,
                    rows.size(), 0L));
            return rows;
        }
        if (r.exitStatus() == null || r.stdout().length == 0) {
            diagnostics.add(new Diagnostic(Diagnostic.Code.OWNERS_UNAVAILABLE, Severity.WARNING, "kdb",
                    whyNotLsof + "; kdb gave no answer: " + r.describe(), null, rows.size(), 0L));
            return rows;
        }
        KdbSockinfoParser.Result parsed = KdbSockinfoParser.parse(text(r));
        if (parsed.unreadable() > 0) {
            diagnostics.add(new Diagnostic(Diagnostic.Code.MALFORMED_LINES, Severity.WARNING, "kdb",
                    parsed.unreadable() + " process lines in kdb's output could not be tied to a socket", null,
                    parsed.unreadable(), null));
        }
        List<SocketEntry> out = new ArrayList<>(rows.size());
        int withoutKdb = 0;
        for (SocketEntry e : rows) {
            if (e.protocol() != Protocol.TCP) {
                withoutKdb++;
                out.add(e);
                continue;
            }
            List<ProcessRef> found = e.pcbAddress() == null ? List.of() : parsed.of(e.pcbAddress());
            out.add(found.isEmpty() ? e : e.toBuilder().owners(found).build());
        }
        if (withoutKdb > 0) {
            diagnostics.add(new Diagnostic(Diagnostic.Code.OWNERS_PARTIAL, Severity.INFO, "kdb",
                    whyNotLsof + ": owners come from kdb's sockinfo, which names them for TCP sockets only; "
                            + withoutKdb + " UDP and UNIX sockets have none", null, withoutKdb, 0L));
        }
        return out;
    }

    private List<SocketEntry> lsof(List<SocketEntry> rows, CommandResult r, List<Diagnostic> diagnostics) {
        // lsof exits 1 when some file could not be listed; what it printed is still right.
        if (r.exitStatus() == null || r.stdout().length == 0 && !r.succeeded()) {
            diagnostics.add(new Diagnostic(Diagnostic.Code.OWNERS_UNAVAILABLE, Severity.WARNING, "lsof",
                    r.describe(), null, rows.size(), 0L));
            return rows;
        }
        LsofFieldParser.Result parsed = LsofFieldParser.parse(text(r));
        if (parsed.unreadable() > 0) {
            diagnostics.add(new Diagnostic(Diagnostic.Code.MALFORMED_LINES, Severity.WARNING, "lsof",
                    parsed.unreadable() + " files in lsof's output could not be read", null, parsed.unreadable(),
                    null));
        }
        Map<String, List<ProcessRef>> byKey = new HashMap<>();
        for (LsofFieldParser.LsofSocket s : parsed.sockets()) {
            List<ProcessRef> list = byKey.computeIfAbsent(key(s.protocol(), s.local(), s.remote()),
                    k -> new ArrayList<>());
            if (list.stream().noneMatch(p -> p.pid() == s.pid())) {
                list.add(ProcessRef.owner(s.pid(), s.command()));
            }
        }
        List<SocketEntry> out = new ArrayList<>(rows.size());
        for (SocketEntry e : rows) {
            if (e.protocol() == Protocol.UNIX) {
                out.add(e); // lsof -i lists Internet files only
                continue;
            }
            List<ProcessRef> found = byKey.get(key(e.protocol(), e.local(), e.remote()));
            out.add(found == null ? e : e.toBuilder().owners(found).build());
        }
        return out;
    }

    private List<SocketEntry> rmsock(List<SocketEntry> rows, List<Diagnostic> diagnostics) {
        List<SocketEntry> out = new ArrayList<>(rows.size());
        int skipped = 0;
        for (SocketEntry e : rows) {
            if (e.protocol() != Protocol.TCP || !RMSOCK_SAFE.contains(e.state()) || e.pcbAddress() == null) {
                skipped++;
                out.add(e);
                continue;
            }
            out.add(rmsockOne(e, diagnostics));
        }
        if (skipped > 0) {
            diagnostics.add(new Diagnostic(Diagnostic.Code.OWNERS_PARTIAL, Severity.INFO, "rmsock",
                    skipped + " sockets were not given to rmsock: only LISTEN, ESTABLISHED and CLOSE_WAIT TCP "
                            + "sockets are, because rmsock removes a socket that no process holds", null, skipped,
                    0L));
        }
        return out;
    }

    private SocketEntry rmsockOne(SocketEntry e, List<Diagnostic> diagnostics) {
        List<String> argv = AixCommandLines.rmsock(e.pcbAddress(), true);
        try {
            CommandResult r = runner.run(argv);
            Optional<RmsockReplyParser.Reply> reply = RmsockReplyParser.parse(text(r));
            if (reply.isPresent() && reply.get() instanceof RmsockReplyParser.HeldByProcess p) {
                return e.toBuilder().owners(List.of(ProcessRef.owner(p.pid(), p.name()))).build();
            }
            if (reply.isPresent() && reply.get() instanceof RmsockReplyParser.Removed) {
                diagnostics.add(Diagnostic.of(Diagnostic.Code.OTHER, Severity.WARNING, String.join(" ", argv),
                        "rmsock found no holder and REMOVED socket " + e.pcbAddress()
                                + " (it closed between netstat and rmsock)"));
            } else if (reply.isEmpty()) {
                diagnostics.add(Diagnostic.of(Diagnostic.Code.OWNERS_PARTIAL, Severity.WARNING,
                        String.join(" ", argv), "rmsock's reply was not understood: " + r.describe()));
            }
        } catch (IOException ex) {
            diagnostics.add(Diagnostic.of(Diagnostic.Code.OWNERS_PARTIAL, Severity.WARNING, String.join(" ", argv),
                    "rmsock could not be run: " + ex.getMessage()));
        }
        return e;
    }

    /** Protocol, local and remote endpoint, with every unspecified address and a missing peer alike. */
    private static String key(Protocol protocol, InetEndpoint local, InetEndpoint remote) {
        return protocol + " " + endpoint(local) + " " + (remote == null ? "*:0" : endpoint(remote));
    }

    private static String endpoint(InetEndpoint e) {
        InetAddress a = e.address();
        return (a.isAnyLocalAddress() ? "*" : a.getHostAddress()) + ":" + e.port();
    }

    private static String text(CommandResult r) {
        return new String(r.stdout(), StandardCharsets.UTF_8);
    }
}
