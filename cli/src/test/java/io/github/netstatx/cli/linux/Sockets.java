package io.github.netstatx.cli.linux;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.InetEndpoint;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import io.github.netstatx.core.model.UnixFlag;
import io.github.netstatx.core.model.UnixInfo;
import io.github.netstatx.core.model.UnixPath;
import io.github.netstatx.core.model.UnixSocketType;
import io.github.netstatx.core.model.UnixState;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;

/** Model objects for renderer tests, written the way the Linux backend fills them. */
final class Sockets {

    private Sockets() {
    }

    static InetEndpoint ep(String literal, int port) {
        try {
            // Literals only: getByName does not resolve them.
            return new InetEndpoint(InetAddress.getByName(literal), port);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static SocketEntry.Builder tcp(AddressFamily family, String local, int lport, String remote, int rport,
            TcpState state) {
        return SocketEntry.builder(Protocol.TCP, family).local(ep(local, lport)).remote(ep(remote, rport))
                .state(state).recvQueue(0L).sendQueue(0L).uid(0L).inode(1L);
    }

    static SocketEntry.Builder datagram(Protocol p, AddressFamily family, String local, int lport, String remote,
            int rport, int stateCode) {
        return SocketEntry.builder(p, family).local(ep(local, lport)).remote(ep(remote, rport))
                .stateCode(stateCode).recvQueue(0L).sendQueue(0L).uid(0L).inode(1L);
    }

    static SocketEntry unix(long refCount, Set<UnixFlag> flags, UnixSocketType type, UnixState state, long inode,
            UnixPath path) {
        return SocketEntry.builder(Protocol.UNIX, AddressFamily.UNIX)
                .unix(new UnixInfo(type, null, flags, state, null, refCount, path)).inode(inode).uid(0L).build();
    }
}
