package io.github.netstatx.cli.linux;

import io.github.netstatx.cli.OutputSink;
import io.github.netstatx.cli.TerminalSafe;
import io.github.netstatx.cli.names.AddressText;
import io.github.netstatx.core.model.InterfaceAddress;
import io.github.netstatx.core.model.InterfaceCounters;
import io.github.netstatx.core.model.InterfaceFlag;
import io.github.netstatx.core.model.NetInterface;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code netstat -i}, {@code -ia}, {@code -ie} and the {@code -I IFACE} extension, byte for byte as net-tools
 * 2.10 prints them ({@code netstat.c} {@code iface_info}, {@code lib/interface.c} {@code ife_print_short},
 * {@code ife_print_long}).
 *
 * <p>Rows are the interfaces plus one row per IPv4 alias label ({@code eth0:1}), which net-tools learns from
 * {@code SIOCGIFCONF}; an alias row has its device's flags and MTU, its own first address, and no statistics.
 * Only interfaces that are up are listed unless {@code all}.
 */
public final class InterfaceTableView {

    /**
     * @param all list interfaces that are down too ({@code -a})
     * @param extended the ifconfig-style blocks ({@code -e})
     * @param onlyInterface list just this interface ({@code -I IFACE}), or null
     */
    public record Options(boolean all, boolean extended, String onlyInterface) {
    }

    static final String TITLE = "Kernel Interface table";
    static final String HEADER =
            "Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg";

    /** Flag letters of the short table, in net-tools' order ({@code P} is both PROMISC and POINTOPOINT). */
    private static final List<Map.Entry<InterfaceFlag, String>> LETTERS = List.of(
            Map.entry(InterfaceFlag.ALL_MULTI, "A"), Map.entry(InterfaceFlag.BROADCAST, "B"),
            Map.entry(InterfaceFlag.DEBUG, "D"), Map.entry(InterfaceFlag.LOOPBACK, "L"),
            Map.entry(InterfaceFlag.MULTICAST, "M"), Map.entry(InterfaceFlag.DYNAMIC, "d"),
            Map.entry(InterfaceFlag.PROMISC, "P"), Map.entry(InterfaceFlag.NO_TRAILERS, "N"),
            Map.entry(InterfaceFlag.NO_ARP, "O"), Map.entry(InterfaceFlag.POINT_TO_POINT, "P"),
            Map.entry(InterfaceFlag.SLAVE, "s"), Map.entry(InterfaceFlag.MASTER, "m"),
            Map.entry(InterfaceFlag.RUNNING, "R"), Map.entry(InterfaceFlag.UP, "U"));

    /** Flag words of the long form, in net-tools' order. */
    private static final List<Map.Entry<InterfaceFlag, String>> WORDS = List.of(
            Map.entry(InterfaceFlag.UP, "UP"), Map.entry(InterfaceFlag.BROADCAST, "BROADCAST"),
            Map.entry(InterfaceFlag.DEBUG, "DEBUG"), Map.entry(InterfaceFlag.LOOPBACK, "LOOPBACK"),
            Map.entry(InterfaceFlag.POINT_TO_POINT, "POINTOPOINT"), Map.entry(InterfaceFlag.NO_TRAILERS, "NOTRAILERS"),
            Map.entry(InterfaceFlag.RUNNING, "RUNNING"), Map.entry(InterfaceFlag.NO_ARP, "NOARP"),
            Map.entry(InterfaceFlag.PROMISC, "PROMISC"), Map.entry(InterfaceFlag.ALL_MULTI, "ALLMULTI"),
            Map.entry(InterfaceFlag.SLAVE, "SLAVE"), Map.entry(InterfaceFlag.MASTER, "MASTER"),
            Map.entry(InterfaceFlag.MULTICAST, "MULTICAST"), Map.entry(InterfaceFlag.DYNAMIC, "DYNAMIC"));

    /** One row: a name, the device it belongs to, and the statistics it shows (null: none). */
    private record Row(String name, NetInterface device, InterfaceCounters counters) {
    }

    /** All counters 0: what Debian's 2.10 reads for a name of {@link #NAME_MAX} bytes. */
    private static final InterfaceCounters ZERO = new InterfaceCounters(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, null, null,
            null, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, null, null);
    /** IFNAMSIZ - 1: the longest interface name. */
    private static final int NAME_MAX = 15;

    /**
     * The counters as net-tools reads them from /proc/net/dev. Debian's 2.10 (with the CVE-2025-46836 fix of
     * {@code get_name}) stops copying a name at 15 bytes, before the colon that follows a name of that
     * length, and then fails to read any number: such interfaces show all counters as 0.
     */
    private static InterfaceCounters countersAsRead(NetInterface i) {
        return Columns.byteLength(i.name()) >= NAME_MAX ? ZERO : i.counters();
    }

    /** The title, printed once per run even when the table repeats. */
    public void renderTitle(OutputSink out) {
        out.println(TITLE);
    }

