package io.github.netstatx.cli.linux;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.InetEndpoint;
import io.github.netstatx.core.model.SocketEntry;

/**
 * Rows of the "Active Internet connections" table ({@code netstat.c tcp_do_one}, {@code udp_do_one},
 * {@code raw_do_one}, {@code sctp_*_do_one}, {@code finish_this_one}). Each method appends one
 * complete line, line feed included.
 */
final class InetRows {

    static final String TITLE = "Active Internet connections ";
    static final String HEADER = "Proto Recv-Q Send-Q Local Address           Foreign Address         State      ";
    /** Shown where a platform does not report a value net-tools always has (queues, uid, inode). */
    static final String UNKNOWN = "-";
    private static final int ADDRESS_WIDTH = 23;
    private static final int STATE_WIDTH = 11;
    private static final int QUEUE_WIDTH = 6;
    private static final int EXTEND_WIDTH = 10;
    private static final int SCTP_ENDPOINT_WIDTH = 47;

    private final NetToolsOptions options;
    private final EndpointText endpoints;

    InetRows(NetToolsOptions options, EndpointText endpoints) {
        this.options = options;
        this.endpoints = endpoints;
    }

    /** Title and column header, with the columns {@code -e}, {@code -p} and {@code -o} add. */
    static void header(StringBuilder sb, NetToolsOptions options) {
        sb.append(TITLE).append(options.scopeTitle()).append('\n').append(HEADER);
        if (options.extend() > 0) {
            sb.append(" User       Inode     ");
        }
        if (options.programs()) {
            sb.append(' ');
            Columns.left(sb, "PID/Program name", ProgramColumn.WIDTH);
        }
        if (options.timers()) {
            sb.append(" Timer");
        }
        sb.append('\n');
    }

    /**
     * The Proto column: {@code tcp}, {@code udp}, {@code udpl} (UDP-Lite), {@code raw}, with {@code 6}
     * for the IPv6 tables; SCTP rows say {@code sctp} for both families.
     */
    static String protoWord(SocketEntry e) {
        boolean six = e.family() == AddressFamily.IPV6;
        // Constants, not word + "6": this runs once per row of listings of 100,000 rows.
        return switch (e.protocol()) {
            case TCP -> six ? "tcp6" : "tcp";
            case UDP -> six ? "udp6" : "udp";
            case UDPLITE -> six ? "udpl6" : "udpl";
            case RAW -> six ? "raw6" : "raw";
            case SCTP -> "sctp";
            case UNIX -> six ? "unix6" : "unix";
        };
    }

    /** {@code %-4s  %6ld %6ld %-*s %-*s %-11s}: {@code tcp} / {@code tcp6}. */
    void tcp(StringBuilder sb, SocketEntry e) {
        Columns.leftAscii(sb, protoWord(e), 4);
        sb.append(' ');
        addressesAndQueues(sb, e, "tcp");
        Columns.leftAscii(sb, StateWords.tcp(e.state()), STATE_WIDTH);
        finish(sb, e, options.timers() ? TimerText.tcp(e.timer()) : null);
    }

    /** {@code %-5s %6ld %6ld %-23s %-23s %-11s}: {@code udp} / {@code udp6} / {@code udpl} / {@code udpl6}. */
    void udp(StringBuilder sb, SocketEntry e) {
        Columns.leftAscii(sb, protoWord(e), 5);
        addressesAndQueues(sb, e, "udp");
        Columns.leftAscii(sb, StateWords.datagram(e), STATE_WIDTH);
        finish(sb, e, options.timers() ? TimerText.datagram(e.timer(), true) : null);
    }

    /** {@code %-4s  %6ld %6ld %-23s %-23s %-11d}: the state is the kernel's number. */
    void raw(StringBuilder sb, SocketEntry e) {
        Columns.leftAscii(sb, protoWord(e), 4);
        sb.append(' ');
        addressesAndQueues(sb, e, "raw");
        Columns.left(sb, StateWords.datagramCode(e), STATE_WIDTH);
        finish(sb, e, options.timers() ? TimerText.datagram(e.timer(), false) : null);
    }

