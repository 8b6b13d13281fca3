package io.github.netstatx.cli.aix;

import io.github.netstatx.cli.names.HostNames;
import io.github.netstatx.cli.names.PortNames;
import io.github.netstatx.cli.KernelHandleText;
import io.github.netstatx.cli.TerminalSafe;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.BsdSocketInfo;
import io.github.netstatx.core.model.InetEndpoint;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import io.github.netstatx.core.model.UnixSocketType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * AIX {@code netstat -an} / {@code -Aan}: the BSD socket table, Internet section then UNIX-domain
 * section. Layout from a real AIX 7.3 {@code netstat -Aan} (gopsutil's test data, see backend-aix's
 * {@code aix/PROVENANCE.md}):
 *
 * <pre>
 * Active Internet connections (including servers)
 * PCB/ADDR         Proto Recv-Q Send-Q  Local Address      Foreign Address    (state)
 * f1000f00002d8bc0 tcp4       0      0  192.168.242.122.22    24.236.207.124.33236  ESTABLISHED
 * f1000f0000140600 udp        0      0  *.111                 *.*
 *
 * Active UNIX domain sockets
 * SADR/PCB         Type   Recv-Q Send-Q      Inode            Conn             Refs           Nextref      Addr
 * f1000f000010a408 dgram       0      0 f1000b02a0354c20                0                0                0 /dev/SRC
 * f1000f000557b280
 * </pre>
 *
 * Internet rows: PCB address (with {@code -A}) and a space, Proto padded to 5, Recv-Q and Send-Q
 * right-aligned in 6 after a space each, two spaces, Local Address padded to 21, a space, Foreign Address
 * padded to 21, a space, the state; UDP rows end at the foreign address. The protocol word carries the family
 * ({@code tcp4}, {@code tcp6}; plain {@code tcp}/{@code udp} for a socket of both families). The heading
 * is AIX's fixed text, whose columns are narrower than the rows'. UNIX rows: socket address, type cut to
 * 6, the queues in 6, the vnode, peer, first and next referring PCB in 16 each ({@code 0} when none), the
 * bound path; then the PCB address on a line of its own. Not recorded, so inferred: the heading without
 * {@code -A} (the same text without its first column) and the UNIX rows without {@code -A} (printed the
 * same, as old AIX netstat source does).
 */
final class AixSocketTable {

    private static final String INET_HEADING = "Proto Recv-Q Send-Q  Local Address      Foreign Address    (state)";
    private static final String UNIX_HEADING = "SADR/PCB         Type   Recv-Q Send-Q      Inode            Conn"
            + "             Refs           Nextref      Addr";

    private final boolean pcb;
    private final boolean all;
    private final boolean numeric;
    private final String family;
    private final HostNames hostNames;
    private final PortNames portNames;

    /** @param family {@code inet}, {@code inet6}, {@code unix}, or null for every family */
    AixSocketTable(boolean pcb, boolean all, boolean numeric, String family, HostNames hostNames,
            PortNames portNames) {
        this.pcb = pcb;
        this.all = all;
        this.numeric = numeric;
        this.family = family;
        this.hostNames = hostNames;
        this.portNames = portNames;
    }

