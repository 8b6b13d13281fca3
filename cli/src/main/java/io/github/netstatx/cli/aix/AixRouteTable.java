package io.github.netstatx.cli.aix;

import io.github.netstatx.cli.TerminalSafe;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Route;
import io.github.netstatx.core.model.RouteFlag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * AIX {@code netstat -rn}. Verbatim from an AIX host of the GCC compile farm (oshi/oshi
 * {@code NetstatRouteTest}, trailing blanks kept):
 *
 * <pre>
 * Routing tables
 * Destination        Gateway           Flags   Refs     Use  If   Exp  Groups
 *
 * Route Tree for Protocol Family 2 (Internet):
 * default            140.211.9.1       UG      124  27595284 en1      -      -
 * 10.1.0.0           10.1.0.3          UHSb      0         0 en0      -      -   =&gt;
 * </pre>
 *
 * Destination padded to 18 and a space, Gateway padded to 17 and a space, Flags padded to 6, Refs
 * right-aligned in 5, a space, Use right-aligned in 9, a space, If padded to 6, Exp right-aligned in 4,
 * Groups right-aligned in 7, three spaces and {@code =>} when more routes share the key. Destinations:
 * {@code default}, a host in full, a network abbreviated with {@code /len} ({@code 10.1/23}). Both
 * families (no {@code -f}) print one after the other, separated by an empty line (not recorded on AIX).
 */
final class AixRouteTable {

    static final String HEADER = "Destination        Gateway           Flags   Refs     Use  If   Exp  Groups";
    static final String INET_BANNER = "Route Tree for Protocol Family 2 (Internet):";
    static final String INET6_BANNER = "Route Tree for Protocol Family 24 (Internet v6):";

    /** Flag letters in the order AIX prints the recorded ones (U G H ... S b); the rest follow. */
    private static final List<Map.Entry<RouteFlag, Character>> LETTERS = List.of(
            Map.entry(RouteFlag.UP, 'U'), Map.entry(RouteFlag.GATEWAY, 'G'), Map.entry(RouteFlag.HOST, 'H'),
            Map.entry(RouteFlag.REJECT, 'R'), Map.entry(RouteFlag.DYNAMIC, 'D'), Map.entry(RouteFlag.MODIFIED, 'M'),
            Map.entry(RouteFlag.DEAD_GATEWAY_DETECTION, 'A'), Map.entry(RouteFlag.CLONING, 'c'),
            Map.entry(RouteFlag.CLONED, 'W'), Map.entry(RouteFlag.LINK_INFO, 'L'), Map.entry(RouteFlag.LOCAL, 'l'),
            Map.entry(RouteFlag.STATIC, 'S'), Map.entry(RouteFlag.BROADCAST, 'b'),
            Map.entry(RouteFlag.MULTICAST, 'm'), Map.entry(RouteFlag.PINNED, 'P'),
            Map.entry(RouteFlag.BINDING_CACHE, 'e'), Map.entry(RouteFlag.USABLE, 'u'),
            Map.entry(RouteFlag.PROTOCOL1, '1'), Map.entry(RouteFlag.PROTOCOL2, '2'),
            Map.entry(RouteFlag.PROTOCOL3, '3'));

    /**
     * @param routes routes of both families in the model's order
     * @param family the family of {@code -f}, or {@code null} for both
     */
    List<String> render(List<Route> routes, AddressFamily family) {
        List<String> lines = new ArrayList<>();
        lines.add("Routing tables");
        lines.add(HEADER);
        for (AddressFamily f : List.of(AddressFamily.IPV4, AddressFamily.IPV6)) {
            if (family != null && family != f) {
                continue;
            }
            lines.add("");
            lines.add(f == AddressFamily.IPV4 ? INET_BANNER : INET6_BANNER);
            for (Route r : routes) {
                if (r.family() == f) {
                    lines.add(row(r));
                }
            }
        }
        return lines;
    }

    String row(Route r) {
        StringBuilder sb = new StringBuilder(84);
        AixText.left(sb, destination(r), 18).append(' ');
        AixText.left(sb, gateway(r), 17).append(' ');
        AixText.left(sb, flags(r), 6);
        AixText.right(sb, r.refCount() == null ? "0" : Long.toString(r.refCount()), 5).append(' ');
        AixText.right(sb, r.use() == null ? "0" : Long.toString(r.use()), 9).append(' ');
        AixText.left(sb, r.interfaceName() == null ? "-" : TerminalSafe.dotted(r.interfaceName()), 6);
        AixText.right(sb, "-", 4);
        AixText.right(sb, "-", 7).append("   ");
        if (r.flags().contains(RouteFlag.DUPLICATE_KEY)) {
            sb.append("=>");
        }
        return sb.toString();
    }

    private static String destination(Route r) {
        int full = r.family() == AddressFamily.IPV4 ? 32 : 128;
        if (r.prefixLength() == 0) {
            return "default";
        }
        if (r.prefixLength() == full) {
            return AixText.literal(r.destination());
        }
        String net = r.family() == AddressFamily.IPV4 ? AixText.ipv4Network(r.destination(), r.prefixLength())
                : AixText.literal(r.destination());
        return net + "/" + r.prefixLength();
    }

    private static String gateway(Route r) {
        if (r.gateway() != null) {
            return AixText.literal(r.gateway());
        }
        return r.interfaceIndex() == null ? "-" : "link#" + r.interfaceIndex();
    }

    static String flags(Route r) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<RouteFlag, Character> e : LETTERS) {
            if (r.flags().contains(e.getKey())) {
                sb.append(e.getValue());
            }
        }
        return sb.toString();
    }
}
