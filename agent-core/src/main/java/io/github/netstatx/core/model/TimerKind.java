package io.github.netstatx.core.model;

/** What a socket's pending timer is for. */
public enum TimerKind {
    /** No timer is running. */
    OFF,
    /** Retransmission, RTO, loss probe or reorder timer (Linux {@code tr} 1). */
    RETRANSMIT,
    /** Keepalive timer, also the FIN_WAIT2 timer (Linux {@code tr} 2). */
    KEEPALIVE,
    /** TIME_WAIT expiry (Linux {@code tr} 3). */
    TIME_WAIT,
    /** Zero-window probe timer (Linux {@code tr} 4). */
    ZERO_WINDOW_PROBE,
    /** A timer kind this model has no name for; see {@link SocketTimer#platformCode()}. */
    OTHER
}