    /**
     * One listing (the part that repeats with {@code -c}).
     *
     * @return false when {@code onlyInterface} names no interface (nothing was printed)
     */
    public boolean render(List<NetInterface> interfaces, Options o, OutputSink out) {
        List<Row> rows = rows(interfaces);
        if (o.onlyInterface() != null) {
            rows = rows.stream().filter(r -> r.name().equals(o.onlyInterface())).toList();
            if (rows.isEmpty()) {
                return false;
            }
        }
        if (!o.extended()) {
            out.println(HEADER);
        }
        for (Row r : rows) {
            if (r.device().flags().contains(InterfaceFlag.UP) || o.all() || o.onlyInterface() != null) {
                if (o.extended()) {
                    printLong(r, out);
                } else {
                    printShort(r, out);
                }
            }
        }
        return true;
    }

    private static List<Row> rows(List<NetInterface> interfaces) {
        Map<String, NetInterface> byName = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (NetInterface i : interfaces) {
            byName.put(i.name(), i);
            names.add(i.name());
        }
        for (NetInterface i : interfaces) {
            for (InterfaceAddress a : i.addresses()) {
                if (a.address() instanceof Inet4Address) {
                    names.add(labelOf(i, a));
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (String name : NetToolsInterfaceOrder.insertAll(names)) {
            NetInterface own = byName.get(name);
            // the kernel answers ioctls on "eth0:1" for the device before the colon
            NetInterface device = own != null ? own : byName.get(name.substring(0, name.indexOf(':')));
            rows.add(new Row(name, device, own != null && own.counters() != null ? countersAsRead(own) : null));
        }
        return rows;
    }

    private static String labelOf(NetInterface i, InterfaceAddress a) {
        return a.label() != null ? a.label() : i.name();
    }

    private static void printShort(Row r, OutputSink out) {
        NetInterface d = r.device();
        StringBuilder sb = new StringBuilder(96);
        Columns.left(sb, Columns.cut(TerminalSafe.dotted(r.name()), 15), 15);
        sb.append(' ');
        Columns.right(sb, mtu(d), 5);
        sb.append(' ');
        if (r.counters() != null) {
            InterfaceCounters c = r.counters();
            counter(sb, c.rxPackets(), 8, true);
            counter(sb, c.rxErrors(), 6, true);
            counter(sb, c.rxDropped(), 6, true);
            counter(sb, c.rxOverruns(), 6, false); // %-6lu: left-aligned in 2.10
            counter(sb, c.txPackets(), 8, true);
            counter(sb, c.txErrors(), 6, true);
            counter(sb, c.txDropped(), 6, true);
            counter(sb, c.txOverruns(), 6, true);
        } else {
            Columns.left(sb, "     - no statistics available -", 56);
        }
        if (flagWord(d) == 0) {
            sb.append("[NO FLAGS]");
        }
        for (Map.Entry<InterfaceFlag, String> e : LETTERS) {
            if (d.flags().contains(e.getKey())) {
                sb.append(e.getValue());
            }
        }
        out.println(sb);
    }

    /** One counter column and the blank after it; a counter the platform lacks prints as 0. */
    private static void counter(StringBuilder sb, Long value, int width, boolean rightAligned) {
        String v = unsigned(value);
        if (rightAligned) {
            Columns.right(sb, v, width);
        } else {
            Columns.left(sb, v, width);
        }
        sb.append(' ');
    }

    private static String unsigned(Long value) {
        return value == null ? "0" : Long.toUnsignedString(value);
    }

    private static void printLong(Row r, OutputSink out) {
        NetInterface d = r.device();
        int word = flagWord(d);
        StringBuilder flags = new StringBuilder("flags=").append((short) word).append('<');
        if (word == 0) {
            flags.append('>');
        }
        for (Map.Entry<InterfaceFlag, String> e : WORDS) {
            if (d.flags().contains(e.getKey())) {
                flags.append(e.getValue()).append(',');
            }
        }
        // net-tools turns a trailing comma into '>' and otherwise drops the last character
        if (flags.charAt(flags.length() - 1) == ',') {
            flags.setCharAt(flags.length() - 1, '>');
        } else {
            flags.setLength(flags.length() - 1);
        }
        out.println(TerminalSafe.dotted(r.name()) + ": " + flags + "  mtu " + mtu(d));

        primaryIpv4(d, r.name()).ifPresent(a -> {
            StringBuilder sb = new StringBuilder("        inet ").append(AddressText.numeric(a.address()));
            sb.append("  netmask ").append(AddressText.ipv4Netmask(a.prefixLength() == null ? 0 : a.prefixLength()));
            if (d.flags().contains(InterfaceFlag.BROADCAST)) {
                sb.append("  broadcast ")
                        .append(a.broadcast() == null ? "0.0.0.0" : AddressText.numeric(a.broadcast()));
            }
            if (d.flags().contains(InterfaceFlag.POINT_TO_POINT)) {
                InetAddress peer = a.peer() != null ? a.peer() : a.address();
                sb.append("  destination ").append(AddressText.numeric(peer));
            }
            out.println(sb);
        });
        if (r.name().equals(d.name())) {
            for (InterfaceAddress a : d.addresses()) {
                if (a.address() instanceof Inet6Address) {
                    out.println(inet6Line(a));
                }
            }
        }
        out.println(hardwareLine(d));
        if (r.counters() != null) {
            InterfaceCounters c = r.counters();
            out.println("        RX packets " + unsigned(c.rxPackets()) + "  bytes " + unsigned(c.rxBytes()) + " ("
                    + byteUnits(c.rxBytes()) + ")");
            out.println("        RX errors " + unsigned(c.rxErrors()) + "  dropped " + unsigned(c.rxDropped())
                    + "  overruns " + unsigned(c.rxOverruns()) + "  frame " + unsigned(c.rxFrame()));
            out.println("        TX packets " + unsigned(c.txPackets()) + "  bytes " + unsigned(c.txBytes()) + " ("
                    + byteUnits(c.txBytes()) + ")");
            // 2.10 writes a single blank before "overruns" on this line
            out.println("        TX errors " + unsigned(c.txErrors()) + "  dropped " + unsigned(c.txDropped())
                    + " overruns " + unsigned(c.txOverruns()) + "  carrier " + unsigned(c.txCarrier())
                    + "  collisions " + unsigned(c.collisions()));
        }
        out.println();
    }

    /** The first IPv4 address carrying this row's label: what {@code SIOCGIFADDR} returns for the name. */
    private static Optional<InterfaceAddress> primaryIpv4(NetInterface d, String label) {
        return d.addresses().stream()
                .filter(a -> a.address() instanceof Inet4Address && labelOf(d, a).equals(label))
                .findFirst();
    }

    private static String inet6Line(InterfaceAddress a) {
        int scope = a.scope() != null ? a.scope() : scopeOf(a.address());
        StringBuilder sb = new StringBuilder("        inet6 ").append(AddressText.numeric(a.address()))
                .append("  prefixlen ").append(a.prefixLength() == null ? 0 : a.prefixLength())
                .append("  scopeid 0x").append(Integer.toHexString(scope));
        StringBuilder words = new StringBuilder("<");
        int s = scope;
        if ((s & 0x80) != 0) {
            words.append("compat,");
            s -= 0x80;
        }
        if (s == 0) {
            words.append("global,");
        }
        if ((s & 0x20) != 0) {
            words.append("link,");
        }
        if ((s & 0x40) != 0) {
            words.append("site,");
        }
        if ((s & 0x10) != 0) {
            words.append("host,");
        }
        if (words.charAt(words.length() - 1) == ',') {
            words.setCharAt(words.length() - 1, '>');
        } else {
            words.setLength(words.length() - 1);
        }
        return sb.append(words).toString();
    }

    /** The Linux scope code of an address whose platform did not give one. */
    private static int scopeOf(InetAddress a) {
        if (a.isLoopbackAddress()) {
            return 0x10;
        }
        if (a.isLinkLocalAddress()) {
            return 0x20;
        }
        return a.isSiteLocalAddress() ? 0x40 : 0;
    }

    private static String hardwareLine(NetInterface d) {
        NetToolsHardwareTypes.HardwareType t = NetToolsHardwareTypes.of(d);
        String address = NetToolsHardwareTypes.address(t, d.hardwareAddress());
        StringBuilder sb = new StringBuilder("        ").append(t.name());
        if (address != null) {
            sb.append(' ').append(address);
        }
        if (d.txQueueLength() != null) {
            sb.append("  txqueuelen ").append(d.txQueueLength());
        }
        return sb.append("  (").append(t.title()).append(')').toString();
    }

    private static int flagWord(NetInterface d) {
        int w = 0;
        for (InterfaceFlag f : d.flags()) {
            w |= f.iffBit();
        }
        return w;
    }

    private static String mtu(NetInterface d) {
        return Integer.toString(d.mtu() == null ? 0 : d.mtu());
    }

    /**
     * net-tools' human byte count: one decimal, truncated; the unit steps at strictly more than 1024^n
     * (up to EiB, where it divides by 2^60/10 instead of multiplying by ten first).
     */
    static String byteUnits(Long bytes) {
        long b = bytes == null ? 0 : bytes;
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
        long tenths;
        String unit;
        if (Long.compareUnsigned(b, 1L << 60) > 0) {
            tenths = Long.divideUnsigned(b, 115292150460684697L);
            unit = "EiB";
        } else {
            int n = 0;
            for (int i = 5; i >= 1; i--) {
                if (Long.compareUnsigned(b, 1L << (10 * i)) > 0) {
                    n = i;
                    break;
                }
            }
            tenths = Long.divideUnsigned(b * 10, 1L << (10 * n)); // b <= 2^60, so b * 10 fits unsigned
            unit = units[n];
        }
        return Long.toUnsignedString(Long.divideUnsigned(tenths, 10)) + "." + Long.remainderUnsigned(tenths, 10)
                + " " + unit;
    }
}