    /**
     * The socket rows this listing shows: TCP, UDP, then UNIX-domain, listeners only with {@code -a}, of the
     * family asked for (a socket of both families under {@code -f inet} and {@code -f inet6}), in the model's
     * order.
     */
    List<SocketEntry> select(List<SocketEntry> entries) {
        List<SocketEntry> out = new ArrayList<>();
        for (Protocol p : List.of(Protocol.TCP, Protocol.UDP, Protocol.UNIX)) {
            for (SocketEntry e : entries) {
                if (e.protocol() == p && (all || !e.listening()) && inFamily(e)) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    private boolean inFamily(SocketEntry e) {
        if (family == null) {
            return true;
        }
        return switch (family) {
            case "unix" -> e.protocol() == Protocol.UNIX;
            case "inet6" -> e.protocol() != Protocol.UNIX && e.family() == AddressFamily.IPV6;
            default -> e.protocol() != Protocol.UNIX && (e.family() == AddressFamily.IPV4 || e.dualStack());
        };
    }

    /** Whether the Internet section is printed (its heading even without rows). */
    private boolean listsInet() {
        return !"unix".equals(family);
    }

    List<String> render(List<SocketEntry> rows) {
        List<String> lines = new ArrayList<>(rows.size() + 6);
        if (listsInet()) {
            lines.add(all ? "Active Internet connections (including servers)" : "Active Internet connections");
            lines.add(pcb ? "PCB/ADDR         " + INET_HEADING : INET_HEADING);
        }
        boolean unixTitle = false;
        for (SocketEntry e : rows) {
            if (e.protocol() == Protocol.UNIX && !unixTitle) {
                unixTitle = true;
                if (listsInet()) {
                    lines.add("");
                }
                lines.add("Active UNIX domain sockets");
                lines.add(UNIX_HEADING);
            }
            if (e.protocol() == Protocol.UNIX) {
                lines.add(unixRow(e));
                lines.add(handle(e.pcbAddress()));
            } else {
                lines.add(inetRow(e));
            }
        }
        return lines;
    }

    /** One socket's text: one line, or two for a UNIX socket (its PCB address on the second). */
    String row(SocketEntry e) {
        return e.protocol() == Protocol.UNIX ? unixRow(e) + "\n" + handle(e.pcbAddress()) : inetRow(e);
    }

    private String inetRow(SocketEntry e) {
        StringBuilder sb = new StringBuilder(100);
        if (pcb) {
            AixText.left(sb, handle(e.pcbAddress()), 16).append(' ');
        }
        AixText.left(sb, proto(e), 5).append(' ');
        AixText.right(sb, queue(e.recvQueue()), 6).append(' ');
        AixText.right(sb, queue(e.sendQueue()), 6).append("  ");
        AixText.left(sb, endpoint(e.local(), e.protocol()), 21).append(' ');
        if (e.protocol() == Protocol.TCP) {
            AixText.left(sb, endpoint(e.remote(), e.protocol()), 21).append(' ').append(state(e.state()));
        } else {
            // Both recordings of AIX UDP rows end at the foreign address, without padding.
            sb.append(endpoint(e.remote(), e.protocol()));
        }
        return sb.toString();
    }

    private static String unixRow(SocketEntry e) {
        BsdSocketInfo bsd = e.bsd();
        StringBuilder sb = new StringBuilder(140);
        AixText.right(sb, handle(bsd == null ? null : bsd.socketAddress()), 16).append(' ');
        AixText.left(sb, unixType(e.unix().type()), 6).append(' ');
        AixText.right(sb, queue(e.recvQueue()), 6).append(' ');
        AixText.right(sb, queue(e.sendQueue()), 6).append(' ');
        AixText.right(sb, handle(bsd == null ? null : bsd.vnodeAddress()), 16).append(' ');
        AixText.right(sb, handle(bsd == null ? null : bsd.peerAddress()), 16).append(' ');
        AixText.right(sb, handle(bsd == null ? null : bsd.refsAddress()), 16).append(' ');
        AixText.right(sb, handle(bsd == null ? null : bsd.nextRefAddress()), 16);
        if (e.unix().path() != null) {
            sb.append(' ').append(TerminalSafe.dotted(e.unix().path().display()));
        }
        return sb.toString();
    }

    private static String handle(String hex) {
        return KernelHandleText.of(hex);
    }

    /** The type word, cut to six letters as netstat's {@code %-6.6s} does. */
    private static String unixType(UnixSocketType type) {
        String word = switch (type == null ? UnixSocketType.STREAM : type) {
            case STREAM -> "stream";
            case DGRAM -> "dgram";
            case RAW -> "raw";
            case RDM -> "rdm";
            case SEQPACKET -> "seqpacket";
        };
        return word.substring(0, Math.min(6, word.length()));
    }

    /** A queue's byte count, or {@code -} when the data has none (Windows reports no queues). */
    private static String queue(Long q) {
        return q == null ? KernelHandleText.UNKNOWN : Long.toString(q);
    }

    private static String proto(SocketEntry e) {
        String base = e.protocol().id();
        if (e.dualStack()) {
            return base;
        }
        return base + (e.family() == AddressFamily.IPV6 && !AixText.isIpv4(e.local().address()) ? "6" : "4");
    }

    private String endpoint(InetEndpoint ep, Protocol protocol) {
        String host;
        if (ep.isUnspecifiedAddress()) {
            host = "*";
        } else if (numeric || hostNames == null) {
            host = AixText.literal(ep.address());
        } else {
            host = hostNames.reverse(ep.address()).map(TerminalSafe::dotted).orElse(AixText.literal(ep.address()));
        }
        String port;
        if (ep.port() == 0) {
            port = "*";
        } else {
            String name = numeric || portNames == null ? null : portNames.name(protocol.id(), ep.port());
            port = name == null ? Integer.toString(ep.port()) : TerminalSafe.dotted(name);
        }
        return host + "." + port;
    }

    /** The BSD state words AIX prints; a bound socket is {@code CLOSED}, as on AIX. */
    static String state(TcpState s) {
        if (s == null) {
            return "";
        }
        return switch (s) {
            case SYN_RECEIVED -> "SYN_RCVD";
            case BOUND, DELETE_TCB -> "CLOSED";
            default -> s.name().toUpperCase(Locale.ROOT);
        };
    }
}
