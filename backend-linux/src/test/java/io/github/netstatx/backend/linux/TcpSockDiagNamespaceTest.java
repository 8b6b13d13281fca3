package io.github.netstatx.backend.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import io.github.netstatx.core.query.Scope;
import io.github.netstatx.core.query.SocketPrefilter;
import io.github.netstatx.core.query.SocketQuery;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.testing.Prerequisites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * sock_diag against {@code /proc} on a live kernel: a private network namespace ({@code unshare -n}, as root) holds
 * 40 listeners (IPv4 and IPv6, one with an unaccepted connection), 2,500 IPv4 and 300 IPv6 connections with both
 * ends open (some with unread bytes, some half closed), 100 TIME_WAIT sockets and two SYN_SENT, one of them to
 * remote port 0. The backend enters it ({@code withNetworkNamespace}) and lists it through sock_diag
 * ({@code linux.sock-diag=always}) and through the files ({@code never}): for every scope the entries must be equal
 * and in the same order. The files are read before and after; when those two differ, the state moved and the
 * comparison is repeated.
 */
class TcpSockDiagNamespaceTest {

    private static final String HOLDER = String.join("\n",
            "import socket, sys",
            "subprocess = __import__('subprocess')",
            "subprocess.run(['ip', 'link', 'set', 'lo', 'up'], check=True)",
            "subprocess.run(['ip', 'route', 'add', '192.0.2.1/32', 'dev', 'lo'], check=True)",
            "keep = []",
            "def listen(family, addr, port, backlog=4096):",
            "    s = socket.socket(family); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)",
            "    s.bind((addr, port)); s.listen(backlog); keep.append(s); return s",
            "for p in range(21000, 21030): listen(socket.AF_INET, '0.0.0.0' if p % 3 else '127.0.0.1', p, 8)",
            "for p in range(21100, 21107): listen(socket.AF_INET6, '::' if p % 2 else '::1', p, 8)",
            "v4 = listen(socket.AF_INET, '127.0.0.1', 7000); v6 = listen(socket.AF_INET6, '::1', 7006)",
            "listen(socket.AF_INET, '127.0.0.2', 8080, 3); keep.append(socket.create_connection(('127.0.0.2', 8080)))",
            "def pairs(server, family, addr, port, n):",
            "    out = []",
            "    for _ in range(n):",
            "        c = socket.socket(family); c.connect((addr, port)); a, _ = server.accept(); out.append((c, a))",
            "    return out",
            "p4 = pairs(v4, socket.AF_INET, '127.0.0.1', 7000, 2600)",
            "p6 = pairs(v6, socket.AF_INET6, '::1', 7006, 300)",
            "for c, a in p4[:100]: c.close(); a.close()",
            "for c, a in p4[100:150]: c.sendall(b'y' * 77)",
            "for c, a in p4[150:160]: c.shutdown(socket.SHUT_WR)",
            "keep += [s for pair in p4[100:] + p6 for s in pair]",
            "for port in (0, 80):",
            "    s = socket.socket(); s.setblocking(False); keep.append(s)",
            "    try: s.connect(('192.0.2.1', port))",
            "    except BlockingIOError: pass",
            "print('ready', flush=True)",
            "sys.stdin.read()");

    private static Process holder;
    private static Path namespace;

    @BeforeAll
    static void start() throws Exception {
        Prerequisites.requireRoot("unshare -n (a private network namespace full of sockets)");
        holder = new ProcessBuilder("unshare", "-n", "python3", "-c", HOLDER).redirectErrorStream(true).start();
        String ready = new String(holder.getInputStream().readNBytes(6), StandardCharsets.UTF_8);
        assertEquals("ready\n", ready, "the socket holder did not start");
        namespace = Path.of("/proc", Long.toString(holder.pid()), "ns", "net");   // unshare execs python3
    }

