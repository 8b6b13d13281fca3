package io.github.netstatx.cli.linux;

import io.github.netstatx.cli.ExitCodes;
import io.github.netstatx.cli.Rendering;
import io.github.netstatx.cli.Sample;
import io.github.netstatx.cli.OutputSink;
import io.github.netstatx.cli.TerminalSafe;
import io.github.netstatx.cli.names.AddressText;
import io.github.netstatx.core.address.AddressBytes;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Route;
import io.github.netstatx.core.model.RouteFlag;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.spi.BackendException;
import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;

/**
 * {@code -r} with {@code -n -e -ee -C -F} and {@code -A inet6} / {@code -6}: net-tools 2.10's
 * {@code route_info} ({@code lib/getroute.c}) over the families of {@code -A}, {@code rprint_fib} and
 * {@code rprint_cache} ({@code lib/inet_gr.c}) for IPv4, {@code rprint_fib6} ({@code lib/inet6_gr.c}) for IPv6.
 *
 * <p>The {@code -e} count is remapped as net-tools does: none gives the MSS/Window/irtt layout, one the
 * Metric/Ref/Use layout, two both, three nothing but the title (the remapped value is masked with 3).
 */
final class RoutesView implements NetToolsView {

    private static final String V4_COLUMNS = "Destination     Gateway         Genmask         ";
    private static final String V6_HEADER =
            "Destination                    Next Hop                   Flag Met Ref  Use If";

    /** IPv4 flag letters after the first two (U, G) and the reject mark, in net-tools' order. */
    private static final List<Map.Entry<RouteFlag, String>> V4_LETTERS = List.of(
            Map.entry(RouteFlag.HOST, "H"), Map.entry(RouteFlag.REINSTATE, "R"), Map.entry(RouteFlag.DYNAMIC, "D"),
            Map.entry(RouteFlag.MODIFIED, "M"), Map.entry(RouteFlag.DEFAULT, "d"), Map.entry(RouteFlag.ADDRCONF, "c"),
            Map.entry(RouteFlag.NONEXTHOP, "o"), Map.entry(RouteFlag.EXPIRES, "e"), Map.entry(RouteFlag.CACHE, "c"),
            Map.entry(RouteFlag.LOCAL, "l"));

    private static final List<Map.Entry<RouteFlag, String>> V6_LETTERS = List.of(
            Map.entry(RouteFlag.UP, "U"), Map.entry(RouteFlag.REJECT, "!"), Map.entry(RouteFlag.GATEWAY, "G"),
            Map.entry(RouteFlag.HOST, "H"), Map.entry(RouteFlag.DEFAULT, "D"), Map.entry(RouteFlag.ADDRCONF, "A"),
            Map.entry(RouteFlag.CACHE, "C"), Map.entry(RouteFlag.EXPIRES, "e"), Map.entry(RouteFlag.MODIFIED, "m"),
            Map.entry(RouteFlag.NONEXTHOP, "n"));

    /**
     * Families net-tools knows but netstatx has no routes for: what net-tools prints when their /proc
     * files are absent, as every current kernel has them (stderr lines, stdout lines).
     */
    private static final Map<String, List<List<String>>> LEGACY = Map.of(
            "ipx", List.of(List.of("No such file or directory"),
                    List.of("IPX routing not in file /proc/net/ipx/route or /proc/net/ipx_route found.")),
            "ax25", List.of(List.of("/proc/net/ax25_route: No such file or directory"),
                    List.of("AX.25 not configured in this system.")),
            "netrom", List.of(List.of("/proc/net/nr_nodes: No such file or directory",
                    "/proc/net/nr_neigh: Invalid argument"), List.of("NET/ROM not configured in this system.")),
            "rose", List.of(List.of("/proc/net/rose_nodes: No such file or directory",
                    "ROSE not configured in this system."), List.of()),
            "ddp", List.of(List.of("Error opening /proc/net/atalk_route: No such file or directory",
                    "DDP (AppleTalk) not configured on this system."), List.of()),
            "x25", List.of(List.of(), List.of("X.25 not configured in this system.")));

