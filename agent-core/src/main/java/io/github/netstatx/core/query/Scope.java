package io.github.netstatx.core.query;

/** Which sockets of the selected protocols to list; see {@link io.github.netstatx.core.model.SocketEntry#listening()}. */
public enum Scope {
    /** Only listening ("server") sockets: netstat {@code -l}. */
    LISTENING,
    /** Only non-listening sockets: netstat's default "w/o servers". */
    CONNECTED,
    /** Both: netstat {@code -a}. */
    ALL
}