    /**
     * An SCTP endpoint (listening socket): {@code sctp}, 16 blanks, {@code %-47s} address, state.
     * Its port is always numeric (net-tools has no sctp service table) and its host is numeric as
     * soon as any of {@code -n}, {@code --numeric-*}, {@code -N} is given.
     */
    void sctpEndpoint(StringBuilder sb, SocketEntry e, EndpointText sctpEndpoints) {
        sb.append("sctp                ");
        Columns.left(sb, sctpAddress(e.local(), e, sctpEndpoints), SCTP_ENDPOINT_WIDTH);
        sb.append(' ');
        Columns.left(sb, StateWords.tcp(e.state()), STATE_WIDTH);
        finish(sb, e, options.timers() ? "" : null);
    }

    /** An SCTP association: {@code sctp  %6u %6u %-23s %-23s %-11s}, addresses never truncated. */
    void sctpAssociation(StringBuilder sb, SocketEntry e, EndpointText sctpEndpoints) {
        sb.append("sctp  ");
        queue(sb, e.recvQueue());
        sb.append(' ');
        queue(sb, e.sendQueue());
        sb.append(' ');
        Columns.left(sb, sctpAddress(e.local(), e, sctpEndpoints), ADDRESS_WIDTH);
        sb.append(' ');
        Columns.left(sb, sctpAddress(e.remote(), e, sctpEndpoints), ADDRESS_WIDTH);
        sb.append(' ');
        Columns.left(sb, StateWords.tcp(e.state()), STATE_WIDTH);
        finish(sb, e, options.timers() ? "" : null);
    }

    static String sctpAddress(InetEndpoint ep, SocketEntry e,
            EndpointText sctpEndpoints) {
        return sctpEndpoints.host(ep.address(), e.family()) + ":" + sctpEndpoints.port(ep.port(), null);
    }

    private void addressesAndQueues(StringBuilder sb, SocketEntry e, String services) {
        sb.append(' ');
        queue(sb, e.recvQueue());
        sb.append(' ');
        queue(sb, e.sendQueue());
        sb.append(' ');
        endpoints.append(sb, e.local(), e.family(), services, ADDRESS_WIDTH);
        sb.append(' ');
        endpoints.append(sb, e.remote(), e.family(), services, ADDRESS_WIDTH);
        sb.append(' ');
    }

    private static void queue(StringBuilder sb, Long value) {
        if (value == null) {
            Columns.right(sb, UNKNOWN, QUEUE_WIDTH);
        } else {
            Columns.right(sb, value, QUEUE_WIDTH);
        }
    }

    /** {@code finish_this_one}: {@code -e} user and inode, {@code -p} program, {@code -o} timer, line feed. */
    private void finish(StringBuilder sb, SocketEntry e, String timer) {
        if (options.extend() > 0) {
            sb.append(' ');
            Columns.left(sb, user(e), EXTEND_WIDTH);
            sb.append(' ');
            Columns.left(sb, e.inode() == null ? UNKNOWN : Long.toString(e.inode()), EXTEND_WIDTH);
        }
        if (options.programs()) {
            sb.append(' ');
            Columns.left(sb, ProgramColumn.text(e), ProgramColumn.WIDTH);
        }
        if (timer != null) {
            sb.append(' ').append(timer);
        }
        sb.append('\n');
    }

    /** The user name, or the uid when names are numeric or the uid has no name. */
    String user(SocketEntry e) {
        if (!options.numericUsers() && e.user() != null) {
            return e.user();
        }
        if (e.uid() == null) {
            return UNKNOWN;
        }
        long uid = e.uid();
        // net-tools holds the uid in an int and prints it with %d: uid_t 4294967295 shows as -1
        return uid >= 0 && uid <= 0xFFFFFFFFL ? Integer.toString((int) uid) : Long.toString(uid);
    }
}
