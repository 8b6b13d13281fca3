package io.github.netstatx.backend.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import io.github.netstatx.core.query.Scope;
import io.github.netstatx.core.query.SocketQuery;
import io.github.netstatx.core.spi.BackendConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The live system: invariants only, never exact counts. */
@EnabledOnOs(OS.LINUX)
class LiveSmokeTest {

    static boolean isRoot() {
        try {
            return ProcStatusParser.effectiveUid(Files.readAllBytes(Path.of("/proc/self/status"))) == 0L;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void aServerSocketWeOpenIsListedAsListeningWithUsAsItsOwner() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getByName("127.0.0.1"))) {
            // the JDK opens dual-stack IPv6 sockets by default: 127.0.0.1 is then ::ffff:127.0.0.1 in tcp6
            SocketQuery query = new SocketQuery(EnumSet.of(Protocol.TCP), EnumSet.of(AddressFamily.IPV4,
                    AddressFamily.IPV6), Scope.LISTENING, true, true, true);
            var snapshot = new LinuxBackendProvider().open(BackendConfig.live()).sockets(query);
            List<SocketEntry> ours = snapshot.items().stream()
                    .filter(e -> e.local().port() == server.getLocalPort()).toList();
            assertEquals(1, ours.size(), snapshot.items().toString());
            SocketEntry e = ours.get(0);
            assertEquals(TcpState.LISTEN, e.state());
            assertEquals(InetAddress.getByName("127.0.0.1"), e.local().address());
            long me = ProcessHandle.current().pid();
            assertTrue(e.owners().stream().map(ProcessRef::pid).anyMatch(p -> p == me), e.owners().toString());
            ProcessRef self = e.owners().stream().filter(p -> p.pid() == me).findFirst().orElseThrow();
            assertEquals("java", self.name(), "argv[0] of this JVM is the path of its java launcher");
            assertTrue(self.path() != null && self.path().endsWith("/java"), self.path());
            if (isRoot()) {
                assertEquals("root", e.user(), "uid 0 through getent");
            }
        }
    }

    @Test
    void theCollectorsOwnSocketsAreHiddenOnlyWhenAsked() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getByName("127.0.0.1"))) {
            SocketQuery query = SocketQuery.everything().withOwners(false);
            BackendConfig live = BackendConfig.live();
            var shown = new LinuxBackendProvider().open(live).sockets(query).items();
            var hidden = new LinuxBackendProvider().open(live.withHideOwnSockets(true)).sockets(query).items();
            assertTrue(shown.stream().anyMatch(e -> e.local() != null && e.local().port() == server.getLocalPort()),
                    "an embedding program sees its own listener");
            List<Long> mine = ownSocketInodes();
            assertTrue(mine.size() >= 1, "this JVM holds at least the listener");
            assertTrue(hidden.stream().noneMatch(e -> mine.contains(e.inode())),
                    "with hideOwnSockets no socket of this JVM is listed (netstat's own process has none)");
            assertTrue(hidden.size() < shown.size());
        }
    }

    private static List<Long> ownSocketInodes() throws IOException {
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.map(fd -> {
                try {
                    return SocketLinkParser.socketInode(Files.readSymbolicLink(fd).toString());
                } catch (IOException closed) {
                    return -1L;
                }
            }).filter(i -> i > 0).toList();
        }
    }
}