    @AfterAll
    static void stop() throws Exception {
        if (holder != null) {
            holder.getOutputStream().close();
            if (!holder.waitFor(20, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
    }

    private static BackendConfig config(String mode) {
        return BackendConfig.live().withNetworkNamespace(namespace).withBackendOption(TcpSockDiag.OPTION, mode);
    }

    private static Snapshot<SocketEntry> tcp(String mode, Scope scope, SocketPrefilter prefilter) throws Exception {
        SocketQuery q = new SocketQuery(EnumSet.of(Protocol.TCP), EnumSet.of(AddressFamily.IPV4, AddressFamily.IPV6),
                scope, false, false, false, false, prefilter);
        try (LinuxBackend backend = LinuxBackend.open(config(mode))) {
            return backend.sockets(q);
        }
    }

    @Test
    void listeningAsTheFilesListThem() throws Exception {
        List<SocketEntry> shown = sameAsFiles(Scope.LISTENING);
        assertEquals(41, shown.size(), "40 listeners and the SYN_SENT to port 0");
        assertTrue(shown.stream().anyMatch(e -> e.state() == TcpState.SYN_SENT && e.remote().port() == 0));
        assertTrue(shown.stream().anyMatch(e -> e.state() == TcpState.LISTEN && e.recvQueue() == 1));
    }

    @Test
    void connectedAsTheFilesListThem() throws Exception {
        List<SocketEntry> shown = sameAsFiles(Scope.CONNECTED);
        for (TcpState s : List.of(TcpState.ESTABLISHED, TcpState.TIME_WAIT, TcpState.FIN_WAIT_2,
                TcpState.CLOSE_WAIT, TcpState.SYN_SENT)) {
            assertTrue(shown.stream().anyMatch(e -> e.state() == s), s.toString());
        }
        assertTrue(shown.size() > 5_000, shown.size() + " connected sockets");
    }

    @Test
    void everythingAsTheFilesListIt() throws Exception {
        sameAsFiles(Scope.ALL);
    }

    /** A prefilter's states become the kernel's state mask; the rest of the query is applied to what it sends. */
    @Test
    void aPrefilterOfStatesAsTheFilesApplyIt() throws Exception {
        SocketPrefilter closing = new SocketPrefilter(EnumSet.of(TcpState.TIME_WAIT, TcpState.FIN_WAIT_2,
                TcpState.CLOSE_WAIT), List.of(), List.of(new SocketPrefilter.PortRange(7000, 7000)));
        List<SocketEntry> shown = sameAsFiles(Scope.ALL, closing);
        assertTrue(shown.size() >= 110, shown.size() + ": 100 TIME_WAIT, 10 FIN_WAIT2 towards port 7000");
        assertTrue(shown.stream().allMatch(e -> e.remote().port() == 7000), shown.toString());
    }

    /** A few thousand sockets are far below the threshold: {@code auto} reads the files here. */
    @Test
    void autoReadsTheFilesForASmallTable() throws Exception {
        SocketQuery q = new SocketQuery(EnumSet.of(Protocol.TCP), EnumSet.of(AddressFamily.IPV4), Scope.LISTENING,
                false, false, false);
        BackendConfig auto = config("auto");
        BackendConfig always = config("always");
        try (var ns = io.github.netstatx.backend.linux.jna.NetworkNamespaceThread.enter(namespace)) {
            assertNull(ns.call(() -> TcpSockDiag.choose(q, LinuxRawSource.of(auto), auto)));
            assertNotNull(ns.call(() -> TcpSockDiag.choose(q, LinuxRawSource.of(always), always)));
        }
    }

    private static List<SocketEntry> sameAsFiles(Scope scope) throws Exception {
        return sameAsFiles(scope, SocketPrefilter.NONE);
    }

    private static List<SocketEntry> sameAsFiles(Scope scope, SocketPrefilter prefilter) throws Exception {
        for (int attempt = 1; attempt <= 3; attempt++) {
            Snapshot<SocketEntry> before = tcp("never", scope, prefilter);
            Snapshot<SocketEntry> diag = tcp("always", scope, prefilter);
            Snapshot<SocketEntry> after = tcp("never", scope, prefilter);
            if (!before.items().equals(after.items())) {
                continue;
            }
            assertEquals(List.of(), diag.diagnostics(), "sock_diag answered (no fallback to the files)");
            assertEquals(before.items().size(), diag.items().size(), scope + ": how many");
            for (int i = 0; i < before.items().size(); i++) {
                assertEquals(before.items().get(i), diag.items().get(i), scope + ": socket " + i);
            }
            return diag.items();
        }
        throw new AssertionError(scope + ": the namespace's sockets kept changing");
    }
}
