package io.github.netstatx.backend.windows;

import io.github.netstatx.core.model.TcpState;

/**
 * {@code MIB_TCP_STATE}: the one place a Windows TCP state value becomes the canonical {@link TcpState} and
 * the word netstat.exe prints for it ({@code platformState}). The words are netstat.exe's
 * ({@code LISTENING}, {@code SYN_RECEIVED}, {@code FIN_WAIT_1}), not Wine's or ReactOS's ({@code SYN_RCVD},
 * {@code FIN_WAIT1}). {@code DELETE_TCB}'s word is assumed: no capture shows one.
 */
public enum MibTcpState {
    CLOSED(1, TcpState.CLOSED, "CLOSED"),
    LISTEN(2, TcpState.LISTEN, "LISTENING"),
    SYN_SENT(3, TcpState.SYN_SENT, "SYN_SENT"),
    SYN_RCVD(4, TcpState.SYN_RECEIVED, "SYN_RECEIVED"),
    ESTAB(5, TcpState.ESTABLISHED, "ESTABLISHED"),
    FIN_WAIT1(6, TcpState.FIN_WAIT_1, "FIN_WAIT_1"),
    FIN_WAIT2(7, TcpState.FIN_WAIT_2, "FIN_WAIT_2"),
    CLOSE_WAIT(8, TcpState.CLOSE_WAIT, "CLOSE_WAIT"),
    CLOSING(9, TcpState.CLOSING, "CLOSING"),
    LAST_ACK(10, TcpState.LAST_ACK, "LAST_ACK"),
    TIME_WAIT(11, TcpState.TIME_WAIT, "TIME_WAIT"),
    DELETE_TCB(12, TcpState.DELETE_TCB, "DELETE_TCB");

    private final int value;
    private final TcpState state;
    private final String word;

    MibTcpState(int value, TcpState state, String word) {
        this.value = value;
        this.state = state;
        this.word = word;
    }

    public int value() {
        return value;
    }

    public TcpState state() {
        return state;
    }

    /** The word netstat.exe prints. */
    public String word() {
        return word;
    }

    /** The state for a MIB value, or {@code null} for a value outside 1..12. */
    public static MibTcpState of(int value) {
        return value >= 1 && value <= 12 ? values()[value - 1] : null;
    }
}
