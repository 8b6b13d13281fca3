package io.github.netstatx.cli.aix;

import io.github.netstatx.cli.names.HostNames;
import io.github.netstatx.cli.names.PortNames;
import io.github.netstatx.cli.TerminalSafe;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.InetEndpoint;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * AIX {@code netstat -an} / {@code -Aan}: the BSD socket table. Row layout from real AIX 7 rows (blog
 * quoted in {@code aix-samples}, block G), e.g.
 * {@code f1000e0000180bb8 tcp4       0      0  *.1334                *.*                   LISTEN}:
 * PCB address (with {@code -A}) and a space, Proto padded to 5, Recv-Q and Send-Q right-aligned in 6
 * after a space each, two spaces, Local Address padded to 21, a space, Foreign Address padded to 21, a
 * space, the state. UDP rows have no state. The protocol word carries the family ({@code tcp4},
 * {@code tcp6}, {@code udp4}, {@code udp6}; {@code tcp46} for a dual-stack socket). The two heading
 * lines follow the same columns; AIX's own heading text was not recorded.
 */
final class AixSocketTable {

    private final boolean pcb;
    private final boolean all;
    private final boolean numeric;
    private final HostNames hostNames;
    private final PortNames portNames;

    AixSocketTable(boolean pcb, boolean all, boolean numeric, HostNames hostNames, PortNames portNames) {
        this.pcb = pcb;
        this.all = all;
        this.numeric = numeric;
        this.hostNames = hostNames;
        this.portNames = portNames;
    }

    /** The socket rows this listing shows: TCP then UDP, listeners only with {@code -a}, in the model's order. */
    List<SocketEntry> select(List<SocketEntry> entries) {
        List<SocketEntry> out = new ArrayList<>();
        for (Protocol p : List.of(Protocol.TCP, Protocol.UDP)) {
            for (SocketEntry e : entries) {
                if (e.protocol() == p && (all || !e.listening())) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    List<String> render(List<SocketEntry> rows) {
        List<String> lines = new ArrayList<>(rows.size() + 2);
        lines.add(all ? "Active Internet connections (including servers)" : "Active Internet connections");
        StringBuilder h = new StringBuilder(100);
        if (pcb) {
            AixText.left(h, "PCB/ADDR", 16).append(' ');
        }
        AixText.left(h, "Proto", 5).append(" Recv-Q Send-Q  ");
        AixText.left(h, "Local Address", 21).append(' ');
        AixText.left(h, "Foreign Address", 21).append(" (state)");
        lines.add(h.toString());
        for (SocketEntry e : rows) {
            lines.add(row(e));
        }
        return lines;
    }

    String row(SocketEntry e) {
        StringBuilder sb = new StringBuilder(100);
        if (pcb) {
            AixText.left(sb, e.pcbAddress() == null ? "" : TerminalSafe.dotted(e.pcbAddress()), 16).append(' ');
        }
        AixText.left(sb, proto(e), 5).append(' ');
        AixText.right(sb, queue(e.recvQueue()), 6).append(' ');
        AixText.right(sb, queue(e.sendQueue()), 6).append("  ");
        AixText.left(sb, endpoint(e.local(), e.protocol()), 21).append(' ');
        AixText.left(sb, endpoint(e.remote(), e.protocol()), 21).append(' ');
        if (e.protocol() == Protocol.TCP) {
            sb.append(state(e.state()));
        }
        return sb.toString();
    }

    private static String queue(Long q) {
        return q == null ? "0" : Long.toString(q);
    }

    private static String proto(SocketEntry e) {
        String base = e.protocol().id();
        if (e.dualStack()) {
            return base + "46";
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
