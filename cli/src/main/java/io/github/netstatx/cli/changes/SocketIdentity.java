package io.github.netstatx.cli.changes;

import io.github.netstatx.core.model.InetEndpoint;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.UnixPath;
import io.github.netstatx.core.model.UnixSocketType;
import java.util.Objects;

/**
 * How a socket is recognised from one sample to the next.
 *
 * <p>The key is the protocol, the family, the local and remote address and port (for UNIX sockets:
 * the bound path and the socket type). When several sockets share a key (SO_REUSEPORT listeners,
 * raw sockets, unnamed UNIX sockets) they are told apart by {@link #sameSocket}: the inode where
 * the platform has one, else the first owner's pid.
 *
 * <p>A socket keeps its key when it changes state. Its inode may not: Linux reports inode 0 once the
 * program has closed a TCP socket that is still shutting down (FIN_WAIT, TIME_WAIT), so an unknown
 * or zero inode on either side never rules a match out; only two different known inodes do (a
 * restarted server is a new socket on the same port).
 */
record SocketIdentity(Protocol protocol, String family, InetEndpoint local, InetEndpoint remote, UnixPath path,
        UnixSocketType unixType) {

    static SocketIdentity of(SocketEntry e) {
        boolean unix = e.unix() != null;
        return new SocketIdentity(e.protocol(), e.family().id(), e.local(), e.remote(),
                unix ? e.unix().path() : null, unix ? e.unix().type() : null);
    }

    /** True when two sockets of one key are the same socket as far as their inodes tell. */
    static boolean inodesAllow(SocketEntry a, SocketEntry b) {
        Long x = knownInode(a);
        Long y = knownInode(b);
        return x == null || y == null || x.equals(y);
    }

    /** True when both inodes are known and equal: certainly the same socket. */
    static boolean sameInode(SocketEntry a, SocketEntry b) {
        Long x = knownInode(a);
        return x != null && x.equals(knownInode(b));
    }

    /** True when both first owners are known and have the same pid. */
    static boolean sameOwner(SocketEntry a, SocketEntry b) {
        return a.firstOwner() != null && b.firstOwner() != null && a.firstOwner().pid() == b.firstOwner().pid();
    }

    private static Long knownInode(SocketEntry e) {
        return e.inode() == null || e.inode() == 0 ? null : e.inode();
    }

    /** The state words that count for a state change: canonical, UNIX and platform state. */
    static boolean sameState(SocketEntry a, SocketEntry b) {
        return a.state() == b.state()
                && Objects.equals(a.unix() == null ? null : a.unix().state(), b.unix() == null ? null : b.unix().state())
                && Objects.equals(a.platformState(), b.platformState());
    }
}
