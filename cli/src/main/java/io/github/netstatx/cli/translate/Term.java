package io.github.netstatx.cli.translate;

/**
 * The translation table: one row per thing a command line can ask for, with its spelling in
 * netstat.exe, in net-tools netstat and in iproute2 terms, and what differs. Readers turn each
 * dialect's options into terms, writers spell terms in the other dialect; the README's table is
 * this enum ({@code netstatx --translate} with no arguments prints it). {@code null} = no spelling.
 */
public enum Term {
    // Which sockets.
    TCP("TCP sockets", "(default), -p TCP|TCPv6", "-t", "-t", null),
    UDP("UDP sockets", "-a (+ -p UDP|UDPv6)", "-u", "-u",
            "netstat.exe lists UDP endpoints only with -a and cannot tell connected ones from unconnected ones"),
    RAW("raw sockets", null, "-w", "-w", "netstat.exe has no raw-socket listing"),
    UDPLITE("UDP-Lite sockets", null, "-U", null, "netstat.exe and ss have no UDP-Lite listing"),
    SCTP("SCTP sockets", null, "-S", "-S", "netstat.exe has no SCTP listing"),
    UNIX("UNIX domain sockets", null, "-x", "-x", "netstat.exe has no UNIX-socket listing"),
    IPV4_ONLY("IPv4 only", "-p TCP / -p UDP", "-4", "-4", "netstat.exe's -p takes one protocol of one family"),
    IPV6_ONLY("IPv6 only", "-p TCPv6 / -p UDPv6", "-6", "-6", "netstat.exe's -p takes one protocol of one family"),
    ALL("listeners and connections", "-a", "-a", "-a", null),
    LISTENING("listeners only", "-a | findstr LISTENING", "-l", "-l",
            "netstat.exe has no listeners-only switch: list everything with -a and keep the LISTENING rows"),
    BOUND("bound, idle TCP sockets (BOUND)", "-q", null, "-B",
            "net-tools cannot see bound-only TCP sockets; ss -B needs a recent iproute2 and kernel (not iproute2 6.1)"),
    // How they are shown.
    NUMERIC("numeric addresses and ports", "-n", "-n", "-n", "ss resolves host names only with -r"),
    FULL_NAMES("full host names", "-f", "-W", "-r",
            "netstat.exe shows the first label of a foreign name unless -f; net-tools shows the whole name, cut to the "
                    + "column unless -W"),
    PIDS("owning process id", "-o", "-p", "-p",
            "net-tools and ss show PID/Program name, and other users' processes only to root"),
    PROGRAMS("owning program name", "-b", "-p", "-p",
            "netstat.exe -b needs an elevated prompt and prints the executable on a line of its own"),
    COMPONENTS("owning service or module", "-b", null, null,
            "Linux has no per-socket service or module; netstatx shows the executable only"),
    TIMERS("socket timers", null, "-o", "-o", "netstat.exe shows no timers (-i, Windows 11, shows time in state)"),
    EXTENDED("user and inode", null, "-e", "-e", "Windows sockets have no user or inode column"),
    WIDE("addresses never cut", "(always)", "-W", "(always)", null),
    OFFLOAD("TCP offload state", "-t", null, null, "Linux has no TCP chimney offload; every connection is InHost"),
    TEMPLATE("TCP connection template", "-y", null, null,
            "Linux has no TCP templates (ss -i shows each connection's TCP parameters)"),
    TIME_IN_STATE("time in current state", "-i", null, null,
            "Linux does not record when a socket entered its state (ss -o shows the running timers)"),
    // Other displays.
    ROUTES("routing table", "-r", "-r (-6: IPv6)", "ip route / ip -6 route",
            "net-tools -r and ip route show the IPv4 table (-6: the IPv6 one); netstat.exe -r prints both"),
    INTERFACES("interface counters", "-e", "-i", "ip -s link",
            "netstat.exe -e sums all interfaces; net-tools -i prints one line per interface"),
    INTERFACE_DETAILS("interface details, ifconfig style", "-e + ipconfig /all", "-ie", "ip -s address",
            "netstat.exe -e sums the counters of all interfaces; ipconfig /all lists each interface's addresses"),
    STATISTICS("per-protocol statistics", "-s (-p IP|ICMP|TCP|UDP[v6])", "-s (-t|-u|-w)", "nstat -az", null),
    GROUPS("multicast group memberships", null, "-g", "ip maddr show",
            "netstat.exe has none (netsh interface ipv4 show joins)"),
    MASQUERADE("masqueraded connections", null, "-M", "conntrack -L --src-nat",
            "netstat.exe has none; conntrack -L lists IPv4 entries, --src-nat keeps the source-NATed ones"),
    NETWORK_DIRECT("NetworkDirect (RDMA) endpoints", "-x", null, null, "Linux has no NetworkDirect"),
    INTERVAL("repeat every N seconds", "N", "-c (every second)", "watch -n N ...",
            "net-tools 2.10 repeats only every second (-c); netstatx also honours a trailing N");

    private final String meaning;
    private final String windows;
    private final String netTools;
    private final String ss;
    private final String note;

    Term(String meaning, String windows, String netTools, String ss, String note) {
        this.meaning = meaning;
        this.windows = windows;
        this.netTools = netTools;
        this.ss = ss;
        this.note = note;
    }

    /** What the term asks for, in words. */
    public String meaning() {
        return meaning;
    }

    /** The netstat.exe spelling, or {@code null} when it has none. */
    public String windows() {
        return windows;
    }

    /** The net-tools netstat spelling, or {@code null} when it has none. */
    public String netTools() {
        return netTools;
    }

    /** The iproute2 spelling ({@code ss} or the tool that replaces netstat there), or {@code null}. */
    public String ss() {
        return ss;
    }

    /** What differs between the tools, or {@code null}. */
    public String note() {
        return note;
    }
}
