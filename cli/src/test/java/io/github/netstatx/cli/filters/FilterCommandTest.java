package io.github.netstatx.cli.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.cli.CommandRun;
import io.github.netstatx.cli.FakeBackend;
import io.github.netstatx.core.address.AddressLiteral;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.InetEndpoint;
import io.github.netstatx.core.model.OsFamily;
import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import io.github.netstatx.core.query.SocketQuery;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The filter options and --summary through whole runs over fixed model data. */
class FilterCommandTest {

    private static SocketEntry tcp(String local, int lport, String remote, int rport, TcpState state, long pid,
            String program) {
        AddressFamily f = local.contains(":") ? AddressFamily.IPV6 : AddressFamily.IPV4;
        return SocketEntry.builder(Protocol.TCP, f)
                .local(new InetEndpoint(AddressLiteral.parse(local), lport))
                .remote(new InetEndpoint(AddressLiteral.parse(remote), rport))
                .state(state).platformState(state.name()).recvQueue(0L).sendQueue(0L).uid(0L).inode(pid * 10)
                .addOwner(ProcessRef.owner(pid, program)).build();
    }

    private static final List<SocketEntry> SET = List.of(
            tcp("0.0.0.0", 22, "0.0.0.0", 0, TcpState.LISTEN, 100, "sshd"),
            tcp("10.1.2.3", 22, "10.9.9.9", 51000, TcpState.ESTABLISHED, 101, "sshd"),
            tcp("10.1.2.3", 40000, "192.168.1.1", 443, TcpState.ESTABLISHED, 200, "curl"),
            tcp("::", 443, "::", 0, TcpState.LISTEN, 300, "nginx"),
            tcp("2001:db8::1", 443, "2001:db8::2", 5000, TcpState.TIME_WAIT, 300, "nginx"));

    private static FakeBackend backend() {
        return new FakeBackend(new HostInfo("h", OsFamily.LINUX, null, null, null), SET, List.of());
    }

    private static CommandRun linux(FakeBackend b, String... args) {
        return CommandRun.onLinux(b, args);
    }

    @Test
    void anOwnerFilterReadsOwnersWithoutAddingTheirColumn() {
        FakeBackend b = backend();
        CommandRun r = linux(b, "-tn", "--program", "curl");
        assertEquals(0, r.status(), r.err());
        assertEquals("Active Internet connections (w/o servers)\n"
                + "Proto Recv-Q Send-Q Local Address           Foreign Address         State      \n"
                + "tcp        0      0 10.1.2.3:40000          192.168.1.1:443         ESTABLISHED\n", r.out());
        SocketQuery asked = b.queries.get(b.queries.size() - 1);
        assertTrue(asked.owners(), "the owner scan runs for --program");
        assertFalse(linux(backend(), "-tn", "--program", "curl", "--json").out().contains("\"pid\""),
                "owners collected only for the filter are not in the document");
    }

    @Test
    void aStateOrPortFilterDoesNotReadOwners() {
        FakeBackend b = backend();
        linux(b, "-tan", "--state", "listen", "--port", "22");
        assertFalse(b.queries.get(b.queries.size() - 1).owners());
    }

    @Test
    void anEmptyResultPrintsTheHeadersOnly() {
        CommandRun r = linux(backend(), "-tan", "--port", "9");
        assertEquals(0, r.status());
        assertEquals("Active Internet connections (servers and established)\n"
                + "Proto Recv-Q Send-Q Local Address           Foreign Address         State      \n", r.out());
        CommandRun w = CommandRun.run(List.of(backend()), Map.of(), "Linux", false, "/an", "--port", "9");
        assertEquals("\nActive Connections\n\n  Proto  Local Address          Foreign Address        State\n", w.out());
    }

    @Test
    void aBadValueEndsWithTheDialectsUsageStatus() {
        CommandRun l = linux(backend(), "-tan", "--port", "x");
        assertEquals(3, l.status());
        assertEquals("", l.out());
        assertEquals("netstatx: --port: 'x' is not valid (ports N or ranges A-B, 0 to 65535)\n", l.err());
        CommandRun w = CommandRun.run(List.of(backend()), Map.of(), "Linux", false, "/ano", "--state", "OPEN");
        assertEquals(1, w.status());
        assertTrue(w.err().startsWith("netstatx: --state: 'OPEN' is not valid ("), w.err());
        assertEquals(1, w.err().lines().count());
        CommandRun missing = linux(backend(), "-tan", "--pid");
        assertEquals(3, missing.status());
        assertEquals("netstatx: --pid requires a value\n", missing.err());
    }

    @Test
    void filtersApplyToSocketListingsOnly() {
        CommandRun r = linux(backend(), "-i", "--port", "22");
        assertEquals(2, r.status());
        assertEquals("netstatx: --port works with socket listings only\n", r.err());
    }

    @Test
    void summaryInBothDialects() {
        CommandRun l = linux(backend(), "-tan", "--summary");
        assertEquals(0, l.status(), l.err());
        assertEquals("Total: 5\n\n"
                + "Proto  Total  IPv4  IPv6\n"
                + "tcp        5     3     2\n\n"
                + "Proto  State        Total  IPv4  IPv6\n"
                + "tcp    LISTEN           2     1     1\n"
                + "tcp    ESTABLISHED      2     2     0\n"
                + "tcp    TIME_WAIT        1     0     1\n", l.out());
        CommandRun w = CommandRun.run(List.of(backend()), Map.of(), "Linux", false, "/an", "--summary", "--port",
                "!22");
        assertEquals("\nSocket Summary\n\n  Total: 3\n\n"
                + "  Proto  Total  IPv4  IPv6\n"
                + "  TCP        3     1     2\n\n"
                + "  Proto  State        Total  IPv4  IPv6\n"
                + "  TCP    LISTENING        1     0     1\n"
                + "  TCP    ESTABLISHED      1     1     0\n"
                + "  TCP    TIME_WAIT        1     0     1\n", w.out());
    }

    @Test
    void summaryAndFilterInJson() {
        CommandRun r = linux(backend(), "-tan", "--json", "--summary", "--state", "established,time-wait",
                "--address", "!192.168.0.0/16");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("\"filter\":\"--state ESTABLISHED,TIME_WAIT --address !192.168.0.0/16\""),
                r.out());
        assertTrue(r.out().contains("\"summary\": {\n    \"total\": 2,\n    \"groups\": [{\"protocol\":\"tcp\","
                + "\"family\":\"ipv4\",\"state\":\"ESTABLISHED\",\"count\":1},{\"protocol\":\"tcp\",\"family\":\"ipv6\","
                + "\"state\":\"TIME_WAIT\",\"count\":1}]\n  },"), r.out());
    }
}
