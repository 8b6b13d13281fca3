package io.github.netstatx.cli.windows;

import io.github.netstatx.cli.Sample;
import io.github.netstatx.cli.TerminalSafe;
import io.github.netstatx.cli.names.AddressText;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.InterfaceAddress;
import io.github.netstatx.core.model.InterfaceFlag;
import io.github.netstatx.core.model.NetInterface;
import io.github.netstatx.core.model.Route;
import io.github.netstatx.core.model.RouteFlag;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.spi.BackendException;
import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code -r}: the {@code route print} layout of netstat.exe: Interface List, IPv4 Route Table (active and
 * persistent routes), IPv6 Route Table.
 *
 * <ul>
 *   <li>Interface List: interfaces in the backend's order; index right-aligned in 3, {@code ...}, the hardware
 *       address as lower-case byte pairs each followed by a blank, padded with dots to 24 (none, or a loopback
 *       interface: 24 dots), then the description (the name where the platform has none).</li>
 *   <li>Routes: all FIB routes of the family, in the backend's order, except unreachable/prohibit routes,
 *       which netstat.exe has no way to show. Gateway {@code On-link} for routes without a next hop. Metric =
 *       route metric + the interface's metric, as netstat.exe computes it (Linux has no interface metric:
 *       the route metric alone).</li>
 *   <li>IPv4 "Interface" column: the first IPv4 address of the route's interface; the interface's name where
 *       it has none the backend reports.</li>
 *   <li>Persistent routes: the entries of the platform's persistent-route store ({@link Route#persistent()}),
 *       with the values stored there; {@code None} when there are none (always on Linux). They are never listed
 *       among the active routes: a stored route that is also in effect is a separate, non-persistent entry.</li>
 *   <li>Columns, as real captures show them ({@code cli/src/test/resources/windows-captures}): IPv4 addresses
 *       right-aligned in 17, but {@code On-link} right-aligned in 16 and followed by a blank; persistent metrics
 *       right-aligned in 8, the word {@code Default} in 9; IPv6 rows {@code If} in 3, a blank, the metric in 6,
 *       a blank; a longer value pushes the rest of the row right.</li>
 * </ul>
 */
final class RoutePrintView implements WindowsViewRenderer {

    static final String RULE = "=".repeat(75);

    private static final String ON_LINK = "On-link";

