package io.github.netstatx.core.model;

/** Connection state of a UNIX domain socket ({@code socket_state} in the kernel). */
public enum UnixState {
    FREE,
    /** Unconnected; a listening socket is unconnected with {@link UnixFlag#ACCEPTING}. */
    UNCONNECTED,
    CONNECTING,
    CONNECTED,
    DISCONNECTING
}
