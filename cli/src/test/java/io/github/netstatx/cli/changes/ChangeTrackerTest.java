package io.github.netstatx.cli.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.InetEndpoint;
import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import io.github.netstatx.core.model.UnixInfo;
import io.github.netstatx.core.model.UnixSocketType;
import io.github.netstatx.core.model.UnixState;
import java.net.InetAddress;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeTrackerTest {

    private static InetEndpoint ep(String ip, int port) throws Exception {
        return new InetEndpoint(InetAddress.getByName(ip), port);
    }

    private static SocketEntry tcp(int lport, int rport, TcpState state, Long inode) throws Exception {
        return SocketEntry.builder(Protocol.TCP, AddressFamily.IPV4).local(ep("127.0.0.1", lport))
                .remote(ep(rport == 0 ? "0.0.0.0" : "127.0.0.1", rport)).state(state).platformState(state.name())
                .inode(inode).build();
    }

    private static SocketEntry unix(long inode, UnixState state) {
        return SocketEntry.builder(Protocol.UNIX, AddressFamily.UNIX).inode(inode)
                .unix(new UnixInfo(UnixSocketType.STREAM, 1, Set.of(), state, null, 2L, null)).build();
    }

    private static String kinds(List<SocketChange> changes) {
        return String.join(",", changes.stream().map(c -> c.kind() + ":" + (c.socket().local() == null
                ? c.socket().inode() : c.socket().local().port())).toList());
    }

    @Test
    void theFirstSampleIsTheBaseline() throws Exception {
        assertEquals(List.of(), new ChangeTracker().next(List.of(tcp(22, 0, TcpState.LISTEN, 1L))));
    }

    @Test
    void appearedDisappearedAndStateChangesInAFixedOrder() throws Exception {
        ChangeTracker t = new ChangeTracker();
        SocketEntry listener = tcp(22, 0, TcpState.LISTEN, 1L);
        SocketEntry gone = tcp(5000, 40000, TcpState.ESTABLISHED, 2L);
        SocketEntry closing = tcp(5000, 40001, TcpState.ESTABLISHED, 3L);
        t.next(List.of(listener, gone, closing));
        SocketEntry closed = tcp(5000, 40001, TcpState.TIME_WAIT, 0L);
        SocketEntry fresh = tcp(5000, 40002, TcpState.SYN_RECEIVED, 0L);
        List<SocketChange> c = t.next(List.of(fresh, listener, closed));
        assertEquals("DISAPPEARED:5000,APPEARED:5000,STATE_CHANGED:5000", kinds(c));
        assertSame(gone, c.get(0).socket());
        assertSame(fresh, c.get(1).socket());
        assertSame(closed, c.get(2).socket());
        assertSame(closing, c.get(2).previous());
        assertEquals(List.of(), t.next(List.of(fresh, listener, closed)));
    }

    @Test
    void twoDifferentKnownInodesAreTwoSockets() throws Exception {
        ChangeTracker t = new ChangeTracker();
        t.next(List.of(tcp(8080, 0, TcpState.LISTEN, 100L)));
        // The server was restarted: same address and port, a new socket.
        assertEquals("DISAPPEARED:8080,APPEARED:8080", kinds(t.next(List.of(tcp(8080, 0, TcpState.LISTEN, 200L)))));
    }

    @Test
    void socketsSharingAKeyAreToldApartByInode() throws Exception {
        ChangeTracker t = new ChangeTracker();
        SocketEntry a = tcp(443, 0, TcpState.LISTEN, 10L);
        SocketEntry b = tcp(443, 0, TcpState.LISTEN, 11L);
        SocketEntry c = tcp(443, 0, TcpState.LISTEN, 12L);
        t.next(List.of(a, b, c));
        // SO_REUSEPORT listeners: the middle one went away, in any order the others stay.
        List<SocketChange> changes = t.next(List.of(c, a));
        assertEquals(1, changes.size());
        assertSame(b, changes.get(0).socket());
        assertEquals(SocketChange.Kind.DISAPPEARED, changes.get(0).kind());
    }

    @Test
    void withoutInodesTheOwnerTellsSocketsApart() throws Exception {
        SocketEntry base = SocketEntry.builder(Protocol.UDP, AddressFamily.IPV4).local(ep("0.0.0.0", 5353))
                .remote(ep("0.0.0.0", 0)).build();
        SocketEntry pid10 = base.toBuilder().owners(List.of(ProcessRef.owner(10, "a"))).build();
        SocketEntry pid20 = base.toBuilder().owners(List.of(ProcessRef.owner(20, "b"))).build();
        ChangeTracker t = new ChangeTracker();
        t.next(List.of(pid10, pid20));
        List<SocketChange> changes = t.next(List.of(pid20));
        assertEquals(1, changes.size());
        assertSame(pid10, changes.get(0).socket());
    }

    @Test
    void unixSocketsAreKeyedByInodeAndTheirOwnState() {
        ChangeTracker t = new ChangeTracker();
        t.next(List.of(unix(1, UnixState.CONNECTING), unix(2, UnixState.CONNECTED)));
        List<SocketChange> changes = t.next(List.of(unix(1, UnixState.CONNECTED), unix(3, UnixState.CONNECTED)));
        assertEquals("DISAPPEARED:2,STATE_CHANGED:1,APPEARED:3", kinds(changes));
    }
}
