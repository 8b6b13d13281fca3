package io.github.netstatx.backend.aix;

import io.github.netstatx.core.model.TcpState;
import java.util.Optional;

/** AIX netstat's TCP state words (the BSD {@code tcpstates[]} names) and the canonical states. */
final class AixTcpStates {

    private AixTcpStates() {
    }

    static Optional<TcpState> parse(String word) {
        return Optional.ofNullable(switch (word) {
            // A socket that is bound but neither listening nor connected; the model calls that BOUND.
            case "CLOSED" -> TcpState.BOUND;
            case "LISTEN" -> TcpState.LISTEN;
            case "SYN_SENT" -> TcpState.SYN_SENT;
            case "SYN_RCVD" -> TcpState.SYN_RECEIVED;
            case "ESTABLISHED" -> TcpState.ESTABLISHED;
            case "CLOSE_WAIT" -> TcpState.CLOSE_WAIT;
            case "FIN_WAIT_1" -> TcpState.FIN_WAIT_1;
            case "CLOSING" -> TcpState.CLOSING;
            case "LAST_ACK" -> TcpState.LAST_ACK;
            case "FIN_WAIT_2" -> TcpState.FIN_WAIT_2;
            case "TIME_WAIT" -> TcpState.TIME_WAIT;
            default -> null;
        });
    }
}
