package io.github.netstatx.core.model;

/**
 * One canonical TCP state for every operating system. Each backend maps its native codes onto
 * this enum in exactly one place; each dialect renders it with its own words.
 */
public enum TcpState {
    LISTEN,
    SYN_SENT,
    SYN_RECEIVED,
    ESTABLISHED,
    FIN_WAIT_1,
    FIN_WAIT_2,
    CLOSE_WAIT,
    CLOSING,
    LAST_ACK,
    TIME_WAIT,
    CLOSED,
    /** Windows: the TCB is being deleted. */
    DELETE_TCB,
    /** Bound but neither listening nor connected (Windows {@code netstat -q}, macOS/AIX {@code CLOSED} binds). */
    BOUND
}