    @Override
    public List<String> render(Request request) throws BackendException {
        request.sample().requireCollected(Sample.Section.INTERFACES);
        Snapshot<NetInterface> interfaces = request.sample().interfaces();
        request.sample().requireCollected(Sample.Section.ROUTES);
        Snapshot<Route> routes = request.sample().routes();
        interfaces.diagnostics().forEach(request.diagnostics());
        routes.diagnostics().forEach(request.diagnostics());
        Map<String, NetInterface> byName = new HashMap<>();
        Map<Integer, NetInterface> byIndex = new HashMap<>();
        for (NetInterface i : interfaces.items()) {
            byName.putIfAbsent(i.name(), i);
            if (i.index() != null) {
                byIndex.putIfAbsent(i.index(), i);
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(RULE);
        lines.add("Interface List");
        for (NetInterface i : interfaces.items()) {
            lines.add(interfaceLine(i));
        }
        lines.add(RULE);
        lines.add("");
        lines.add("IPv4 Route Table");
        lines.add(RULE);
        lines.add("Active Routes:");
        lines.add("Network Destination        Netmask          Gateway       Interface  Metric");
        List<Route> persistent4 = new ArrayList<>();
        for (Route r : routes.items()) {
            if (r.family() == AddressFamily.IPV4 && r.persistent()) {
                persistent4.add(r);
            } else if (r.family() == AddressFamily.IPV4 && shown(r)) {
                NetInterface i = interfaceOf(r, byName, byIndex);
                lines.add(destinationMaskGateway(r) + WindowsColumns.right(interfaceAddress(r, i), 17)
                        + WindowsColumns.right(Long.toUnsignedString(metric(r, i)), 7));
            }
        }
        lines.add(RULE);
        lines.add("Persistent Routes:");
        if (persistent4.isEmpty()) {
            lines.add("  None");
        } else {
            lines.add("  Network Address          Netmask  Gateway Address  Metric");
            for (Route r : persistent4) {
                lines.add(destinationMaskGateway(r) + (r.metric() == null ? WindowsColumns.right("Default", 9)
                        : WindowsColumns.right(Long.toUnsignedString(r.metric()), 8)));
            }
            lines.add(RULE);
        }
        lines.add("");
        lines.add("IPv6 Route Table");
        lines.add(RULE);
        lines.add("Active Routes:");
        lines.add(" If Metric Network Destination      Gateway");
        List<Route> persistent6 = new ArrayList<>();
        for (Route r : routes.items()) {
            if (r.family() == AddressFamily.IPV6 && r.persistent()) {
                persistent6.add(r);
            } else if (r.family() == AddressFamily.IPV6 && shown(r)) {
                NetInterface i = interfaceOf(r, byName, byIndex);
                lines.addAll(ipv6Lines(r, i, metric(r, i)));
            }
        }
        lines.add(RULE);
        lines.add("Persistent Routes:");
        if (persistent6.isEmpty()) {
            lines.add("  None");
        } else {
            lines.add(" If Metric Network Destination      Gateway");
            for (Route r : persistent6) {
                lines.addAll(ipv6Lines(r, null, r.metric() == null ? 0 : r.metric()));
            }
            lines.add(RULE);
        }
        return lines;
    }

    /** The first three IPv4 columns: addresses right-aligned in 17, {@code On-link} in 16 and a blank. */
    private static String destinationMaskGateway(Route r) {
        return WindowsColumns.right(AddressText.numeric(r.destination()), 17)
                + WindowsColumns.right(AddressText.ipv4Netmask(r.prefixLength()), 17)
                + (r.gateway() == null ? WindowsColumns.right(ON_LINK, 16) + " "
                        : WindowsColumns.right(AddressText.numeric(r.gateway()), 17));
    }

    private static boolean shown(Route r) {
        return !r.cached() && !r.flags().contains(RouteFlag.REJECT);
    }

    /** {@code  14...00 50 cc 79 63 40 ......Intel(R) 82574L Gigabit Network Connection}. */
    static String interfaceLine(NetInterface i) {
        StringBuilder mac = new StringBuilder(24);
        if (!i.flags().contains(InterfaceFlag.LOOPBACK) && i.hardwareAddress() != null) {
            for (String pair : i.hardwareAddress().split(":")) {
                mac.append(pair).append(' ');
            }
        }
        while (mac.length() < 24) {
            mac.append('.');
        }
        String description = i.description() != null ? i.description() : i.name();
        return WindowsColumns.right(i.index() == null ? "" : Integer.toString(i.index()), 3) + "..." + mac
                + TerminalSafe.dotted(description);
    }

    /**
     * IPv6 row: If in 3, a blank, metric in 6, a blank, destination/prefix in 24, a blank, gateway; a longer
     * destination puts the gateway on a line of its own.
     */
    private static List<String> ipv6Lines(Route r, NetInterface i, long metric) {
        Integer index = r.interfaceIndex() != null ? r.interfaceIndex() : i == null ? null : i.index();
        String head = WindowsColumns.right(index == null ? "" : Integer.toString(index), 3) + " "
                + WindowsColumns.right(Long.toUnsignedString(metric), 6) + " ";
        String destination = AddressText.numeric(r.destination()) + "/" + r.prefixLength();
        if (destination.length() > 24) {
            return List.of(head + destination, " ".repeat(36) + gateway(r));
        }
        return List.of(head + WindowsColumns.left(destination, 24) + " " + gateway(r));
    }

    private static NetInterface interfaceOf(Route r, Map<String, NetInterface> byName,
            Map<Integer, NetInterface> byIndex) {
        if (r.interfaceIndex() != null && byIndex.containsKey(r.interfaceIndex())) {
            return byIndex.get(r.interfaceIndex());
        }
        return r.interfaceName() == null ? null : byName.get(r.interfaceName());
    }

    private static String gateway(Route r) {
        return r.gateway() == null ? ON_LINK : AddressText.numeric(r.gateway());
    }

    private static String interfaceAddress(Route r, NetInterface i) {
        if (i != null) {
            for (InterfaceAddress a : i.addresses()) {
                if (a.address() instanceof Inet4Address) {
                    return AddressText.numeric(a.address());
                }
            }
        }
        return r.interfaceName() == null ? "" : TerminalSafe.dotted(r.interfaceName());
    }

    /** Route metric plus interface metric (the route's own figure for it first, then the interface's). */
    private static long metric(Route r, NetInterface i) {
        long route = r.metric() == null ? 0 : r.metric();
        Long iface = r.interfaceMetric() != null ? r.interfaceMetric()
                : i != null && i.metric() != null ? Long.valueOf(i.metric()) : null;
        return route + (iface == null ? 0 : iface);
    }
}