    @Override
    public int render(NetToolsOptions options, Sample sample, Rendering rendering, int pass)
            throws IOException, BackendException {
        String families = options.addressFamilies().isEmpty() ? "inet" : options.addressFamilies();
        int flagExp = 1 + options.extend();
        int ext = (flagExp == 2 ? 1 : flagExp == 1 ? 2 : flagExp) & 3;
        boolean numeric = options.numericHosts() || options.symbolic();
        boolean fib = options.routeFib() || !options.routeCache();
        boolean cache = options.routeCache();
        OutputSink out = rendering.out();
        List<Route> routes = null;
        try (NetToolsAddressNames names = numeric ? NetToolsAddressNames.numericOnly()
                : NetToolsAddressNames.of(rendering)) {
            for (String family : families.split(",")) {
                if (family.equals("inet") || family.equals("inet6")) {
                    if (routes == null) {
                        sample.requireCollected(Sample.Section.ROUTES);
                        Snapshot<Route> s = sample.routes();
                        ViewDiagnostics.report(s.diagnostics(), rendering.err());
                        routes = s.items();
                    }
                    if (family.equals("inet")) {
                        inet(routes, ext, numeric, fib, cache, names, out);
                    } else {
                        inet6(routes, numeric, fib, cache, names, out);
                    }
                } else if (!family.isEmpty()) {
                    return noRoutes(family, rendering);
                }
            }
        }
        return ExitCodes.OK;
    }

    /** What net-tools says for a family without routes here; ends the run with its status. */
    private static int noRoutes(String family, Rendering rendering) {
        if (LEGACY.containsKey(family)) {
            LEGACY.get(family).get(0).forEach(rendering.err()::println);
            LEGACY.get(family).get(1).forEach(rendering.out()::println);
            return ExitCodes.FAILURE;
        }
        if (family.equals("bluetooth")) {
            rendering.err().println("Address family `" + family + "' not supported.");
        } else {
            rendering.err().println("No routing for address family `" + family + "'.");
        }
        return ExitCodes.NET_TOOLS_USAGE;
    }

    private static void inet(List<Route> routes, int ext, boolean numeric, boolean fib, boolean cache,
            NetToolsAddressNames names, OutputSink out) {
        if (fib) {
            out.println("Kernel IP routing table");
            header(ext, V4_COLUMNS, out);
            for (Route r : routes) {
                // A persistent entry is the platform's stored copy of a route (Windows), not a FIB route.
                if (r.family() == AddressFamily.IPV4 && !r.cached() && !r.persistent()
                        && r.flags().contains(RouteFlag.UP)) {
                    fibRow(r, ext, numeric, names, out);
                }
            }
        }
        if (cache) {
            out.println("Kernel IP routing cache");
            switch (ext) {
                case 1 -> out.println("Source          Destination     Gateway         Flags Metric Ref    Use Iface");
                case 2 -> out.println("Source          Destination     Gateway         Flags   MSS Window  irtt Iface");
                case 3 -> out.println("Source          Destination     Gateway         Flags Metric Ref    Use Iface"
                        + "    MSS   Window irtt  TOS HHRef HHUptod     SpecDst");
                default -> {
                    // -eee: title only
                }
            }
            for (Route r : routes) {
                if (r.family() == AddressFamily.IPV4 && r.cached()) {
                    cacheRow(r, ext, numeric, names, out);
                }
            }
        }
    }

    private static void header(int ext, String columns, OutputSink out) {
        switch (ext) {
            case 1 -> out.println(columns + "Flags Metric Ref    Use Iface");
            case 2 -> out.println(columns + "Flags   MSS Window  irtt Iface");
            case 3 -> out.println(columns + "Flags Metric Ref    Use Iface    MSS   Window irtt");
            default -> {
                // -eee: title only
            }
        }
    }

