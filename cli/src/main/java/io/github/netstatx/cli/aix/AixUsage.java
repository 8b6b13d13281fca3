package io.github.netstatx.cli.aix;

import java.util.List;

/**
 * The usage synopsis printed for a bad AIX command line: the forms of IBM's AIX 7 command reference
 * (AIX netstat's own usage text has not been recorded; these lines say what this dialect accepts).
 */
final class AixUsage {

    static final List<String> LINES = List.of(
            "usage: netstat [-n] [{-A -a} | {-r -i -I Interface}] [-f AddressFamily] [-p Protocol] [Interval]",
            "       netstat [-s] [-f AddressFamily] [-p Protocol] [Interval]",
            "netstatx: the AIX dialect shows -a -A -n -f -i -I -r -s -ss -p -v and an interval; -g -u -m -M -c -C -D -P",
            "          are accepted but not available yet. More: netstatx --dialect aix --help");

    /** The AIX dialect's additions, printed by {@code --help} before netstatx's shared options. */
    static final List<String> HELP = List.of(
            "The AIX dialect (default on AIX): AIX netstat's options and layouts.",
            "  netstat -an | -Aan [-f inet|inet6|unix]  sockets (-A: PCB address column)",
            "  netstat -in | -ian [-I Interface]    interfaces (-a: multicast memberships)",
            "  netstat -rn [-f inet|inet6]          routing tables",
            "  netstat -s | -ss | -p Protocol       protocol statistics (-ss: without zero lines;",
            "                                       protocols icmp igmp tcp udp ip ipv6 icmpv6)",
            "  netstat -v                           adapter statistics: the general sections of each",
            "                                       adapter's block (device-specific ones are not shown)",
            "",
            "On AIX, owners (--json, --facts) come from read-only sources, as root: lsof, else kdb.",
            "  --aix-owners=read-only|rmsock|none   how the aix-commands backend finds socket owners.",
            "     rmsock is NOT read-only: when no process holds a socket, rmsock ABORTS it and frees",
            "     its port (IBM's rmsock documentation). With --aix-owners=rmsock netstatx runs it only",
            "     for LISTEN, ESTABLISHED and CLOSE_WAIT sockets (always held by a descriptor), never",
            "     for FIN_WAIT_1/2, CLOSING, LAST_ACK or TIME_WAIT; a socket that closes between the",
            "     netstat run and rmsock can still be removed. Needs root; rmsock logs to",
            "     /var/adm/ras/rmsock.log.",
            "");

    private AixUsage() {
    }
}
