package io.github.netstatx.cli.linux;

import static io.github.netstatx.cli.linux.Sockets.datagram;
import static io.github.netstatx.cli.linux.Sockets.tcp;
import static io.github.netstatx.core.model.AddressFamily.IPV4;
import static io.github.netstatx.core.model.AddressFamily.IPV6;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Severity;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import io.github.netstatx.core.query.Scope;
import io.github.netstatx.core.query.SocketQuery;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SocketListingTest {

    private static final String HEADER = "Proto Recv-Q Send-Q Local Address           Foreign Address         State      \n";

    private static SocketQuery query(String... args) {
        return SocketListing.query(
                ((NetToolsCommandLine.Run) NetToolsCommandLine.parse(List.of(args), Map.of())).options());
    }

    private static Diagnostic diagnostic(Diagnostic.Code code, Protocol p, long count, Long uid) {
        return new Diagnostic(code, Severity.WARNING, "test", "test gap", p, count, uid);
    }

    private static Function<SocketQuery, List<Diagnostic>> missing(Protocol p, AddressFamily... families) {
        return q -> q.protocols().contains(p)
                && (p == Protocol.UNIX || Set.of(families).stream().anyMatch(q.families()::contains))
                ? List.of(diagnostic(Diagnostic.Code.SOURCE_MISSING, p, 0, null)) : List.of();
    }

    @Test
    void asksOnlyForWhatTheOptionsPrint() {
        SocketQuery q = query("-tulpn");
        assertEquals(EnumSet.of(Protocol.TCP, Protocol.UDP), q.protocols());
        assertEquals(EnumSet.of(IPV4, IPV6), q.families());
        assertEquals(Scope.LISTENING, q.scope());
        assertTrue(q.owners());
        assertFalse(q.users() || q.timers());
        assertTrue(query("-te").users());
        assertFalse(query("-ten").users());
        assertFalse(query("-te", "--numeric-users").users());
        assertTrue(query("-to").timers());
        assertEquals(Set.of(Protocol.UNIX), query("-x").protocols());
        assertEquals(Set.of(IPV6), query("-6").families());
        assertEquals(EnumSet.allOf(Protocol.class), query().protocols());
        assertEquals(Scope.CONNECTED, query().scope());
        assertEquals(Scope.ALL, query("-la").scope());
    }

    @Test
    void tablesNeedingNoSocketsNeverOpenTheBackend() {
        DialectRun r = DialectRun.withoutBackend("--ipx");
        assertEquals("netstat: no support for `AF IPX' on this system.\n", r.err());
        assertEquals(1, r.status());
    }

    @Test
    void rowsFollowNetToolsTableOrderAndKeepBackendOrderWithin() {
        List<SocketEntry> entries = List.of(
                datagram(Protocol.UDP, IPV4, "0.0.0.0", 53, "0.0.0.0", 0, 7).build(),
                tcp(IPV6, "::", 80, "::", 0, TcpState.LISTEN).build(),
                tcp(IPV4, "0.0.0.0", 22, "0.0.0.0", 0, TcpState.LISTEN).build(),
                tcp(IPV4, "0.0.0.0", 21, "0.0.0.0", 0, TcpState.LISTEN).build());
        DialectRun r = DialectRun.of(new SnapshotBackend(entries), "-tuln");
        assertEquals("Active Internet connections (only servers)\n" + HEADER
                + "tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN     \n"
                + "tcp        0      0 0.0.0.0:21              0.0.0.0:*               LISTEN     \n"
                + "tcp6       0      0 :::80                   :::*                    LISTEN     \n"
                + "udp        0      0 0.0.0.0:53              0.0.0.0:*                          \n", r.out());
        assertEquals(0, r.status());
    }

    @Test
    void anAskedForMissingTableEndsTheListingWithOne() {
        SnapshotBackend b = new SnapshotBackend(List.of(
                datagram(Protocol.UDP, IPV4, "127.0.0.1", 1, "127.0.0.1", 2, 1).build()),
                missing(Protocol.SCTP, IPV4, IPV6));
        DialectRun r = DialectRun.of(b, "-Sun");
        assertEquals("Active Internet connections (w/o servers)\n" + HEADER, r.out(), "udp comes after sctp");
        assertEquals("netstat: no support for `AF INET (sctp)' on this system.\n", r.err());
        assertEquals(1, r.status());
    }

    @Test
    void aMissingTableSwitchedOnByAFamilyOrTheDefaultIsSilent() {
        for (String[] args : List.of(new String[] {"-4n"}, new String[] {"-n"}, new String[] {"-A", "inet", "-l"})) {
            DialectRun r = DialectRun.of(new SnapshotBackend(List.of(), missing(Protocol.UDPLITE, IPV4)), args);
            assertEquals("", r.err(), String.join(" ", args));
            assertEquals(0, r.status());
        }
    }

    @Test
    void verboseReportsEachSctpReadAndTheLegacyFamilies() {
        DialectRun r = DialectRun.of(new SnapshotBackend(List.of(), missing(Protocol.SCTP, IPV4, IPV6)), "-van");
        assertEquals(""
                + "netstat: no support for `AF INET (sctp)' on this system.\n"
                + "netstat: no support for `AF INET (sctp)' on this system.\n"
                + "netstat: no support for `AF IPX' on this system.\n"
                + "netstat: no support for `AF AX25' on this system.\n"
                + "netstat: no support for `AF X25' on this system.\n"
                + "netstat: no support for `AF NETROM' on this system.\n"
                + "netstat: no support for `AF ROSE' on this system.\n", r.err());
        assertEquals(0, r.status());
        assertTrue(r.out().contains("Active UNIX domain sockets (servers and established)\n"));
    }

    @Test
    void aMissingIpv6TableIsSilent() {
        SnapshotBackend b = new SnapshotBackend(List.of(tcp(IPV4, "1.2.3.4", 5, "6.7.8.9", 10,
                TcpState.ESTABLISHED).build()), missing(Protocol.TCP, IPV6));
        DialectRun r = DialectRun.of(b, "-tn");
        assertEquals("", r.err());
        assertEquals(0, r.status());
        assertEquals(2, b.queries.size(), "the IPv4 table alone was checked once more");
        assertEquals(Set.of(IPV4), b.queries.get(1).families());
        DialectRun v6only = DialectRun.of(new SnapshotBackend(List.of(), missing(Protocol.TCP, IPV6)), "-tn6");
        assertEquals("", v6only.err());
    }

    @Test
    void aMissingUnixTableIsReportedWhenAskedFor() {
        DialectRun r = DialectRun.of(new SnapshotBackend(List.of(), missing(Protocol.UNIX)), "-x");
        assertEquals("Active UNIX domain sockets (w/o servers)\n"
                + "Proto RefCnt Flags       Type       State         I-Node   Path\n", r.out());
        assertEquals("netstat: no support for `AF UNIX' on this system.\n", r.err());
        assertEquals(1, r.status());
    }

    @Test
    void malformedLinesAreWarnedOncePerLine() {
        SnapshotBackend b = new SnapshotBackend(List.of(), q -> List.of(
                diagnostic(Diagnostic.Code.MALFORMED_LINES, Protocol.TCP, 2, null),
                diagnostic(Diagnostic.Code.MALFORMED_LINES, Protocol.UDPLITE, 1, null),
                diagnostic(Diagnostic.Code.MALFORMED_LINES, Protocol.UNIX, 1, null)));
        DialectRun r = DialectRun.of(b, "-an");
        assertEquals("warning, got bogus tcp line.\nwarning, got bogus tcp line.\n"
                + "warning, got bogus udp line.\nwarning, got bogus unix line.\n", r.err());
    }

    @Test
    void ownerGapsGiveNetToolsWarningsOncePerListing() {
        SnapshotBackend partial = new SnapshotBackend(List.of(), q -> List.of(
                diagnostic(Diagnostic.Code.OWNERS_PARTIAL, null, 3, 1000L)));
        assertEquals("(Not all processes could be identified, non-owned process info\n"
                + " will not be shown, you would have to be root to see it all.)\n",
                DialectRun.of(partial, "-ap").err());
        SnapshotBackend none = new SnapshotBackend(List.of(), q -> List.of(
                diagnostic(Diagnostic.Code.OWNERS_UNAVAILABLE, null, 0, 65534L)));
        assertEquals("(No info could be read for \"-p\": geteuid()=65534 but you should be root.)\n",
                DialectRun.of(none, "-xp").err());
        assertEquals("", DialectRun.of(none, "-x").err(), "no -p, no warning");
    }

    @Test
    void severalOwnerGapsAreStillOneSentence() {
        // What the Windows backend says when not elevated: two gaps (TokenElevation and an image path), one
        // of them INFO; net-tools has one sentence per listing, never two.
        SnapshotBackend windows = new SnapshotBackend(List.of(), q -> List.of(
                new Diagnostic(Diagnostic.Code.OWNERS_PARTIAL, Severity.WARNING, "TokenElevation", "not elevated",
                        null, 0, null),
                new Diagnostic(Diagnostic.Code.OWNERS_PARTIAL, Severity.INFO, "QueryFullProcessImageNameW",
                        "1 image path unread", null, 1, null)));
        String once = "(Not all processes could be identified, non-owned process info\n"
                + " will not be shown, you would have to be root to see it all.)\n";
        assertEquals(once, DialectRun.of(windows, "-anp").err());
        assertEquals(once, DialectRun.of(windows, "-tp").err());
        SnapshotBackend both = new SnapshotBackend(List.of(), q -> List.of(
                diagnostic(Diagnostic.Code.OWNERS_PARTIAL, null, 3, 1000L),
                diagnostic(Diagnostic.Code.OWNERS_UNAVAILABLE, null, 0, 1000L)));
        assertEquals("(No info could be read for \"-p\": geteuid()=1000 but you should be root.)\n",
                DialectRun.of(both, "-ap").err(), "net-tools says one of its two sentences");
    }

    @Test
    void filesThatWereNotReadAreNamedOnce() {
        Diagnostic cmdline = new Diagnostic(Diagnostic.Code.SOURCE_UNREADABLE, Severity.WARNING, "r/proc/7/cmdline",
                "cannot read r/proc/7/cmdline: is a FIFO, not a regular file; not read", null, 0, null);
        Diagnostic table = new Diagnostic(Diagnostic.Code.SOURCE_UNREADABLE, Severity.ERROR, "r/proc/net/raw",
                "cannot read r/proc/net/raw: is a character device, not a regular file; not read", Protocol.RAW, 0,
                null);
        SnapshotBackend b = new SnapshotBackend(List.of(), q -> List.of(cmdline, cmdline, table));
        assertEquals("netstatx: " + cmdline.message() + "\nnetstatx: " + table.message() + "\n",
                DialectRun.of(b, "-anp").err());
        DialectRun raw = DialectRun.of(b, "-w");
        assertEquals("netstatx: " + cmdline.message() + "\nnetstatx: " + table.message() + "\n"
                + "netstat: no support for `AF INET (raw)' on this system.\n", raw.err());
        assertEquals(1, raw.status());
    }

    @Test
    void protocolsTheBackendCannotListPrintNothingExtraInTheLinuxDialect() {
        // What the Windows backend says for UNIX, RAW, SCTP and UDP-Lite: net-tools has no message for it.
        List<SocketEntry> entries = List.of(tcp(IPV4, "0.0.0.0", 22, "0.0.0.0", 0, TcpState.LISTEN).build());
        SnapshotBackend quiet = new SnapshotBackend(entries);
        SnapshotBackend saying = new SnapshotBackend(entries, q -> q.protocols().stream()
                .filter(p -> p != Protocol.TCP && p != Protocol.UDP).sorted()
                .map(p -> new Diagnostic(Diagnostic.Code.PROTOCOL_UNSUPPORTED, Severity.INFO, "IP Helper API",
                        "the IP Helper API lists only TCP and UDP sockets: " + p.id() + " sockets cannot be listed",
                        p, 0, null)).toList());
        for (String args : List.of("-a", "-an", "-x", "-w", "-tuwxa", "--udplite", "-ap")) {
            DialectRun before = DialectRun.of(quiet, args.split(" "));
            DialectRun after = DialectRun.of(saying, args.split(" "));
            assertEquals(before, after, args);
        }
    }

    @Test
    void otherGapsAreNamed() {
        SnapshotBackend b = new SnapshotBackend(List.of(), q -> List.of(Diagnostic.of(
                Diagnostic.Code.CAPABILITY_UNSUPPORTED, Severity.WARNING, "x", "timers are not reported here")));
        assertEquals("netstatx: timers are not reported here\n", DialectRun.of(b, "-to").err());
    }

    @Test
    void entriesOutsideTheQueryAreNotPrinted() {
        List<SocketEntry> entries = new ArrayList<>();
        entries.add(tcp(IPV4, "0.0.0.0", 22, "0.0.0.0", 0, TcpState.LISTEN).build());
        SnapshotBackend sloppy = new SnapshotBackend(entries) {
            @Override
            public io.github.netstatx.core.model.Snapshot<SocketEntry> sockets(SocketQuery query) {
                return new io.github.netstatx.core.model.Snapshot<>(entries, List.of(), java.time.Instant.EPOCH);
            }
        };
        assertEquals("Active Internet connections (w/o servers)\n" + HEADER, DialectRun.of(sloppy, "-tn").out());
    }
}
