package io.github.netstatx.cli.windows;

import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;

/** What a row is to netstat.exe, which decides whether {@code -a} or {@code -q} is needed to see it. */
public enum RowKind {
    /** A TCP connection in any state but listening or bound: always listed. */
    CONNECTION,
    /** A TCP listener: listed with {@code -a} or {@code -q}. */
    LISTENER,
    /** A bound, neither listening nor connected TCP socket: listed with {@code -q}. */
    BOUND,
    /** A UDP endpoint: listed with {@code -a} or {@code -q}. */
    UDP_ENDPOINT;

    /** The kind of an entry, by the model's one server rule ({@link SocketEntry#listening()}). */
    public static RowKind of(SocketEntry e) {
        if (e.protocol() == Protocol.UDP) {
            return UDP_ENDPOINT;
        }
        if (e.state() == TcpState.BOUND) {
            return BOUND;
        }
        return e.listening() ? LISTENER : CONNECTION;
    }
}
