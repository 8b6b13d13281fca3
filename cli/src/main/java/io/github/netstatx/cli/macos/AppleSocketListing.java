package io.github.netstatx.cli.macos;

import io.github.netstatx.cli.KernelHandleText;
import io.github.netstatx.cli.TerminalSafe;
import io.github.netstatx.cli.macos.AppleOptions.AppleFamily;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.BsdSocketInfo;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import io.github.netstatx.core.model.UnixSocketType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Apple netstat's socket listing from the model: {@code protopr} for each protocol entry in netstat's
 * order (one "Active Internet connections" title before the first row of any of them), then {@code unixpr}.
 * The columns after {@code (state)} ({@code -b}, {@code -v}) follow the netstat of the data's release
 * ({@link AppleSocketStatsColumns}).
 *
 * <p>What other systems' data cannot fill: handles and flow hashes print as 0 (Linux and Windows have no
 * PCB handles), Recv-Q/Send-Q print what the model has (Linux queue lengths, Windows nothing: 0), the pid
 * column shows the first owner.
 */
final class AppleSocketListing {

    private final AppleOptions o;
    private final AppleEndpointText endpoints;
    private final AppleSocketStatsColumns statsColumns;
    /** Whether the extended {@code -v} columns print: decided by the first row, as netstat 667 decides it. */
    private Boolean extended;
    private boolean inetTitle;
    private boolean unixTitle;

    AppleSocketListing(AppleOptions o, AppleEndpointText endpoints, AppleSocketStatsColumns statsColumns) {
        this.o = o;
        this.endpoints = endpoints;
        this.statsColumns = statsColumns;
    }

    /** The protocol entries a command line prints, in netstat's order (main.c's loops). */
    static List<AppleProtocol> entries(AppleOptions o) {
        if (o.protocol().isPresent()) {
            return List.of(o.protocol().get());
        }
        List<AppleProtocol> out = new ArrayList<>();
        if (o.family() == AppleFamily.INET || o.family() == AppleFamily.UNSPEC) {
            out.addAll(AppleProtocol.table(AppleProtocol.Table.INET));
        }
        if (o.family() == AppleFamily.INET6 || o.family() == AppleFamily.UNSPEC) {
            out.addAll(AppleProtocol.table(AppleProtocol.Table.INET6));
        }
        return out;
    }

    /** Whether UNIX sockets are listed ({@code -f unix} or no family; never with {@code -L} or {@code -s}). */
    static boolean listsUnix(AppleOptions o) {
        return o.protocol().isEmpty() && (o.family() == AppleFamily.UNIX || o.family() == AppleFamily.UNSPEC)
                && !o.listenQueues();
    }

    List<String> render(List<SocketEntry> sockets) {
        List<String> lines = new ArrayList<>();
        boolean tcpDone = false;
        boolean udpDone = false;
        for (AppleProtocol p : entries(o)) {
            if (!p.socketRows() || p.number() < 0) {
                continue;
            }
            if (p.number() == 6) {
                if (tcpDone) {
                    continue;
                }
                tcpDone = true;
            }
            if (p.number() == 17) {
                if (udpDone) {
                    continue;
                }
                udpDone = true;
            }
            for (SocketEntry e : sockets) {
                String row = inetRow(e, p);
                if (row != null) {
                    title(lines);
                    lines.add(row);
                }
            }
        }
        if (listsUnix(o)) {
            for (UnixSocketType type : List.of(UnixSocketType.STREAM, UnixSocketType.DGRAM)) {
                for (SocketEntry e : sockets) {
                    if (e.protocol() == Protocol.UNIX && e.unix().type() == type) {
                        if (!unixTitle) {
                            unixTitle = true;
                            lines.add("Active LOCAL (UNIX) domain sockets");
                            lines.add(String.format(Locale.ROOT, "%-16.16s %-6.6s %-6.6s %-6.6s %16.16s %16.16s "
                                    + "%16.16s %16.16s Addr", "Address", "Type", "Recv-Q", "Send-Q", "Inode", "Conn",
                                    "Refs", "Nextref"));
                        }
                        lines.add(unixRow(e));
                    }
                }
            }
        }
        return lines;
    }

