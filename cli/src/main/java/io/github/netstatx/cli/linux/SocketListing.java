package io.github.netstatx.cli.linux;

import io.github.netstatx.cli.OutputSink;
import io.github.netstatx.cli.Rendering;
import io.github.netstatx.cli.Sample;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Severity;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.query.Scope;
import io.github.netstatx.core.query.SocketQuery;
import io.github.netstatx.core.spi.BackendException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One pass of net-tools' socket listing ({@code netstat.c main}, the loop after the mode checks):
 * the Internet title and header, tcp, sctp, udp, udplite, raw, the {@code -g} groups, the UNIX
 * table, then the families netstatx has no tables for. It renders the pass's {@link Sample}, whose
 * request ({@link LinuxDialect#socketRequest}) asks only for what the options need. Rows keep the backend's order within each table (IPv4 table before IPv6 table),
 * as net-tools keeps the kernel's.
 *
 * <p>Messages and exit statuses follow net-tools: a table whose source is missing is reported
 * (and ends the listing with status 1) only when its protocol was asked for explicitly, or with
 * {@code -v}; families without tables here (IPX, AX.25, X.25, NET/ROM, ROSE, Bluetooth) are
 * reported as unsupported, as on a kernel without them.
 */
final class SocketListing {

    private static final int FLUSH_AT = 1 << 16;
    private static final List<NetToolsSection> INET_SECTIONS = List.of(NetToolsSection.TCP,
            NetToolsSection.SCTP, NetToolsSection.UDP, NetToolsSection.UDPLITE, NetToolsSection.RAW);

    private final NetToolsOptions options;
    private final Rendering invocation;
    private final EndpointText endpoints;
    private final ListingRows rows;
    private final StringBuilder sb = new StringBuilder(FLUSH_AT + 512);

    /**
     * @param endpoints host:port text of the tcp, udp, udplite and raw rows (its reverse lookups are
     *     started for a whole pass at once)
     * @param rows how titles and rows are written: net-tools' text, or jc's records
     */
    SocketListing(NetToolsOptions options, Rendering invocation, EndpointText endpoints, ListingRows rows) {
        this.options = options;
        this.invocation = invocation;
        this.endpoints = endpoints;
        this.rows = rows;
    }

    /** What the backend is asked for: only the tables, families and details these options print. */
    static SocketQuery query(NetToolsOptions o) {
        Set<Protocol> protocols = EnumSet.noneOf(Protocol.class);
        for (NetToolsSection s : INET_SECTIONS) {
            if (o.lists(s)) {
                protocols.add(protocol(s));
            }
        }
        if (o.lists(NetToolsSection.UNIX)) {
            protocols.add(Protocol.UNIX);
        }
        Set<AddressFamily> families = EnumSet.noneOf(AddressFamily.class);
        if (readsIpv4(o)) {
            families.add(AddressFamily.IPV4);
        }
        if (o.everything() || o.inet6()) {
            families.add(AddressFamily.IPV6);
        }
        Scope scope = o.all() ? Scope.ALL : o.listening() ? Scope.LISTENING : Scope.CONNECTED;
        return new SocketQuery(protocols, families, scope, o.programs(), o.extend() > 0 && !o.numericUsers(),
                o.timers());
    }

    /** net-tools reads (and reports missing) IPv4 tables when no family or inet was chosen. */
    private static boolean readsIpv4(NetToolsOptions o) {
        return o.everything() || o.inet();
    }

    private static Protocol protocol(NetToolsSection s) {
        return switch (s) {
            case TCP -> Protocol.TCP;
            case SCTP -> Protocol.SCTP;
            case UDP -> Protocol.UDP;
            case UDPLITE -> Protocol.UDPLITE;
            case RAW -> Protocol.RAW;
            default -> throw new IllegalArgumentException(s + " is not an inet section");
        };
    }

    /**
     * Writes one listing.
     *
     * @param pass 0, 1, 2, ... while repeating
     * @return 0, or the status that ends the run
     */
    int pass(Sample sample, int pass) throws IOException, BackendException {
        SocketQuery query = query(options);
        List<SocketEntry> entries = List.of();
        List<Diagnostic> diagnostics = List.of();
        if (!query.protocols().isEmpty()) {
            sample.requireCollected(Sample.Section.SOCKETS);
            entries = sample.sockets().items();
            diagnostics = sample.sockets().diagnostics();
        }
        Tables tables = new Tables(entries, query);
        Pass p = new Pass(sample, query, diagnostics, tables);
        rows.begin(sb);
        try {
            return p.run(pass);
        } finally {
            rows.end(sb);
            writeRows();
        }
    }

    /**
     * One socket as a row of this listing without its line feed (change events in table form), or
     * {@code null} for a socket this listing does not show.
     */
    String row(SocketEntry e) {
        StringBuilder line = new StringBuilder(160);
        rows.row(line, e);
        line.setLength(line.length() - 1);
        return line.toString();
    }

    /**
     * The entries of one protocol, IPv4 table first, each in backend order: a view that walks the sample's
     * list once per family, so that a listing of 200,000 sockets keeps no second list of them.
     */
    private static final class Tables {
        private final List<SocketEntry> entries;
        private final SocketQuery query;

        Tables(List<SocketEntry> entries, SocketQuery query) {
            this.entries = entries;
            this.query = query;
        }

        void forEach(Protocol p, Consumer<SocketEntry> action) {
            // net-tools reads each protocol's IPv4 table before its IPv6 one; UNIX and SCTP entries sort as IPv4.
            // One walk: IPv4 entries are handed on at once, IPv6 ones only once the walk is over (the backends
            // list them after the IPv4 ones anyway), so only references to the IPv6 entries are held meanwhile.
            List<SocketEntry> ipv6 = new ArrayList<>();
            for (SocketEntry e : entries) {
                if (e.protocol() == p && query.matches(e)) {
                    if (e.family() == AddressFamily.IPV6) {
                        ipv6.add(e);
                    } else {
                        action.accept(e);
                    }
                }
            }
            ipv6.forEach(action);
        }
    }

    /** The state of one pass: what the backend said and whether the -p warning was printed. */
    private final class Pass {
        private final Sample sample;
        private final SocketQuery query;
        private final List<Diagnostic> diagnostics;
        private final Tables tables;
        private boolean ownersReported;

        Pass(Sample sample, SocketQuery query, List<Diagnostic> diagnostics, Tables tables) {
            this.sample = sample;
            this.query = query;
            this.diagnostics = diagnostics;
            this.tables = tables;
        }

        int run(int pass) throws IOException, BackendException {
            if (options.listsInet()) {
                reportOwners();
                rows.inetHeader(sb);
                prefetchHosts();
            }
            for (NetToolsSection s : INET_SECTIONS) {
                int rc = options.lists(s) ? inetSection(s) : 0;
                if (rc != 0) {
                    return rc;
                }
            }
            if (options.lists(NetToolsSection.GROUPS)) {
                writeRows();
                int rc = LinuxDialect.renderView(NetToolsViews.Kind.GROUPS, options, sample, invocation, pass);
                if (rc != 0) {
                    return rc;
                }
            }
            if (options.lists(NetToolsSection.UNIX)) {
                int rc = unixSection();
                if (rc != 0) {
                    return rc;
                }
            }
            return unsupportedFamilies();
        }

        private void prefetchHosts() {
            if (!endpoints.resolvesHosts()) {
                return;
            }
            List<SocketEntry> inet = new ArrayList<>();
            for (NetToolsSection s : INET_SECTIONS) {
                if (s != NetToolsSection.SCTP) {
                    tables.forEach(protocol(s), inet::add);
                }
            }
            endpoints.prefetch(inet);
        }

        private int inetSection(NetToolsSection s) {
            Protocol p = protocol(s);
            if (s == NetToolsSection.SCTP) {
                return sctpSection();
            }
            int rc = reportMissing(p, "AF INET (" + p.id() + ")");
            reportMalformed(p, p == Protocol.TCP ? "tcp" : p == Protocol.RAW ? "raw" : "udp");
            tables.forEach(p, e -> {
                switch (p) {
                    case TCP -> rows.tcp(sb, e);
                    case UDP, UDPLITE -> rows.udp(sb, e);
                    default -> rows.raw(sb, e);
                }
                writeRowsIfFull();
            });
            return rc;
        }

        /**
         * net-tools reads SCTP endpoints (listening) with {@code -a}/{@code -l} and associations
         * without {@code -l} or with {@code -a}; each read reports a missing table on its own.
         */
        private int sctpSection() {
            reportMalformed(Protocol.SCTP, "sctp assoc");
            if (options.all() || options.listening()) {
                int rc = reportMissing(Protocol.SCTP, "AF INET (sctp)");
                tables.forEach(Protocol.SCTP, e -> {
                    if (e.listening()) {
                        rows.sctpEndpoint(sb, e);
                    }
                });
                if (rc != 0) {
                    return rc;
                }
            }
            if (options.all() || !options.listening()) {
                int rc = reportMissing(Protocol.SCTP, "AF INET (sctp)");
                tables.forEach(Protocol.SCTP, e -> {
                    if (!e.listening()) {
                        rows.sctpAssociation(sb, e);
                    }
                });
                return rc;
            }
            return 0;
        }

        private int unixSection() throws IOException {
            reportOwners();
            rows.unixHeader(sb);
            int rc = reportMissing(Protocol.UNIX, "AF UNIX");
            reportMalformed(Protocol.UNIX, "unix");
            tables.forEach(Protocol.UNIX, e -> {
                rows.unix(sb, e);
                writeRowsIfFull();
            });
            return rc;
        }

        /** IPX, AX.25, X.25, NET/ROM, ROSE and Bluetooth: no tables here, as on kernels without them. */
        private int unsupportedFamilies() {
            for (NetToolsSection s : List.of(NetToolsSection.IPX, NetToolsSection.AX25, NetToolsSection.X25,
                    NetToolsSection.NETROM, NetToolsSection.ROSE)) {
                if (options.lists(s)) {
                    if (!options.everything() || options.verbose()) {
                        invocation.err().println("netstat: no support for `AF " + s.name() + "' on this system.");
                    }
                    if (!options.everything()) {
                        return 1;
                    }
                }
            }
            if (!options.everything() && (options.sections().contains(NetToolsSection.L2CAP)
                    || options.sections().contains(NetToolsSection.RFCOMM))) {
                invocation.err().println("netstat: feature `AF BLUETOOTH' not supported.");
                invocation.err().println("Please recompile `net-tools' with newer kernel source or full configuration.");
                return 1;
            }
            return 0;
        }

        /**
         * net-tools' {@code INFO_GUTS1}: a missing (or unreadable) IPv4 table is reported when its
         * protocol was asked for or with {@code -v}, never when a family switched the protocols on;
         * only an asked-for protocol turns the status to 1. A missing IPv6 table is silent.
         */
        private int reportMissing(Protocol p, String what) {
            if (!Sample.tableMissing(p, diagnostics) || options.implicitProtocols()) {
                return 0;
            }
            if (p != Protocol.UNIX && !readsIpv4(options)) {
                return 0;
            }
            if (options.everything() && !options.verbose()) {
                return 0;
            }
            if (p != Protocol.UNIX && query.families().contains(AddressFamily.IPV6)
                    && !sample.missingIpv4Tables().contains(p)) {
                return 0;
            }
            invocation.err().println("netstat: no support for `" + what + "' on this system.");
            return options.everything() ? 0 : 1;
        }

        /** net-tools warns once per malformed line it skipped. */
        private void reportMalformed(Protocol p, String word) {
            for (Diagnostic d : diagnostics) {
                if (d.protocol() == p && d.code() == Diagnostic.Code.MALFORMED_LINES) {
                    for (long i = 0; i < Math.max(1, d.count()); i++) {
                        invocation.err().println("warning, got bogus " + word + " line.");
                    }
                }
            }
        }

        /**
         * The -p warning and other gaps. net-tools loads its process cache once per listing, before the
         * header, and says at most one of its two sentences; a backend may report several owner gaps (the
         * Windows one: not elevated, and an image path it could not read), which are still one sentence. The
         * lines are flushed at once: net-tools' unbuffered stderr puts them ahead of the listing.
         */
        private void reportOwners() throws IOException {
            if (ownersReported) {
                return;
            }
            ownersReported = true;
            OutputSink err = invocation.err();
            if (options.programs()) {
                ownersSentence(err);
            }
            Set<String> told = new HashSet<>();
            for (Diagnostic d : diagnostics) {
                // A file that exists but was not read (a FIFO or a link to /dev/zero planted under --fs-root, a
                // failed read) is named with its reason, beside net-tools' own line for an asked-for table;
                // missing tables and malformed lines are reported with their table, as net-tools reports them.
                boolean unreadable = d.code() == Diagnostic.Code.SOURCE_UNREADABLE && d.severity() != Severity.INFO;
                boolean named = d.code() == Diagnostic.Code.CAPABILITY_UNSUPPORTED
                        || d.code() == Diagnostic.Code.OTHER;
                if ((unreadable || named) && told.add(d.message())) {
                    err.println("netstatx: " + d.message());
                }
            }
            err.flush();
        }

        private void ownersSentence(OutputSink err) {
            Diagnostic unavailable = null;
            boolean partial = false;
            for (Diagnostic d : diagnostics) {
                if (d.code() == Diagnostic.Code.OWNERS_UNAVAILABLE && unavailable == null) {
                    unavailable = d;
                }
                partial |= d.code() == Diagnostic.Code.OWNERS_PARTIAL;
            }
            if (unavailable != null) {
                err.println("(No info could be read for \"-p\": geteuid()="
                        + (unavailable.uid() == null ? "?" : unavailable.uid().toString()) + " but you should be root.)");
            } else if (partial) {
                err.println("(Not all processes could be identified, non-owned process info");
                err.println(" will not be shown, you would have to be root to see it all.)");
            }
        }
    }

    private void writeRowsIfFull() {
        if (sb.length() >= FLUSH_AT) {
            writeRows();
        }
    }

    private void writeRows() {
        if (sb.length() > 0) {
            invocation.out().print(sb);
            sb.setLength(0);
        }
    }
}
