package io.github.netstatx.cli.aix;

import io.github.netstatx.cli.TerminalSafe;
import io.github.netstatx.core.model.InterfaceAddress;
import io.github.netstatx.core.model.InterfaceCounters;
import io.github.netstatx.core.model.InterfaceFlag;
import io.github.netstatx.core.model.MulticastGroup;
import io.github.netstatx.core.model.NetInterface;
import java.util.ArrayList;
import java.util.List;

/**
 * AIX {@code netstat -in} / {@code -ian}. Layout measured on a real AIX output (python/cpython
 * {@code test_uuid.py}):
 *
 * <pre>
 * Name  Mtu   Network     Address           Ipkts Ierrs    Opkts Oerrs  Coll
 * en0   1500  link#2      fe.ad.c.1.23.4   1714807956     0 711348489     0     0
 *                         01:00:5e:00:00:01
 * </pre>
 *
 * Name padded to 5, a space, Mtu padded to 5, a space, Network padded to 11, a space, Address padded to
 * 17, Ipkts right-aligned in 6 (no space before it: wide counters run into the address), then Ierrs 5,
 * Opkts 8, Oerrs 5, Coll 5, each after a space. One {@code link#N} row per interface with the MAC in
 * dotted hex without leading zeros, then a row per address; every row repeats the counters. With
 * {@code -a}, memberships follow the row of their family, indented to the Address column. A name gets a
 * {@code *} when the interface is not up. Counters the model does not know print as {@code -}.
 */
final class AixInterfaceTable {

    static final String HEADER = "Name  Mtu   Network     Address           Ipkts Ierrs    Opkts Oerrs  Coll";
    private static final String GROUP_INDENT = " ".repeat(24);

    private final boolean groups;

    AixInterfaceTable(boolean groups) {
        this.groups = groups;
    }

    List<String> render(List<NetInterface> interfaces, List<MulticastGroup> memberships) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (NetInterface i : interfaces) {
            lines.add(row(i, "link#" + (i.index() == null ? "-" : i.index()), mac(i.hardwareAddress())));
            for (InterfaceAddress a : i.addresses()) {
                boolean v4 = AixText.isIpv4(a.address());
                String network = v4 && a.prefixLength() != null ? AixText.ipv4Network(a.address(), a.prefixLength())
                        : AixText.literal(a.address());
                lines.add(row(i, network, AixText.literal(a.address())));
                if (groups) {
                    for (MulticastGroup g : memberships) {
                        if (g.interfaceName().equals(i.name()) && AixText.isIpv4(g.group()) == v4) {
                            lines.add(GROUP_INDENT + AixText.literal(g.group()));
                        }
                    }
                }
            }
        }
        return lines;
    }

    private static String row(NetInterface i, String network, String address) {
        InterfaceCounters c = i.counters();
        StringBuilder sb = new StringBuilder(80);
        String name = TerminalSafe.dotted(i.name()) + (i.flags().contains(InterfaceFlag.UP) ? "" : "*");
        AixText.left(sb, name, 5).append(' ');
        AixText.left(sb, i.mtu() == null ? "-" : i.mtu().toString(), 5).append(' ');
        AixText.left(sb, network, 11).append(' ');
        AixText.left(sb, address, 17);
        AixText.right(sb, count(c == null ? null : c.rxPackets()), 6).append(' ');
        AixText.right(sb, count(c == null ? null : c.rxErrors()), 5).append(' ');
        AixText.right(sb, count(c == null ? null : c.txPackets()), 8).append(' ');
        AixText.right(sb, count(c == null ? null : c.txErrors()), 5).append(' ');
        AixText.right(sb, count(c == null ? null : c.collisions()), 5);
        return sb.toString();
    }

    private static String count(Long v) {
        return v == null ? "-" : Long.toUnsignedString(v);
    }

    /** {@code fe:ad:0c:01:23:04} as AIX prints it: {@code fe.ad.c.1.23.4}. */
    static String mac(String colonHex) {
        if (colonHex == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(17);
        for (String part : colonHex.split(":")) {
            String p = part.length() == 2 && part.charAt(0) == '0' ? part.substring(1) : part;
            sb.append(sb.length() == 0 ? "" : ".").append(p);
        }
        return sb.toString();
    }
}