    private boolean matches(SocketEntry e, AppleProtocol p) {
        if (!e.protocol().isInet()) {
            return false;
        }
        boolean protocolMatches = switch (p.number()) {
            case 6 -> e.protocol() == Protocol.TCP;
            case 17 -> e.protocol() == Protocol.UDP;
            default -> e.protocol() == Protocol.RAW && e.local().port() == p.number();
        };
        if (!protocolMatches) {
            return false;
        }
        boolean v4 = e.family() == AddressFamily.IPV4 || e.dualStack();
        boolean v6 = e.family() == AddressFamily.IPV6;
        return switch (o.family()) {
            case INET -> v4;
            case INET6 -> v6;
            default -> v4 || v6;
        };
    }

    /** The row of one socket under one protocol entry, or null when netstat would not print it there. */
    String inetRow(SocketEntry e, AppleProtocol p) {
        if (!matches(e, p)) {
            return null;
        }
        boolean tcp = e.protocol() == Protocol.TCP;
        int state = stateCode(e);
        if (!o.all() && tcp && state <= 1) {
            return null; // CLOSED and LISTEN are "servers"
        }
        BsdSocketInfo bsd = e.bsd();
        Integer qlimit = listenLimit(e);
        if (o.listenQueues() && (qlimit == null || qlimit == 0)) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        if (o.pcbAddresses()) {
            sb.append(String.format(Locale.ROOT, "%16s ", handle(e.pcbAddress())));
            sb.append(String.format(Locale.ROOT, "%8s ", bsd == null || bsd.flowHash() == null ? KernelHandleText.UNKNOWN
                    : Long.toHexString(bsd.flowHash())));
        }
        if (o.listenQueues()) {
            String q = listenQueue(e) + "/" + (bsd != null && bsd.listenIncomplete() != null ? bsd.listenIncomplete()
                    : 0) + "/" + qlimit;
            sb.append(String.format(Locale.ROOT, "%-14.14s ", q));
        } else {
            String vchar = e.family() == AddressFamily.IPV6 ? (e.dualStack() ? "46" : "6 ") : "4 ";
            sb.append(String.format(Locale.ROOT, "%-3.3s%-2.2s %6s %6s  ", p.name(), vchar, count(e.recvQueue()),
                    count(e.sendQueue())));
        }
        String proto = e.protocol() == Protocol.RAW ? p.name() : e.protocol().id();
        boolean printsV4 = e.family() == AddressFamily.IPV4 || e.dualStack();
        // without -n: local port symbolic, foreign numeric unless both ports are equal (INP_ANONPORT unknown)
        boolean localNumeric = o.numeric();
        boolean foreignNumeric = o.numeric() || e.local().port() != e.remote().port();
        int localPort = e.protocol() == Protocol.RAW ? 0 : e.local().port();
        int remotePort = e.protocol() == Protocol.RAW ? 0 : e.remote().port();
        if (printsV4) {
            sb.append(endpoints.inet(e.local().address(), localPort, proto, localNumeric));
            if (!o.listenQueues()) {
                sb.append(endpoints.inet(e.remote().address(), remotePort, proto, foreignNumeric));
            }
        } else {
            sb.append(endpoints.inet6(e.local().address(), localPort, proto, localNumeric));
            if (!o.listenQueues()) {
                sb.append(endpoints.inet6(e.remote().address(), remotePort, proto, foreignNumeric));
            }
        }
        if (tcp && !o.listenQueues()) {
            sb.append(state >= 0 && state < STATE_WORDS.size() ? String.format(Locale.ROOT, "%-11s",
                    STATE_WORDS.get(state)) : String.format(Locale.ROOT, "%-11d", state));
        }
        if (!tcp) {
            sb.append(" ".repeat(11));
        }
        if (extended == null) {
            extended = statsColumns.extended(e);
        }
        sb.append(statsColumns.row(e, o, extended));
        return sb.toString();
    }

