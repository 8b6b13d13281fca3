package io.github.netstatx.backend.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.netstatx.core.capture.CaptureSink;
import io.github.netstatx.core.capture.SourceFailure;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.TcpState;
import io.github.netstatx.core.query.Scope;
import io.github.netstatx.core.query.SocketQuery;
import io.github.netstatx.core.spi.BackendConfig;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When the TCP tables come from sock_diag and when from {@code /proc}: the files always for a fixture tree, a
 * capture, a replay and with timers; sock_diag on the live system when the option or the socket count says so.
 */
class TcpSockDiagTest {

    private static final SocketQuery LISTENING = new SocketQuery(EnumSet.of(Protocol.TCP, Protocol.UDP),
            EnumSet.of(AddressFamily.IPV4, AddressFamily.IPV6), Scope.LISTENING, false, false, false);

    private static BackendConfig live(String mode) {
        return BackendConfig.live().withBackendOption(TcpSockDiag.OPTION, mode);
    }

    private static TcpSockDiag choose(SocketQuery q, BackendConfig config) {
        return TcpSockDiag.choose(q, LinuxRawSource.of(config), config);
    }

    @Test
    void alwaysMeansTheLiveKernelForEveryScopeWithoutTimers() {
        for (Scope scope : Scope.values()) {
            assertNotNull(choose(LISTENING.withScope(scope), live("always")), scope.toString());
        }
        assertNotNull(choose(LISTENING, live("ALWAYS")));
    }

    @Test
    void neverAndTimersMeanTheFiles() {
        assertNull(choose(LISTENING, live("never")));
        SocketQuery timers = new SocketQuery(LISTENING.protocols(), LISTENING.families(), Scope.LISTENING, false,
                false, true);
        assertNull(choose(timers, live("always")));
        SocketQuery udpOnly = new SocketQuery(EnumSet.of(Protocol.UDP), LISTENING.families(), Scope.LISTENING, false,
                false, false);
        assertNull(choose(udpOnly, live("always")));
    }

    @Test
    void aFixtureTreeIsAlwaysReadAsFiles() {
        BackendConfig tree = live("always").withFsRoot(Fixtures.root(Fixtures.NETNS));
        assertNull(choose(LISTENING, tree));
    }

    @Test
    void aCaptureRecordsTheFilesSoItsReplayShowsTheSame() {
        DiscardingSink sink = new DiscardingSink();
        assertNull(choose(LISTENING, live("always").withCapture(sink)));
    }

    @Test
    void autoLeavesUnfilteredListingsToTheFiles() {
        assertNull(choose(LISTENING.withScope(Scope.ALL), live("auto")));
        assertNull(choose(LISTENING.withScope(Scope.CONNECTED), live("auto")));
        assertNull(choose(LISTENING.withScope(Scope.ALL), BackendConfig.live()));
    }

    @Test
    void thePrefiltersStatesBecomeTheKernelsStateMask() {
        assertEquals(0x1FFE, TcpSockDiag.stateMask(null), "every state /proc lists, not BOUND_INACTIVE");
        assertEquals(1 << 10, TcpSockDiag.stateMask(EnumSet.of(TcpState.LISTEN)));
        assertEquals((1 << 3) | (1 << 12), TcpSockDiag.stateMask(EnumSet.of(TcpState.SYN_RECEIVED)),
                "SYN_RECV and the request sockets (NEW_SYN_RECV) the kernel reports as SYN_RECV");
        assertEquals((1 << 6) | (1 << 5), TcpSockDiag.stateMask(EnumSet.of(TcpState.TIME_WAIT, TcpState.FIN_WAIT_2)));
        assertEquals(0, TcpSockDiag.stateMask(EnumSet.of(TcpState.BOUND)), "/proc never lists bound-only sockets");
    }

    @Test
    void sockstatCountsTheTcpSocketsOfBothFamilies() {
        byte[] v4 = ("sockets: used 200025\nTCP: inuse 100012 orphan 0 tw 3 alloc 100426 mem 264\n"
                + "UDP: inuse 1000 mem 2\n").getBytes(StandardCharsets.US_ASCII);
        assertEquals(100012L, ProcNetSockstatParser.count(v4, "TCP:", "inuse"));
        assertEquals(3L, ProcNetSockstatParser.count(v4, "TCP:", "tw"));
        assertEquals(1000L, ProcNetSockstatParser.count(v4, "UDP:", "inuse"));
        assertNull(ProcNetSockstatParser.count(v4, "TCP6:", "inuse"));
        assertNull(ProcNetSockstatParser.count(v4, "TCP:", "nosuch"));
        byte[] v6 = "TCP6: inuse 4\nUDP6: inuse x\n".getBytes(StandardCharsets.US_ASCII);
        assertEquals(4L, ProcNetSockstatParser.count(v6, "TCP6:", "inuse"));
        assertNull(ProcNetSockstatParser.count(v6, "UDP6:", "inuse"));
    }

    /** A capture that keeps nothing: only whether the source is capturing matters here. */
    private static final class DiscardingSink implements CaptureSink {
        @Override
        public void file(String name, byte[] bytes) {
        }

        @Override
        public void link(String name, String target) {
        }

        @Override
        public void listing(String name, List<String> entries) {
        }

        @Override
        public void present(String name) {
        }

        @Override
        public void failure(String name, SourceFailure failure) {
        }
    }
}
