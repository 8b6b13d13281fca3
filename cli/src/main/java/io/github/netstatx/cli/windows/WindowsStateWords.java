package io.github.netstatx.cli.windows;

import io.github.netstatx.core.model.OffloadState;
import io.github.netstatx.core.model.TcpState;

/**
 * The words netstat.exe prints for TCP states ({@code MSG_CONN_STATE_*}) and offload states
 * ({@code TCP_CONNECTION_OFFLOAD_STATE}), from the canonical model values. Wine and ReactOS print
 * {@code SYN_RCVD}/{@code FIN_WAIT1}; real Windows prints the words below (reference windows.md §2.2, §2.4).
 */
public final class WindowsStateWords {

    private WindowsStateWords() {
    }

    /** The state word of a TCP row; the empty string for a stateless (UDP) row. */
    public static String of(TcpState state) {
        if (state == null) {
            return "";
        }
        return switch (state) {
            case CLOSED -> "CLOSED";
            case LISTEN -> "LISTENING";
            case SYN_SENT -> "SYN_SENT";
            case SYN_RECEIVED -> "SYN_RECEIVED";
            case ESTABLISHED -> "ESTABLISHED";
            case FIN_WAIT_1 -> "FIN_WAIT_1";
            case FIN_WAIT_2 -> "FIN_WAIT_2";
            case CLOSE_WAIT -> "CLOSE_WAIT";
            case CLOSING -> "CLOSING";
            case LAST_ACK -> "LAST_ACK";
            case TIME_WAIT -> "TIME_WAIT";
            case DELETE_TCB -> "DELETE_TCB";
            case BOUND -> "BOUND";
        };
    }

    /** The {@code -t} word; an OS without TCP offload keeps every connection in the host. */
    public static String of(OffloadState state) {
        if (state == null) {
            return "InHost";
        }
        return switch (state) {
            case IN_HOST -> "InHost";
            case OFFLOADING -> "Offloading";
            case OFFLOADED -> "Offloaded";
            case UPLOADING -> "Uploading";
        };
    }
}