    String header() {
        StringBuilder sb = new StringBuilder();
        if (o.pcbAddresses()) {
            sb.append(String.format(Locale.ROOT, "%-16.16s ", "Socket")).append(String.format(Locale.ROOT, "%-9.9s",
                    "Flowhash"));
        }
        if (o.listenQueues()) {
            sb.append(String.format(Locale.ROOT, "%-14.14s %-22.22s", "Listen", "Local Address"));
            return sb.toString();
        }
        String fmt = o.pcbAddresses() && !o.noTruncate() ? "%-5.5s %-6.6s %-6.6s  %-18.18s %-18.18s %-11.11s"
                : "%-5.5s %-6.6s %-6.6s  %-22.22s %-22.22s %-11.11s";
        sb.append(String.format(Locale.ROOT, fmt, "Proto", "Recv-Q", "Send-Q", "Local Address", "Foreign Address",
                "(state)"));
        sb.append(statsColumns.header(o, extended != null && extended));
        return sb.toString();
    }

    private void title(List<String> lines) {
        if (inetTitle) {
            return;
        }
        inetTitle = true;
        lines.add(o.listenQueues() ? "Current listen queue sizes (qlen/incqlen/maxqlen)"
                : "Active Internet connections" + (o.all() ? " (including servers)" : ""));
        lines.add(header());
    }

    private static long unsigned(Long v) {
        return v == null ? 0 : v;
    }

    /** A queue's byte count, or {@code -} when the data has none (Windows reports no queues). */
    private static String count(Long v) {
        return v == null ? KernelHandleText.UNKNOWN : Long.toString(v);
    }

    /** netstat's t_state number: the platform's own code for macOS data, else mapped from the model. */
    private static int stateCode(SocketEntry e) {
        if (e.protocol() != Protocol.TCP) {
            return -1;
        }
        if (e.stateCode() != null && e.platformState() != null && STATE_WORDS.contains(e.platformState())) {
            return STATE_WORDS.indexOf(e.platformState());
        }
        TcpState s = e.state();
        if (s == null) {
            return 0;
        }
        return switch (s) {
            case CLOSED, BOUND, DELETE_TCB -> 0;
            case LISTEN -> 1;
            case SYN_SENT -> 2;
            case SYN_RECEIVED -> 3;
            case ESTABLISHED -> 4;
            case CLOSE_WAIT -> 5;
            case FIN_WAIT_1 -> 6;
            case CLOSING -> 7;
            case LAST_ACK -> 8;
            case FIN_WAIT_2 -> 9;
            case TIME_WAIT -> 10;
        };
    }

    /** xnu's {@code tcpstates[]}. */
    static final List<String> STATE_WORDS = List.of("CLOSED", "LISTEN", "SYN_SENT", "SYN_RCVD", "ESTABLISHED",
            "CLOSE_WAIT", "FIN_WAIT_1", "CLOSING", "LAST_ACK", "FIN_WAIT_2", "TIME_WAIT");

    /** so_qlimit, or for other systems' TCP listeners the backlog Linux reports as Send-Q. */
    private static Integer listenLimit(SocketEntry e) {
        if (e.bsd() != null) {
            return e.bsd().listenLimit();
        }
        if (e.protocol() == Protocol.TCP && e.state() == TcpState.LISTEN && e.sendQueue() != null) {
            return e.sendQueue().intValue();
        }
        return null;
    }

    private static long listenQueue(SocketEntry e) {
        if (e.bsd() != null) {
            return e.bsd().listenQueue() == null ? 0 : e.bsd().listenQueue();
        }
        return unsigned(e.recvQueue());
    }

    private static String unixRow(SocketEntry e) {
        BsdSocketInfo bsd = e.bsd();
        String type = switch (e.unix().type() == null ? UnixSocketType.STREAM : e.unix().type()) {
            case STREAM -> "stream";
            case DGRAM -> "dgram";
            case RAW -> "raw";
            case RDM -> "rdm";
            case SEQPACKET -> "seqpacket";
        };
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%16s %-6.6s %6s %6s %16s %16s %16s %16s",
                handle(e.pcbAddress()), type, count(e.recvQueue()), count(e.sendQueue()),
                handle(bsd == null ? null : bsd.vnodeAddress()), handle(bsd == null ? null : bsd.peerAddress()),
                handle(bsd == null ? null : bsd.refsAddress()), handle(bsd == null ? null : bsd.nextRefAddress())));
        if (e.unix().path() != null) {
            sb.append(' ').append(TerminalSafe.dotted(e.unix().path().display()));
        }
        return sb.toString();
    }

    private static String handle(String hex) {
        return KernelHandleText.of(hex);
    }
}
