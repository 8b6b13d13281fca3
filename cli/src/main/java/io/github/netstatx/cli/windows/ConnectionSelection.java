package io.github.netstatx.cli.windows;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.InetEndpoint;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which sockets netstat.exe lists for a command line, and in which order (reference windows.md §2.1):
 * IPv4 TCP, IPv6 TCP, IPv4 UDP, IPv6 UDP, each ascending by local address, local port, remote
 * address, remote port (the order of the sorted IP Helper tables). Without {@code -a} only TCP
 * connections are listed; {@code -a} adds listeners and UDP endpoints; {@code -q} adds bound sockets
 * too; {@code -p} keeps one protocol of one family.
 *
 * <p>The family of a row is the family of its address as printed: a dual-stack IPv6 socket talking to
 * an IPv4 peer ({@code ::ffff:a.b.c.d}, which the model holds as IPv4) is listed with IPv4, as Windows
 * lists such connections in its IPv4 table.
 */
public final class ConnectionSelection {

    private ConnectionSelection() {
    }

    /** The rows to print, in netstat.exe's order. */
    public static List<SocketEntry> select(List<SocketEntry> entries, WindowsOptions options) {
        List<SocketEntry> rows = new ArrayList<>();
        for (SocketEntry e : entries) {
            if (wanted(e, options)) {
                rows.add(e);
            }
        }
        rows.sort(ORDER);
        return rows;
    }

    private static boolean wanted(SocketEntry e, WindowsOptions o) {
        if (e.protocol() != Protocol.TCP && e.protocol() != Protocol.UDP) {
            return false;
        }
        if (o.protocol().isPresent()) {
            WindowsProtocol p = o.protocol().get();
            if (p.transport() != null && (p.transport() != e.protocol() || p.family() != printedFamily(e))) {
                return false;
            }
        }
        return switch (RowKind.of(e)) {
            case CONNECTION -> true;
            case LISTENER, UDP_ENDPOINT -> o.listsAll();
            case BOUND -> o.has(WindowsFlag.BOUND);
        };
    }

    /** IPv4 when the local address prints as IPv4, else IPv6. */
    public static AddressFamily printedFamily(SocketEntry e) {
        return e.local().address() instanceof Inet4Address ? AddressFamily.IPV4 : AddressFamily.IPV6;
    }

    private static int group(SocketEntry e) {
        int protocol = e.protocol() == Protocol.TCP ? 0 : 2;
        return protocol + (printedFamily(e) == AddressFamily.IPV4 ? 0 : 1);
    }

    private static final Comparator<InetEndpoint> ENDPOINT = (a, b) -> {
        int c = java.util.Arrays.compareUnsigned(a.address().getAddress(), b.address().getAddress());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(scope(a), scope(b));
        return c != 0 ? c : Integer.compare(a.port(), b.port());
    };

    private static int scope(InetEndpoint e) {
        Integer s = e.scopeId();
        return s == null ? 0 : s;
    }

    private static final Comparator<SocketEntry> ORDER = Comparator.comparingInt(ConnectionSelection::group)
            .thenComparing(SocketEntry::local, ENDPOINT)
            .thenComparing(SocketEntry::remote, ENDPOINT);
}
