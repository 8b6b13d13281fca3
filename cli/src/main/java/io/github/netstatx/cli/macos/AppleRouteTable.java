package io.github.netstatx.cli.macos;

import io.github.netstatx.cli.TerminalSafe;
import io.github.netstatx.cli.macos.AppleOptions.AppleFamily;
import io.github.netstatx.cli.names.AddressText;
import io.github.netstatx.cli.names.HostNames;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.BsdRouteInfo;
import io.github.netstatx.core.model.Route;
import io.github.netstatx.core.model.RouteFlag;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Apple netstat's {@code -r} (network_cmds {@code route.c}: {@code routepr}, {@code pr_family}, {@code pr_rthdr},
 * {@code np_rtentry}, {@code p_sockaddr}): {@code Routing tables}, then per family a title and a header, one row
 * per route in the kernel's order. Widths and columns by generation ({@link NetworkCmds}): 543 prints Refs and Use
 * for IPv4 without {@code -l} and no RT_IFA; 596 on adds RT_IFA with {@code -l}; the Netif column is 7 (IPv6 8)
 * wide up to 11, 10 (14 with {@code -l}) in 12-13, 14 from 14 on, where IPv6 gateways widen to 39 and {@code -W}
 * to 53. With {@code -n} the address columns are padded but never cut. Destinations print as netstat's
 * {@code netname} (IPv4 by class, {@code /len} for other masks; IPv6 {@code /len} only with {@code -n}), hosts as
 * {@code routename}, link-level gateways as {@code link#N} or their MAC ({@code %x} per byte). Protocol-cloned
 * routes show only with {@code -a}. Expire is the seconds left at the sample's time, {@code !} once past.
 *
 * <p>Other systems' data: the flag letters come from the model's flags, an on-link route without a link gateway
 * prints {@code link#} and its interface index, and the BSD-only columns (Mtu, Expire, rtt) stay blank.
 */
final class AppleRouteTable {

    /** route.c's {@code bits[]}, in its order: the letter of each RTF_* bit. */
    private static final int[] BITS = {0x1, 0x2, 0x4, 0x8, 0x10, 0x20, 0x800000, 0x40, 0x100, 0x200, 0x400, 0x800,
        0x8000, 0x4000, 0x20000, 0x10000, 0x40000, 0x1000, 0x400000, 0x1000000, 0x4000000, 0x8000000, 0x10000000,
        0x40000000};
    private static final String LETTERS = "UGHRDMmdCXLS12Wc3BbIiYrg";
    /** The model's flags in the same order, for data without a BSD flag word. */
    private static final RouteFlag[] MODEL_FLAGS = {RouteFlag.UP, RouteFlag.GATEWAY, RouteFlag.HOST, RouteFlag.REJECT,
        RouteFlag.DYNAMIC, RouteFlag.MODIFIED, RouteFlag.MULTICAST, null, RouteFlag.CLONING, null, RouteFlag.LINK_INFO,
        RouteFlag.STATIC, RouteFlag.PROTOCOL1, RouteFlag.PROTOCOL2, RouteFlag.CLONED, null, RouteFlag.PROTOCOL3, null,
        RouteFlag.BROADCAST, null, null, null, null, null};
    /** RTF_GLOBAL ('g') is in the table from network_cmds-624 on. */
    private static final int RTF_GLOBAL = 0x40000000;

    private final AppleOptions o;
    private final HostNames names;
    private final NetworkCmds generation;
    private final Instant now;
    private final int l;
    private Map<Integer, String> scopeNames = Map.of();

    /**
     * @param names reverse lookups, or null with {@code -n}
     * @param now the sample's time, against which expiry is counted
     */
    AppleRouteTable(AppleOptions o, HostNames names, NetworkCmds generation, Instant now) {
        this.o = o;
        this.names = names;
        this.generation = generation;
        this.now = now;
        this.l = o.wide();
    }

    List<String> render(List<Route> routes) {
        scopeNames = new HashMap<>();
        for (Route r : routes) {
            if (r.interfaceIndex() != null && r.interfaceName() != null) {
                scopeNames.putIfAbsent(r.interfaceIndex(), r.interfaceName());
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("Routing tables");
        AddressFamily shown = null;
        for (Route r : routes) {
            if (r.bsd() != null && r.bsd().protocolCloned() && !o.all()) {
                continue;
            }
            if (!wanted(r.family())) {
                continue;
            }
            if (r.family() != shown) {
                lines.add("");
                lines.add(r.family() == AddressFamily.IPV6 ? "Internet6:" : "Internet:");
                lines.add(header(r.family() == AddressFamily.IPV6));
                shown = r.family();
            }
            lines.add(row(r));
        }
        return lines;
    }

    private boolean wanted(AddressFamily f) {
        AppleFamily af = o.family();
        return af == AppleFamily.UNSPEC || af == AppleFamily.INET && f == AddressFamily.IPV4
                || af == AppleFamily.INET6 && f == AddressFamily.IPV6;
    }

    private int dstWidth(boolean v6) {
        if (!v6) {
            return 18;
        }
        if (generation == NetworkCmds.N667 && o.noTruncate()) {
            return 53;
        }
        return l > 0 || o.numeric() ? 39 : 18;
    }

    private int gwWidth(boolean v6) {
        if (!v6) {
            return 18;
        }
        if (generation == NetworkCmds.N667 && o.noTruncate()) {
            return 53;
        }
        return l > 0 || o.numeric() ? (generation == NetworkCmds.N667 ? 39 : 31) : 18;
    }

    private int ifWidth(boolean v6) {
        return switch (generation) {
            case N543, N596 -> v6 ? 8 : 7;
            case N624 -> l > 0 ? 14 : 10;
            case N667 -> 14;
        };
    }

    private String header(boolean v6) {
        int d = dstWidth(v6);
        int g = gwWidth(v6);
        int i = ifWidth(v6);
        StringBuilder h = new StringBuilder();
        if (generation == NetworkCmds.N543) {
            if (o.pcbAddresses()) {
                h.append(String.format(Locale.ROOT, "%-8.8s ", "Address"));
            }
            if (!v6 || l > 0) {
                h.append(String.format(Locale.ROOT, "%-" + d + "." + d + "s %-" + g + "." + g + "s %-10.10s %6.6s %8.8s ",
                        "Destination", "Gateway", "Flags", "Refs", "Use"));
                if (l > 0) {
                    h.append(String.format(Locale.ROOT, "%6.6s ", "Mtu"));
                }
                h.append(String.format(Locale.ROOT, "%" + i + "." + i + "s %6s", "Netif", "Expire"));
            } else {
                h.append(String.format(Locale.ROOT, "%-" + d + "." + d + "s %-" + g + "." + g + "s %-10.10s %8.8s %6s",
                        "Destination", "Gateway", "Flags", "Netif", "Expire"));
            }
        } else if (l > 0) {
            int a = dstWidth(v6);
            h.append(String.format(Locale.ROOT, "%-" + d + "." + d + "s %-" + g + "." + g + "s %-" + a + "." + a
                    + "s %-10.10s %6.6s %8.8s %6.6s %" + i + "." + i + "s %6s", "Destination", "Gateway", "RT_IFA",
                    "Flags", "Refs", "Use", "Mtu", "Netif", "Expire"));
        } else {
            h.append(String.format(Locale.ROOT, "%-" + d + "." + d + "s %-" + g + "." + g + "s %-10.10s %" + i + "."
                    + i + "s %6s", "Destination", "Gateway", "Flags", "Netif", "Expire"));
        }
        String unit = generation == NetworkCmds.N543 ? "ns" : "ms";
        if (l > 1) {
            h.append(String.format(Locale.ROOT, " %10s %10s", "rtt(" + unit + ")", "rttvar(" + unit + ")"));
        }
        if (l > 2) {
            h.append(String.format(Locale.ROOT, " %8s %8s %8s", "recvpipe", "sendpipe", "ssthresh"));
        }
        return h.toString();
    }

    private String row(Route r) {
        boolean v6 = r.family() == AddressFamily.IPV6;
        BsdRouteInfo bsd = r.bsd();
        StringBuilder s = new StringBuilder();
        s.append(column(destination(r), dstWidth(v6)));
        s.append(column(gateway(r), gwWidth(v6)));
        if (generation != NetworkCmds.N543 && l > 0 && bsd != null && bsd.interfaceAddress() != null) {
            s.append(column(host(bsd.interfaceAddress()), dstWidth(v6)));
        }
        s.append(String.format(Locale.ROOT, "%-10.10s ", flags(r)));
        boolean counts = generation == NetworkCmds.N543 ? !v6 || l > 0 : l > 0;
        if (counts) {
            s.append(String.format(Locale.ROOT, "%6d %8d ", unsigned32(r.refCount()), unsigned32(r.use())));
            if (l > 0) {
                Long mtu = bsd == null ? null : bsd.mtu();
                s.append(mtu == null ? String.format(Locale.ROOT, "%6s ", "")
                        : String.format(Locale.ROOT, "%6d ", mtu));
            }
        }
        int i = ifWidth(v6);
        String ifname = r.interfaceName() == null ? "" : TerminalSafe.dotted(r.interfaceName());
        s.append(String.format(Locale.ROOT, "%" + i + "." + i + "s", ifname));
        Instant expires = bsd == null ? null : bsd.expires();
        if (expires == null) {
            s.append(String.format(Locale.ROOT, " %6s", ""));
        } else {
            long left = expires.getEpochSecond() - now.getEpochSecond();
            s.append(left > 0 ? String.format(Locale.ROOT, " %6d", (int) left) : String.format(Locale.ROOT, " %6s", "!"));
        }
        if (l > 1) {
            s.append(milliseconds(bsd == null ? null : bsd.rtt()));
            s.append(milliseconds(bsd == null ? null : bsd.rttVariance()));
        }
        if (l > 2) {
            s.append(pipe(bsd == null ? null : bsd.recvPipe()));
            s.append(pipe(bsd == null ? null : bsd.sendPipe()));
            s.append(pipe(bsd == null ? null : bsd.ssthresh()));
        }
        return s.toString();
    }

    private static long unsigned32(Long v) {
        return v == null ? 0 : v & 0xffffffffL;
    }

    private static String milliseconds(Long us) {
        return us == null ? String.format(Locale.ROOT, " %10s", "")
                : String.format(Locale.ROOT, " %6d.%03d", us / 1000, us % 1000);
    }

    private static String pipe(Long v) {
        return v == null ? String.format(Locale.ROOT, " %8s", "") : String.format(Locale.ROOT, " %8d", v);
    }

    /** p_sockaddr's padding: with {@code -n} padded only, otherwise padded and cut. */
    private String column(String text, int width) {
        String t = o.numeric() ? text : AppleEndpointText.cut(text, width);
        return AppleEndpointText.pad(t, width) + " ";
    }

    private String destination(Route r) {
        InetAddress d = r.destination();
        boolean host = r.flags().contains(RouteFlag.HOST);
        if (d instanceof Inet4Address v4) {
            if (v4.isAnyLocalAddress() && r.prefixLength() == 0) {
                return "default";
            }
            return host ? host(v4) : AppleInterfaceTable.netname(v4, r.prefixLength());
        }
        if (host) {
            return host(d);
        }
        if (r.prefixLength() == 0 && d.isAnyLocalAddress()) {
            return "default";
        }
        return host(d) + (o.numeric() ? "/" + r.prefixLength() : "");
    }

    private String gateway(Route r) {
        if (r.gateway() != null) {
            return host(r.gateway());
        }
        BsdRouteInfo bsd = r.bsd();
        if (bsd != null && bsd.gatewayLinkAddress() != null) {
            StringBuilder mac = new StringBuilder();
            for (String octet : bsd.gatewayLinkAddress().split(":")) {
                if (mac.length() > 0) {
                    mac.append(':');
                }
                mac.append(Integer.toHexString(Integer.parseInt(octet, 16)));
            }
            return mac.toString();
        }
        Integer index = bsd != null && bsd.gatewayLinkIndex() != null ? bsd.gatewayLinkIndex() : r.interfaceIndex();
        return "link#" + (index == null ? 0 : index);
    }

    /** routename / routename6: the host's name unless {@code -n}, else the numeric form with the scope's name. */
    private String host(InetAddress a) {
        Optional<String> name = o.numeric() || names == null ? Optional.empty()
                : names.reverse(a).map(TerminalSafe::dotted);
        if (name.isPresent()) {
            return name.get();
        }
        String text = AddressText.numeric(a);
        if (a instanceof Inet6Address v6 && v6.getScopeId() != 0) {
            text += "%" + scopeNames.getOrDefault(v6.getScopeId(), Integer.toString(v6.getScopeId()));
        }
        return text;
    }

    private String flags(Route r) {
        StringBuilder out = new StringBuilder();
        Long raw = r.bsd() != null ? r.rawFlags() : null;
        for (int k = 0; k < BITS.length; k++) {
            if (BITS[k] == RTF_GLOBAL && (generation == NetworkCmds.N543 || generation == NetworkCmds.N596)) {
                continue;
            }
            boolean set = raw != null ? (raw & BITS[k]) != 0
                    : MODEL_FLAGS[k] != null && r.flags().contains(MODEL_FLAGS[k]);
            if (set) {
                out.append(LETTERS.charAt(k));
            }
        }
        return out.toString();
    }
}