    private static void fibRow(Route r, int ext, boolean numeric, NetToolsAddressNames names, OutputSink out) {
        if (ext == 0) {
            return;
        }
        StringBuilder sb = new StringBuilder(96);
        Columns.left(sb, Columns.cut(names.inet(r.destination(), r.prefixLength(), numeric, true,
                r.flags().contains(RouteFlag.HOST)), 15), 15);
        sb.append(' ');
        boolean reject = r.flags().contains(RouteFlag.REJECT);
        if (reject) {
            sb.append("-               ");
        } else {
            Columns.left(sb, Columns.cut(gateway(r, numeric, names), 15), 15);
            sb.append(' ');
        }
        Columns.left(sb, Columns.cut(AddressText.ipv4Netmask(r.prefixLength()), 15), 15);
        sb.append(' ');
        Columns.left(sb, v4Flags(r), 5);
        sb.append(' ');
        if (!reject) {
            columns(sb, r, ext);
        } else if (ext == 2) {
            sb.append("    - -          - -");
        } else {
            Columns.left(sb, (int) value(r.metric()), 6);
            sb.append(" -  ");
            Columns.right(sb, (int) value(r.use()), 7);
            sb.append(ext == 1 ? " -" : " -        -     -      -");
        }
        out.println(sb);
    }

    /**
     * A routing-cache row in the 2.2+ layout: source, destination, gateway, then the FIB columns (with
     * {@code -ee} also TOS, HHRef, HHUptod and SpecDst, which the model does not carry: 0 and the source).
     * Cache flags are RTCF_* words; only the route flags among them show.
     */
    private static void cacheRow(Route r, int ext, boolean numeric, NetToolsAddressNames names, OutputSink out) {
        if (ext == 0) {
            return;
        }
        StringBuilder sb = new StringBuilder(96);
        InetAddress source = r.source() != null ? r.source() : r.destination();
        Columns.left(sb, names.inet(source, 24, numeric, false, false), 15);
        sb.append(' ');
        Columns.left(sb, names.inet(r.destination(), 24, numeric, false, false), 15);
        sb.append(' ');
        Columns.left(sb, gateway(r, numeric, names), 15);
        sb.append(' ');
        Columns.left(sb, r.flags().contains(RouteFlag.REJECT) ? "!"
                : r.flags().contains(RouteFlag.GATEWAY) ? "G" : "", 5);
        sb.append(' ');
        if (ext != 3) {
            columns(sb, r, ext);
        } else {
            // "... %-6d %-3d %6d %-6.6s   %-5d %-6d %-5d %-3d %-3d   %-3d %15s"
            longColumns(sb, r);
            Columns.left(sb, integer(r.irtt()), 5);
            sb.append(" 0   0     0   ");
            Columns.right(sb, names.inet(source, 24, numeric, false, false), 15);
        }
        out.println(sb);
    }

    /** The columns after the flags: Metric/Ref/Use/Iface (1), MSS/Window/irtt/Iface (2), or all (3). */
    private static void columns(StringBuilder sb, Route r, int ext) {
        if (ext == 2) {
            Columns.right(sb, integer(r.mss()), 5);
            sb.append(' ');
            Columns.left(sb, integer(r.window()), 5);
            sb.append(' ');
            Columns.right(sb, integer(r.irtt()), 6);
            sb.append(' ').append(iface(r));
            return;
        }
        if (ext == 1) {
            Columns.left(sb, (int) value(r.metric()), 6);
            sb.append(' ');
            Columns.left(sb, (int) value(r.refCount()), 2);
            sb.append(' ');
            Columns.right(sb, (int) value(r.use()), 7);
            sb.append(' ').append(iface(r));
            return;
        }
        longColumns(sb, r);
        sb.append(integer(r.irtt()));
    }

