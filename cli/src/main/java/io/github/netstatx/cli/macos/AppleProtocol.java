package io.github.netstatx.cli.macos;

import java.util.List;
import java.util.Optional;

/**
 * The protocol names Apple's netstat knows ({@code protox}, {@code ip6protox}, {@code pfkeyprotox},
 * {@code systmprotox}, {@code nstatprotox}, {@code ipcprotox}, {@code kernprotox} in network_cmds
 * {@code main.c}), in its search order: {@code -p tcp} finds the first entry of that name. Each says whether
 * netstat prints control blocks for it and which IP protocol number its rows carry.
 *
 * @param table which of netstat's tables the entry is in (inet entries print as {@code Internet} rows)
 * @param number the IP protocol ({@code xso_protocol}) of the rows, or -1 for entries without inet rows
 * @param socketRows whether the entry has a control-block printer
 */
record AppleProtocol(String name, Table table, int number, boolean socketRows) {

    enum Table { INET, INET6, PFKEY, SYSTEM, NSTAT, IPC, KERN }

    static final int IPPROTO_RAW = 255;

    /** Every entry, in netstat's order. */
    static final List<AppleProtocol> ALL = List.of(
            new AppleProtocol("tcp", Table.INET, 6, true),
            new AppleProtocol("udp", Table.INET, 17, true),
            new AppleProtocol("divert", Table.INET, 254, true),
            new AppleProtocol("ip", Table.INET, IPPROTO_RAW, true),
            new AppleProtocol("icmp", Table.INET, 1, true),
            new AppleProtocol("igmp", Table.INET, 2, true),
            new AppleProtocol("ipsec", Table.INET, -1, false),
            new AppleProtocol("arp", Table.INET, -1, false),
            new AppleProtocol("mptcp", Table.INET, -1, true),
            new AppleProtocol("tcp", Table.INET6, 6, true),
            new AppleProtocol("udp", Table.INET6, 17, true),
            new AppleProtocol("ip6", Table.INET6, IPPROTO_RAW, true),
            new AppleProtocol("icmp6", Table.INET6, 58, true),
            new AppleProtocol("ipsec6", Table.INET6, -1, false),
            new AppleProtocol("rip6", Table.INET6, -1, false),
            new AppleProtocol("mptcp", Table.INET6, -1, true),
            new AppleProtocol("pfkey", Table.PFKEY, -1, false),
            new AppleProtocol("reg", Table.SYSTEM, -1, true),
            new AppleProtocol("kevt", Table.SYSTEM, -1, true),
            new AppleProtocol("kctl", Table.SYSTEM, -1, true),
            new AppleProtocol("nstat", Table.NSTAT, -1, false),
            new AppleProtocol("xbkidle", Table.IPC, -1, false),
            new AppleProtocol("net_api", Table.KERN, -1, false));

    /** Aliases macOS's /etc/protocols gives the inet names (netstat resolves an alias to its protocol name). */
    private static final List<String> ALIASES = List.of("IP", "ICMP", "IGMP", "TCP", "UDP");

    /** netstat's {@code name2protox}: a known name, or an /etc/protocols alias of one. */
    static Optional<AppleProtocol> byName(String name) {
        String wanted = ALIASES.contains(name) ? name.toLowerCase(java.util.Locale.ROOT) : name;
        return ALL.stream().filter(p -> p.name.equals(wanted)).findFirst();
    }

    static List<AppleProtocol> table(Table t) {
        return ALL.stream().filter(p -> p.table == t).toList();
    }

    boolean inet() {
        return table == Table.INET || table == Table.INET6;
    }
}
