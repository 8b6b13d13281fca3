package io.github.netstatx.backend.linux;

import io.github.netstatx.core.model.TcpState;

/**
 * The kernel's socket state numbers (the {@code st} column, {@code include/net/tcp_states.h}) with
 * the canonical state and the word net-tools 2.10 prints for each: the one place this backend maps
 * Linux states. UDP and RAW sockets use the same numbers (7 unconnected, 1 connected).
 */
enum LinuxTcpState {
    ESTABLISHED(0x01, TcpState.ESTABLISHED, "ESTABLISHED"),
    SYN_SENT(0x02, TcpState.SYN_SENT, "SYN_SENT"),
    SYN_RECV(0x03, TcpState.SYN_RECEIVED, "SYN_RECV"),
    FIN_WAIT1(0x04, TcpState.FIN_WAIT_1, "FIN_WAIT1"),
    FIN_WAIT2(0x05, TcpState.FIN_WAIT_2, "FIN_WAIT2"),
    TIME_WAIT(0x06, TcpState.TIME_WAIT, "TIME_WAIT"),
    CLOSE(0x07, TcpState.CLOSED, "CLOSE"),
    CLOSE_WAIT(0x08, TcpState.CLOSE_WAIT, "CLOSE_WAIT"),
    LAST_ACK(0x09, TcpState.LAST_ACK, "LAST_ACK"),
    LISTEN(0x0A, TcpState.LISTEN, "LISTEN"),
    CLOSING(0x0B, TcpState.CLOSING, "CLOSING"),
    /** Request sockets; /proc prints them as 03, so this appears only if a kernel ever changes that. */
    NEW_SYN_RECV(0x0C, TcpState.SYN_RECEIVED, "NEW_SYN_RECV"),
    /** Bound, not listening (inet_diag only); net-tools has no word for it, the kernel's name is used. */
    BOUND_INACTIVE(0x0D, TcpState.BOUND, "BOUND_INACTIVE");

    private static final LinuxTcpState[] BY_CODE = new LinuxTcpState[0x0E];

    static {
        for (LinuxTcpState s : values()) {
            BY_CODE[s.code] = s;
        }
    }

    final int code;
    final TcpState canonical;
    /** net-tools' spelling ({@code FIN_WAIT1}, {@code CLOSE}); the kernel name where net-tools has none. */
    final String word;

    LinuxTcpState(int code, TcpState canonical, String word) {
        this.code = code;
        this.canonical = canonical;
        this.word = word;
    }

    /** The state with this kernel number, or {@code null} when the number is not a known state. */
    static LinuxTcpState ofCode(long code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[(int) code] : null;
    }
}
