package io.github.netstatx.cli.macos;

import io.github.netstatx.cli.TerminalSafe;
import io.github.netstatx.cli.names.AddressText;
import io.github.netstatx.cli.names.HostNames;
import io.github.netstatx.core.model.MulticastGroup;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Apple netstat's {@code -g} (network_cmds {@code mcast.c} {@code ifmalist_dump}, the same in 543 and 741): the
 * Link-layer, IPv4 and IPv6 memberships, each under its title and the header {@code Group / Link-layer Address /
 * Netif} ({@code %-20s\t%-16s\t%s}). IPv4 groups print as {@code inet_ntoa}, IPv6 groups as {@code routename6} (a
 * name unless {@code -n}, else the address with {@code %scope}); the link-layer address as {@code ether_ntoa}
 * ({@code %x} per byte) or {@code <none>}. The model holds no link-layer memberships (AF_LINK groups), so that
 * section has its title and header only.
 */
final class AppleGroupTable {

    private final AppleOptions o;
    private final HostNames names;

    /** @param names reverse lookups, or null with {@code -n} */
    AppleGroupTable(AppleOptions o, HostNames names) {
        this.o = o;
        this.names = names;
    }

    List<String> render(List<MulticastGroup> groups) {
        Map<Integer, String> scopes = new HashMap<>();
        for (MulticastGroup g : groups) {
            if (g.interfaceIndex() != null) {
                scopes.putIfAbsent(g.interfaceIndex(), g.interfaceName());
            }
        }
        List<String> lines = new ArrayList<>();
        section(lines, "Link-layer");
        lines.add("");
        section(lines, "IPv4");
        for (MulticastGroup g : groups) {
            if (g.group() instanceof Inet4Address) {
                lines.add(row(AddressText.numeric(g.group()), g));
            }
        }
        lines.add("");
        section(lines, "IPv6");
        for (MulticastGroup g : groups) {
            if (g.group() instanceof Inet6Address v6) {
                lines.add(row(ipv6(v6, scopes), g));
            }
        }
        return lines;
    }

    private static void section(List<String> lines, String family) {
        lines.add(family + " Multicast Group Memberships");
        lines.add(String.format(Locale.ROOT, "%-20s\t%-16s\t%s", "Group", "Link-layer Address", "Netif"));
    }

    private String ipv6(Inet6Address a, Map<Integer, String> scopes) {
        if (!o.numeric() && names != null) {
            var name = names.reverse(a);
            if (name.isPresent()) {
                return TerminalSafe.dotted(name.get());
            }
        }
        String text = AddressText.numeric(a);
        return a.getScopeId() == 0 ? text
                : text + "%" + scopes.getOrDefault(a.getScopeId(), Integer.toString(a.getScopeId()));
    }

    private static String row(String group, MulticastGroup g) {
        return String.format(Locale.ROOT, "%-20s\t%-16s\t%s", group, etherNtoa(g.linkLayerAddress()),
                TerminalSafe.dotted(g.interfaceName()));
    }

    /** macOS's ether_ntoa: each byte as {@code %x}, joined by {@code :}. */
    private static String etherNtoa(String address) {
        if (address == null) {
            return "<none>";
        }
        StringBuilder out = new StringBuilder();
        for (String octet : address.split(":")) {
            out.append(out.length() == 0 ? "" : ":").append(Integer.toHexString(Integer.parseInt(octet, 16)));
        }
        return out.toString();
    }
}
