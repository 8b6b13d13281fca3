package io.github.netstatx.backend.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Severity;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import io.github.netstatx.core.query.Scope;
import io.github.netstatx.core.query.SocketQuery;
import io.github.netstatx.core.spi.BackendConfig;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinuxSocketCollectorTest {

    private static SocketQuery query(Set<Protocol> protocols, Set<AddressFamily> families, Scope scope) {
        return new SocketQuery(protocols, families, scope, false, false, false);
    }

    private static final Set<AddressFamily> BOTH = EnumSet.of(AddressFamily.IPV4, AddressFamily.IPV6);

    private static LinuxBackend backendOn(Path root) {
        return new LinuxBackend(new BackendConfig(root, ByteOrder.LITTLE_ENDIAN, Duration.ofSeconds(5), 2));
    }

    /** A root holding the captured tcp table and, where {@code udp} should be, a directory. */
    private static Path tcpOnlyRoot(Path dir) throws Exception {
        Files.createDirectories(dir.resolve("proc/net/udp"));
        Files.write(dir.resolve("proc/net/tcp"), Fixtures.read(Fixtures.NETNS, "proc/net/tcp"));
        return dir;
    }

    @Test
    void readsOnlyTheTablesTheQuerySelects(@TempDir Path dir) throws Exception {
        LinuxBackend b = backendOn(tcpOnlyRoot(dir));
        Snapshot<SocketEntry> tcp4 = b.sockets(query(EnumSet.of(Protocol.TCP), EnumSet.of(AddressFamily.IPV4),
                Scope.ALL));
        assertEquals(14, tcp4.items().size());
        assertEquals(List.of(), tcp4.diagnostics(), "neither tcp6 nor the broken udp was touched");

        Snapshot<SocketEntry> tcp = b.sockets(query(EnumSet.of(Protocol.TCP), BOTH, Scope.ALL));
        assertEquals(1, tcp.diagnostics().size(), tcp.diagnostics().toString());
        Diagnostic missing = tcp.diagnostics().get(0);
        assertEquals(Diagnostic.Code.SOURCE_MISSING, missing.code());
        assertEquals(Protocol.TCP, missing.protocol());
        assertEquals(dir.resolve("proc/net/tcp6").toString(), missing.source());
        assertEquals(Severity.INFO, missing.severity());
    }

    @Test
    void anUnreadableTableIsAnErrorNotAnEmptyList(@TempDir Path dir) throws Exception {
        Snapshot<SocketEntry> udp = backendOn(tcpOnlyRoot(dir)).sockets(query(EnumSet.of(Protocol.UDP),
                EnumSet.of(AddressFamily.IPV4), Scope.ALL));
        assertEquals(List.of(), udp.items());
        Diagnostic d = udp.diagnostics().get(0);
        assertEquals(Diagnostic.Code.SOURCE_UNREADABLE, d.code());
        assertEquals(Severity.ERROR, d.severity());
        assertEquals(Protocol.UDP, d.protocol());
        assertTrue(d.message().endsWith(": is a directory, not a regular file; not read"), d.message());
    }

    @Test
    void malformedLinesAreCountedPerTable() throws Exception {
        List<Diagnostic> diags = Fixtures.backend(Fixtures.EDGE).sockets(SocketQuery.everything()).diagnostics();
        List<String> malformed = diags.stream().filter(d -> d.code() == Diagnostic.Code.MALFORMED_LINES)
                .map(d -> Path.of(d.source()).getFileName() + " " + d.protocol() + " " + d.count()).toList();
        assertEquals(List.of("tcp TCP 4", "tcp6 TCP 1", "udp UDP 1", "unix UNIX 1"), malformed);
        List<String> missing = diags.stream().filter(d -> d.code() == Diagnostic.Code.SOURCE_MISSING)
                .map(d -> Path.of(d.source()).getFileName() + " " + d.protocol()).toList();
        assertEquals(List.of("udplite UDPLITE", "udplite6 UDPLITE", "sctp SCTP"), missing);
    }

    @Test
    void scopeIsNetstatsServerRulePerEntry() throws Exception {
        LinuxBackend b = Fixtures.backend(Fixtures.NETNS);
        SocketQuery all = query(EnumSet.allOf(Protocol.class), BOTH, Scope.ALL);
        List<SocketEntry> listening = b.sockets(all.withScope(Scope.LISTENING)).items();
        assertEquals(8, listening.stream().filter(e -> e.protocol() == Protocol.TCP).count());
        assertTrue(listening.stream().allMatch(SocketEntry::listening));
        List<SocketEntry> connected = b.sockets(all.withScope(Scope.CONNECTED)).items();
        assertTrue(connected.stream().noneMatch(SocketEntry::listening));
        assertEquals(b.sockets(all).items().size(), listening.size() + connected.size());
    }

    @Test
    void tablesComeInNetToolsOrder() throws Exception {
        List<String> order = Fixtures.backend(Fixtures.NETNS).sockets(SocketQuery.everything()).items().stream()
                .map(e -> e.protocol() + "/" + e.family()).distinct().collect(Collectors.toList());
        assertEquals(List.of("TCP/IPV4", "TCP/IPV6", "UDP/IPV4", "UDP/IPV6", "UDPLITE/IPV4", "UDPLITE/IPV6",
                "RAW/IPV4", "RAW/IPV6", "UNIX/UNIX"), order);
    }

    @Test
    void ownersOnlyWhenAskedAndForEveryHolder() throws Exception {
        LinuxBackend b = Fixtures.backend(Fixtures.NETNS);
        SocketQuery withOwners = query(EnumSet.of(Protocol.TCP), BOTH, Scope.ALL).withOwners(true);
        Snapshot<SocketEntry> s = b.sockets(withOwners);
        SocketEntry ssh = s.items().stream().filter(e -> e.state() == TcpState.LISTEN && e.local().port() == 22)
                .findFirst().orElseThrow();
        assertEquals(2, ssh.owners().size());
        assertTrue(s.items().stream().filter(e -> e.inode() == 0).allMatch(e -> e.owners().isEmpty()));
        assertTrue(s.items().stream().filter(e -> e.inode() != 0).allMatch(e -> !e.owners().isEmpty()),
                "every socket of the namespace is held by one of the captured processes");
        assertEquals(List.of(), s.diagnostics());
    }

    @Test
    void userNamesOfAFixtureRootComeFromItsPasswd() throws Exception {
        SocketQuery users = new SocketQuery(EnumSet.of(Protocol.TCP), BOTH, Scope.ALL, false, true, false);
        List<SocketEntry> edge = Fixtures.backend(Fixtures.EDGE).sockets(users).items();
        // uid 1000 is "alice" only in the fixture's passwd, so no name service of this host answered
        assertEquals("alice", edge.stream().filter(e -> e.uid() == 1000).findFirst().orElseThrow().user());
        assertEquals("root", edge.get(0).user());

        Snapshot<SocketEntry> noPasswd = Fixtures.backend(Fixtures.BIG_ENDIAN).sockets(users);
        noPasswd.items().forEach(e -> assertNull(e.user()));
        Diagnostic d = noPasswd.diagnostics().get(0);
        assertEquals(Diagnostic.Code.SOURCE_MISSING, d.code());
        assertEquals(Severity.WARNING, d.severity());
        assertTrue(d.source().endsWith("etc/passwd"), d.source());
    }

    @Test
    void unknownUidsHaveNoName() {
        LinuxRawSource live = new LinuxRawSource(Path.of("/"));
        ReportingReader reader = new ReportingReader(live);
        var names = new UserNames(live).resolve(Set.of(0L, 4_000_000_007L), reader);
        assertEquals(java.util.Map.of(0L, "root"), names, "/etc/passwd, then the name service (getpwuid_r)");
        assertEquals(List.of(), reader.diagnostics());
    }
}
