package io.github.netstatx.cli.linux;

import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import io.github.netstatx.core.model.UnixFlag;
import io.github.netstatx.core.model.UnixInfo;

/**
 * net-tools' words for socket states, types and flags, derived from the canonical model so data
 * from any backend renders ({@code netstat.c} tables {@code tcp_state}, {@code unix_do_one}).
 */
public final class StateWords {

    /** Linux {@code TCP_ESTABLISHED}: a connected datagram socket. */
    private static final int ESTABLISHED_CODE = 1;
    /** Linux {@code TCP_CLOSE}: an unconnected datagram or raw socket. */
    private static final int CLOSE_CODE = 7;

    private StateWords() {
    }

    /**
     * The TCP (and SCTP) state as net-tools spells it. Two canonical states have no net-tools word:
     * {@code BOUND} and {@code DELETE_TCB} print {@code CLOSE}, the state a Linux kernel gives a
     * socket that is bound but neither listening nor connected, so every word printed is one
     * net-tools can print. An unknown state prints {@code UNKNOWN} (net-tools reads past its table).
     */
    public static String tcp(TcpState state) {
        if (state == null) {
            return "UNKNOWN";
        }
        return switch (state) {
            case LISTEN -> "LISTEN";
            case SYN_SENT -> "SYN_SENT";
            case SYN_RECEIVED -> "SYN_RECV";
            case ESTABLISHED -> "ESTABLISHED";
            case FIN_WAIT_1 -> "FIN_WAIT1";
            case FIN_WAIT_2 -> "FIN_WAIT2";
            case CLOSE_WAIT -> "CLOSE_WAIT";
            case CLOSING -> "CLOSING";
            case LAST_ACK -> "LAST_ACK";
            case TIME_WAIT -> "TIME_WAIT";
            case CLOSED, BOUND, DELETE_TCB -> "CLOSE";
        };
    }

    /**
     * UDP/UDPLite state: empty for the kernel's 7 (unconnected), {@code ESTABLISHED} for 1,
     * {@code UNKNOWN} otherwise. Without a platform code the remote address decides.
     */
    public static String datagram(SocketEntry e) {
        int code = datagramCode(e);
        if (code == CLOSE_CODE) {
            return "";
        }
        return code == ESTABLISHED_CODE ? "ESTABLISHED" : "UNKNOWN";
    }

    /** RAW state: net-tools prints the kernel's number; without one, 7 unconnected or 1 connected. */
    static int datagramCode(SocketEntry e) {
        if (e.stateCode() != null) {
            return e.stateCode();
        }
        return e.remote().isUnspecifiedAddress() ? CLOSE_CODE : ESTABLISHED_CODE;
    }

    static String unixType(UnixInfo u) {
        if (u.type() == null) {
            return "UNKNOWN";
        }
        return switch (u.type()) {
            case STREAM -> "STREAM";
            case DGRAM -> "DGRAM";
            case RAW -> "RAW";
            case RDM -> "RDM";
            case SEQPACKET -> "SEQPACKET";
        };
    }

    static String unixState(UnixInfo u) {
        if (u.state() == null) {
            return "UNKNOWN";
        }
        return switch (u.state()) {
            case FREE -> "FREE";
            case UNCONNECTED -> u.flags().contains(UnixFlag.ACCEPTING) ? "LISTENING" : "";
            case CONNECTING -> "CONNECTING";
            case CONNECTED -> "CONNECTED";
            case DISCONNECTING -> "DISCONNECTING";
        };
    }

    /** {@code [ ]}, {@code [ ACC ]}, {@code [ ACC W N ]}. */
    static String unixFlags(UnixInfo u) {
        if (u.flags().isEmpty()) {
            return "[ ]";
        }
        StringBuilder sb = new StringBuilder("[ ");
        if (u.flags().contains(UnixFlag.ACCEPTING)) {
            sb.append("ACC ");
        }
        if (u.flags().contains(UnixFlag.WAITING_DATA)) {
            sb.append("W ");
        }
        if (u.flags().contains(UnixFlag.NO_SPACE)) {
            sb.append("N ");
        }
        return sb.append(']').toString();
    }
}