    /** {@code -ee}: {@code %-6d %-3d %6d %-6.6s   %-5d %-6d } (Metric, Ref, Use, Iface, MSS, Window). */
    private static void longColumns(StringBuilder sb, Route r) {
        Columns.left(sb, (int) value(r.metric()), 6);
        sb.append(' ');
        Columns.left(sb, (int) value(r.refCount()), 3);
        sb.append(' ');
        Columns.right(sb, (int) value(r.use()), 6);
        sb.append(' ');
        Columns.left(sb, Columns.cut(iface(r), 6), 6);
        sb.append("   ");
        Columns.left(sb, integer(r.mss()), 5);
        sb.append(' ');
        Columns.left(sb, integer(r.window()), 6);
        sb.append(' ');
    }

    private static void inet6(List<Route> routes, boolean numeric, boolean fib, boolean cache,
            NetToolsAddressNames names, OutputSink out) {
        if (fib) {
            inet6Table(routes, false, numeric, names, out);
        }
        if (cache) {
            // /proc/net/ndisc is gone: net-tools falls back to the RTF_CACHE entries of the FIB
            inet6Table(routes, true, numeric, names, out);
        }
    }

    private static void inet6Table(List<Route> routes, boolean cached, boolean numeric, NetToolsAddressNames names,
            OutputSink out) {
        out.println(cached ? "Kernel IPv6 routing cache" : "Kernel IPv6 routing table");
        out.println(V6_HEADER);
        for (Route r : routes) {
            if (r.family() != AddressFamily.IPV6 || r.cached() != cached || r.persistent()) {
                continue;
            }
            StringBuilder flags = new StringBuilder();
            for (Map.Entry<RouteFlag, String> e : V6_LETTERS) {
                if (r.flags().contains(e.getKey())) {
                    flags.append(e.getValue());
                }
            }
            InetAddress nextHop = r.gateway() != null ? r.gateway() : unspecified6();
            StringBuilder sb = new StringBuilder(96);
            Columns.left(sb, names.inet6(r.destination(), numeric) + "/" + r.prefixLength(), 30);
            sb.append(' ');
            Columns.left(sb, names.inet6(nextHop, numeric), 26);
            sb.append(' ');
            Columns.left(sb, flags, 4);
            sb.append(' ');
            Columns.left(sb, (int) value(r.metric()), 3);
            sb.append(' ');
            Columns.left(sb, (int) value(r.refCount()), 1);
            sb.append(' ');
            Columns.right(sb, (int) value(r.use()), 6);
            sb.append(' ').append(iface(r));
            out.println(sb);
        }
    }

    private static String v4Flags(Route r) {
        StringBuilder f = new StringBuilder();
        if (r.flags().contains(RouteFlag.UP)) {
            f.append('U');
        }
        if (r.flags().contains(RouteFlag.GATEWAY)) {
            f.append('G');
        }
        if (r.flags().contains(RouteFlag.REJECT)) {
            f.setLength(0);
            f.append('!');
        }
        for (Map.Entry<RouteFlag, String> e : V4_LETTERS) {
            if (r.flags().contains(e.getKey())) {
                f.append(e.getValue());
            }
        }
        return f.toString();
    }

    private static String gateway(Route r, boolean numeric, NetToolsAddressNames names) {
        InetAddress gw = r.gateway() != null ? r.gateway() : unspecified4();
        return names.inet(gw, 24, numeric, false, true);
    }

    private static String iface(Route r) {
        return r.interfaceName() == null ? "*" : TerminalSafe.dotted(r.interfaceName());
    }

    private static long value(Long v) {
        return v == null ? 0 : v;
    }

    private static String integer(Integer v) {
        return Integer.toString(v == null ? 0 : v);
    }

    private static InetAddress unspecified4() {
        return AddressBytes.unspecified(AddressFamily.IPV4);
    }

    private static InetAddress unspecified6() {
        return AddressBytes.unspecified(AddressFamily.IPV6);
    }
}
