package io.github.netstatx.cli.macos;

import io.github.netstatx.cli.names.AddressText;
import io.github.netstatx.cli.names.HostNames;
import io.github.netstatx.core.model.InterfaceAddress;
import io.github.netstatx.core.model.InterfaceCounters;
import io.github.netstatx.core.model.InterfaceFlag;
import io.github.netstatx.core.model.NetInterface;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Apple netstat's {@code -i} table (network_cmds-543 {@code if.c} {@code intpr}): one link-level row per
 * interface ({@code <Link#N>} and the hardware address padded to 30 columns) and one row per address, each
 * repeating the interface's packet counters; error and collision columns show {@code -} on address rows.
 * {@code -b} adds byte columns, {@code -I} keeps one interface. IPv4 networks print as netstat's
 * {@code netname} (trailing zero octets dropped by class, {@code /len} when the mask is not the class mask);
 * IPv6 rows print the address with its scope ({@code fe80::1%lo0}, {@code /len} with {@code -n}) and, as
 * Address, the kernel's form with the scope embedded in the second group ({@code fe80:1::1}). Without
 * {@code -n} the IPv4 Address ({@code routename}) and the IPv6 Network ({@code netname6}) are host names when
 * the resolver has one; IPv4 network names ({@code getnetbyaddr}) are not looked up.
 */
final class AppleInterfaceTable {

    private final AppleOptions o;
    private final HostNames names;
    /** Interface names by index: getnameinfo prints a scope as the interface's name ({@code fe80::1%lo0}). */
    private java.util.Map<Integer, String> scopeNames = java.util.Map.of();

    /** @param names reverse lookups, or null with {@code -n} */
    AppleInterfaceTable(AppleOptions o, HostNames names) {
        this.o = o;
        this.names = names;
    }

    List<String> render(List<NetInterface> interfaces) {
        scopeNames = new java.util.HashMap<>();
        for (NetInterface nif : interfaces) {
            if (nif.index() != null) {
                scopeNames.putIfAbsent(nif.index(), nif.name());
            }
        }
        List<String> lines = new ArrayList<>();
        StringBuilder h = new StringBuilder(String.format(Locale.ROOT, "%-5.5s %-5.5s %-13.13s %-15.15s %8.8s %5.5s",
                "Name", "Mtu", "Network", "Address", "Ipkts", "Ierrs"));
        if (o.bytes()) {
            h.append(String.format(Locale.ROOT, " %10.10s", "Ibytes"));
        }
        h.append(String.format(Locale.ROOT, " %8.8s %5.5s", "Opkts", "Oerrs"));
        if (o.bytes()) {
            h.append(String.format(Locale.ROOT, " %10.10s", "Obytes"));
        }
        h.append(String.format(Locale.ROOT, " %5s", "Coll"));
        if (o.drops()) {
            h.append(" Drop");
        }
        lines.add(h.toString());
        for (NetInterface nif : interfaces) {
            if (o.interfaceName().isPresent() && !o.interfaceName().get().equals(nif.name())) {
                continue;
            }
            String name = nif.name() + (nif.flags().contains(InterfaceFlag.UP) ? "" : "*");
            String mtu = nif.mtu() == null ? "0" : Integer.toString(nif.mtu());
            String prefix = String.format(Locale.ROOT, "%-5.5s %-5s ", name, mtu);
            lines.add(prefix + linkColumns(nif) + counters(nif.counters(), true));
            for (InterfaceAddress a : nif.addresses()) {
                lines.add(prefix + addressColumns(a) + counters(nif.counters(), false));
            }
        }
        return lines;
    }

    private static String linkColumns(NetInterface nif) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-11.11s ",
                "<Link#" + (nif.index() == null ? 0 : nif.index()) + ">"));
        String mac = nif.hardwareAddress();
        if (mac != null && !mac.isEmpty()) {
            String[] octets = mac.split(":");
            for (int k = 0; k < octets.length; k++) {
                sb.append(octets[k].toLowerCase(Locale.ROOT)).append(k + 1 < octets.length ? ':' : ' ');
            }
        }
        while (sb.length() < 30) {
            sb.append(' ');
        }
        return sb.toString();
    }

    private String addressColumns(InterfaceAddress a) {
        InetAddress addr = a.address();
        if (addr instanceof Inet4Address v4) {
            int prefix = a.prefixLength() == null ? 32 : a.prefixLength();
            return String.format(Locale.ROOT, "%-13.13s %-15.15s ", netname(v4, prefix),
                name(v4).orElse(AddressText.numeric(v4)));
        }
        Inet6Address v6 = (Inet6Address) addr;
        String network = name(v6).orElse(AddressText.numeric(v6) + (v6.getScopeId() != 0 ? "%" + scopeName(v6) : ""));
        if (o.numeric()) {
            network += "/" + (a.prefixLength() == null ? 128 : a.prefixLength());
        }
        return String.format(Locale.ROOT, "%-11.11s %-17.17s ", network, AddressText.numeric(embedded(v6)));
    }

    private java.util.Optional<String> name(InetAddress a) {
        if (o.numeric() || names == null) {
            return java.util.Optional.empty();
        }
        return names.reverse(a).map(io.github.netstatx.cli.TerminalSafe::dotted);
    }

    private String scopeName(Inet6Address v6) {
        return scopeNames.getOrDefault(v6.getScopeId(), Integer.toString(v6.getScopeId()));
    }

    /** The kernel's KAME form of a scoped address: the scope id in bytes 2-3. */
    private static InetAddress embedded(Inet6Address v6) {
        byte[] b = v6.getAddress();
        int scope = v6.getScopeId();
        if (scope != 0) {
            b[2] = (byte) (scope >> 8);
            b[3] = (byte) scope;
        }
        try {
            return InetAddress.getByAddress(b);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** netstat's netname with {@code -n} semantics: the network by class, {@code /len} for other masks. */
    static String netname(Inet4Address address, int prefix) {
        byte[] b = address.getAddress();
        long a = ((b[0] & 0xffL) << 24) | ((b[1] & 0xffL) << 16) | ((b[2] & 0xffL) << 8) | (b[3] & 0xffL);
        long mask = prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
        long i = a & mask;
        long classMask = (i & 0x80000000L) == 0 ? 0xff000000L : (i & 0xc0000000L) == 0x80000000L ? 0xffff0000L
                : 0xffffff00L;
        String text;
        if (classMask == 0xff000000L && (i & 0x00ffffffL) == 0) {
            text = Long.toString(i >>> 24);
        } else if (classMask != 0xffffff00L && (i & 0x0000ffffL) == 0) {
            text = (i >>> 24) + "." + ((i >>> 16) & 0xff);
        } else if ((i & 0xffL) == 0) {
            text = (i >>> 24) + "." + ((i >>> 16) & 0xff) + "." + ((i >>> 8) & 0xff);
        } else {
            text = (i >>> 24) + "." + ((i >>> 16) & 0xff) + "." + ((i >>> 8) & 0xff) + "." + (i & 0xff);
        }
        if (mask != 0 && mask != classMask) {
            text += "/" + prefix;
        }
        return text;
    }

    private String counters(InterfaceCounters c, boolean link) {
        StringBuilder sb = new StringBuilder();
        sb.append(stat(8, c == null ? null : c.rxPackets(), true)).append(' ');
        sb.append(stat(5, c == null ? null : c.rxErrors(), link)).append(' ');
        if (o.bytes()) {
            sb.append(stat(10, c == null ? null : c.rxBytes(), true)).append(' ');
        }
        sb.append(stat(8, c == null ? null : c.txPackets(), true)).append(' ');
        sb.append(stat(5, c == null ? null : c.txErrors(), link)).append(' ');
        if (o.bytes()) {
            sb.append(stat(10, c == null ? null : c.txBytes(), true)).append(' ');
        }
        sb.append(stat(5, c == null ? null : c.collisions(), link));
        if (o.drops()) {
            sb.append(' ').append(stat(3, c == null ? null : c.txDropped(), link));
        }
        return sb.toString();
    }

    /** show_stat: the value right-aligned, or {@code -} where netstat shows none (and where the model has none). */
    private static String stat(int width, Long value, boolean show) {
        return String.format(Locale.ROOT, "%" + width + "s", show && value != null ? Long.toString(value) : "-");
    }
}
