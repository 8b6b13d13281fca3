package io.github.netstatx.cli.options;

import static io.github.netstatx.cli.options.CliOption.flag;
import static io.github.netstatx.cli.options.CliOption.valued;
import static io.github.netstatx.cli.options.OptionScope.BOTH;
import static io.github.netstatx.cli.options.OptionScope.LINUX_ADDITION;
import static io.github.netstatx.cli.options.OptionScope.NETSTAT_EXE;
import static io.github.netstatx.cli.options.OptionScope.NET_TOOLS;

import java.util.List;

/**
 * Every option netstatx reads, in both dialects, in one place. Both dialects' help for the additions
 * is printed from it at run time; at build time the {@code dist} module turns it into the man page
 * and the bash, zsh, fish and PowerShell completions (with picocli, which stays off the run-time
 * path); tests hold it against the grammars ({@code NetToolsCommandLine}, {@code WindowsFlag},
 * {@code ExtensionOptions}) and README's options table, so an option added in one place and not the
 * others fails the build. Adding an option is one entry here.
 *
 * <p>The grammars stay hand-written (byte-exact errors, start-up time): this table describes them,
 * it does not parse.
 */
public final class OptionTable {

    /** The trailing interval both dialects accept, as help and the man page describe it. */
    public static final String INTERVAL_SUMMARY = "a trailing number N repeats the output every N seconds";

    /** How every filter option reads its value, for the man page. */
    private static final String FILTER_GRAMMAR = "Values are comma-separated; a repeated option adds values; "
            + "different filter options must all match; a leading ! keeps the sockets that match none of the "
            + "values (quote it in a shell: '!22').";

    private static final String[] FAMILIES = {"inet", "inet6", "unix", "ipx", "ax25", "netrom", "ddp", "x25",
        "rose", "bluetooth"};

    public static final List<CliOption> ALL = List.of(
            // --- netstatx's additions, read by both dialects (ExtensionOptions) ---
            valued(BOTH, "DIALECT", "read the options as net-tools netstat (linux), netstat.exe (windows), AIX "
                    + "netstat (aix) or Apple's netstat (macos)", "--dialect").withChoices("linux", "windows", "aix", "macos")
                    .withDetails("Without it: NETSTATX_DIALECT, then a leading / on an option (windows), "
                            + "then the host OS."),
            valued(BOTH, "ID", "collect with this backend instead of the best available one", "--backend"),
            flag(BOTH, "list the backends, whether each can run here, and why", "--list-backends"),
            valued(BOTH, "PATH", "read /proc and /etc below PATH instead of / (containers, fixtures)",
                    "--fs-root").withFiles(),
            valued(BOTH, "FORMAT", "output as table (default), json, jc or prometheus", "--format")
                    .withChoices("table", "json", "jc", "prometheus")
                    .withDetails("json is the typed JSON contract (NDJSON with an interval); jc gives the "
                            + "records of 'netstat -W ARGS | jc --netstat' (linux dialect); prometheus gives "
                            + "fixed metrics for node_exporter's textfile collector."),
            flag(BOTH, "same as --format json", "--json"),
            flag(BOTH, "with an interval: only sockets that appeared, went or changed state", "--changes"),
            valued(BOTH, "FILE", "render a document saved with --json (- for stdin) instead of live data",
                    "--input").withFiles(),
            valued(BOTH, "SIZE", "the most bytes --input reads (default 64M; K, M, G suffixes)", "--input-limit"),
            valued(BOTH, "FILE", "write stdout to FILE, replaced atomically after each sample", "--output")
                    .withFiles(),
            flag(BOTH, "print the JSON Schema of --json output", "--json-schema"),
            valued(BOTH, "DIR", "also save the raw sources the backend reads into DIR (a capture)", "--capture")
                    .withFiles().withDetails("See docs/CAPTURE.md."),
            valued(BOTH, "DIR", "render from a capture made with --capture instead of the live system",
                    "--replay").withFiles(),
            valued(BOTH, "NAME|PATH|PID", "collect in that network namespace (Linux)", "--netns"),
            valued(BOTH, "MODE", "AIX socket owners: read-only (default), none, or rmsock (aborts orphaned sockets)",
                    "--aix-owners").withChoices("read-only", "rmsock", "none")
                    .withDetails("read-only uses lsof as root, or kdb's sockinfo where lsof is missing. rmsock ABORTS sockets no process holds and frees "
                            + "their ports; netstatx hands it only LISTEN, ESTABLISHED and CLOSE_WAIT sockets."),
            flag(BOTH, "print the TCP/UDP listeners as facts for Facter and Ohai (=ansible: for Ansible)",
                    "--facts").withArity(ValueArity.OPTIONAL_ATTACHED, "ansible")
                    .withChoices("ansible", "listen_ports", "listen_ports_all")
                    .withDetails("=listen_ports prints exactly the facts of Ansible's "
                            + "community.general.listen_ports_facts; =listen_ports_all those it gives with "
                            + "include_non_listening: true (every TCP/UDP socket, with state and foreign_address)."),
            flag(BOTH, "say what ARGS mean in the other dialect and in ss", "--translate")
                    .withArity(ValueArity.REST, "ARGS"),
            valued(BOTH, "STATES", "only sockets in one of these TCP states (LISTEN,ESTABLISHED)", "--state")
                    .withDetails(FILTER_GRAMMAR + " Any dialect's word is taken (LISTENING, SYN_RECV, TIME-WAIT); "
                            + "a connected UDP socket is ESTABLISHED, other sockets without a state match no state."),
            valued(BOTH, "PORTS", "only sockets with a local or remote port in PORTS (N or A-B)", "--port")
                    .withDetails(FILTER_GRAMMAR),
            valued(BOTH, "PORTS", "only sockets with a local port in PORTS", "--local-port").withDetails(FILTER_GRAMMAR),
            valued(BOTH, "PORTS", "only sockets with a remote port in PORTS", "--remote-port")
                    .withDetails(FILTER_GRAMMAR),
            valued(BOTH, "ADDRS", "only sockets with a local or remote address in ADDRS (addresses, CIDR blocks)",
                    "--address").withDetails(FILTER_GRAMMAR + " Names are not resolved."),
            valued(BOTH, "ADDRS", "only sockets with a local address in ADDRS", "--local-address")
                    .withDetails(FILTER_GRAMMAR),
            valued(BOTH, "ADDRS", "only sockets with a remote address in ADDRS", "--remote-address")
                    .withDetails(FILTER_GRAMMAR),
            valued(BOTH, "PIDS", "only sockets held by one of these process ids", "--pid")
                    .withDetails(FILTER_GRAMMAR + " Reads the owners even without -p or -o."),
            valued(BOTH, "NAMES", "only sockets held by these programs (exact; * matches any characters)",
                    "--program").withDetails(FILTER_GRAMMAR + " Reads the owners even without -p or -o."),
            valued(BOTH, "USERS", "only sockets of these users (names or numeric uids)", "--user")
                    .withDetails(FILTER_GRAMMAR),
            flag(BOTH, "count the listed sockets by protocol, family and state, like ss -s", "--summary"),

            // --- the Linux dialect: net-tools netstat 2.10 (NetToolsCommandLine) ---
            flag(NET_TOOLS, "display routing table", "-r", "--route"),
            flag(NET_TOOLS, "display interface table (=IFACE: only that interface)", "-i", "--interfaces")
                    .withArity(ValueArity.OPTIONAL_ATTACHED, "IFACE"),
            flag(NET_TOOLS, "display multicast group memberships", "-g", "--groups"),
            flag(NET_TOOLS, "display networking statistics (like SNMP)", "-s", "--statistics"),
            flag(NET_TOOLS, "display masqueraded (source-NATed) connections", "-M", "--masquerade"),
            flag(NET_TOOLS, "be verbose", "-v", "--verbose"),
            flag(NET_TOOLS, "don't truncate IP addresses", "-W", "--wide"),
            flag(NET_TOOLS, "don't resolve names", "-n", "--numeric"),
            flag(NET_TOOLS, "don't resolve host names", "--numeric-hosts"),
            flag(NET_TOOLS, "don't resolve port names", "--numeric-ports"),
            flag(NET_TOOLS, "don't resolve user names", "--numeric-users"),
            flag(NET_TOOLS, "resolve hardware names", "-N", "--symbolic"),
            flag(NET_TOOLS, "display other/more information (twice: more)", "-e", "--extend"),
            flag(NET_TOOLS, "display PID/Program name for sockets", "-p", "--programs"),
            flag(NET_TOOLS, "display timers", "-o", "--timers"),
            flag(NET_TOOLS, "continuous listing, every second", "-c", "--continuous"),
            flag(NET_TOOLS, "display listening server sockets", "-l", "--listening"),
            flag(NET_TOOLS, "display all sockets (default: connected)", "-a", "--all"),
            flag(NET_TOOLS, "display Forwarding Information Base (default)", "-F", "--fib"),
            flag(NET_TOOLS, "display routing cache instead of FIB", "-C", "--cache"),
            flag(NET_TOOLS, "display SELinux security context for sockets", "-Z", "--context"),
            flag(NET_TOOLS, "TCP sockets", "-t", "--tcp"),
            flag(NET_TOOLS, "UDP sockets", "-u", "--udp"),
            flag(NET_TOOLS, "UDP-Lite sockets", "-U", "--udplite"),
            flag(NET_TOOLS, "SCTP sockets", "-S", "--sctp"),
            flag(NET_TOOLS, "raw sockets", "-w", "--raw"),
            flag(NET_TOOLS, "UNIX domain sockets", "-x", "--unix"),
            flag(NET_TOOLS, "Bluetooth L2CAP sockets", "-2", "--l2cap"),
            flag(NET_TOOLS, "Bluetooth RFCOMM sockets", "-f", "--rfcomm"),
            valued(NET_TOOLS, "AF", "address families, comma-separated (inet, inet6, unix, ...)", "-A", "--protocol")
                    .withChoices(FAMILIES),
            flag(NET_TOOLS, "IPv4 only (-A inet)", "-4", "--inet", "--ip", "--tcpip"),
            flag(NET_TOOLS, "IPv6 only (-A inet6)", "-6", "--inet6"),
            flag(NET_TOOLS, "AX.25 sockets (-A ax25)", "--ax25"),
            flag(NET_TOOLS, "X.25 sockets (-A x25)", "--x25"),
            flag(NET_TOOLS, "IPX sockets (-A ipx)", "--ipx"),
            flag(NET_TOOLS, "AppleTalk DDP sockets (-A ddp)", "--ddp", "--appletalk"),
            flag(NET_TOOLS, "NET/ROM sockets (-A netrom)", "--netrom"),
            flag(NET_TOOLS, "ROSE sockets (-A rose)", "--rose"),
            flag(NET_TOOLS, "Bluetooth sockets (-A bluetooth)", "--bluetooth"),
            flag(NET_TOOLS, "accepted without effect, as net-tools does", "-d"),
            flag(NET_TOOLS, "print the version and the commit it was built from", "-V", "--version"),
            flag(NET_TOOLS, "print this usage with netstatx's additions", "-h", "--help", "-?"),

            // --- the Linux dialect beyond net-tools 2.10 ---
            valued(LINUX_ADDITION, "IFACE", "with -i: only this interface (also --interfaces=IFACE)", "-I"),

            // --- the Windows dialect: netstat.exe (WindowsGrammar, WindowsFlag) ---
            flag(NETSTAT_EXE, "all connections and listening ports", "/a"),
            flag(NETSTAT_EXE, "the executable (and component) behind each connection or listener", "/b"),
            flag(NETSTAT_EXE, "interface (Ethernet) statistics; combines with /s", "/e"),
            flag(NETSTAT_EXE, "fully qualified names for foreign addresses", "/f"),
            flag(NETSTAT_EXE, "time a TCP connection has spent in its current state", "/i"),
            flag(NETSTAT_EXE, "addresses and ports as numbers", "/n"),
            flag(NETSTAT_EXE, "the owning process ID of each connection", "/o"),
            valued(NETSTAT_EXE, "PROTO", "only this protocol (with /s: IP, IPv6, ICMP and ICMPv6 too)", "/p")
                    .withChoices("TCP", "UDP", "TCPv6", "UDPv6", "IP", "IPv6", "ICMP", "ICMPv6"),
            flag(NETSTAT_EXE, "as /a, plus bound TCP ports that do not listen", "/q"),
            flag(NETSTAT_EXE, "the routing table (route print)", "/r"),
            flag(NETSTAT_EXE, "per-protocol statistics", "/s"),
            flag(NETSTAT_EXE, "the connection offload state", "/t"),
            flag(NETSTAT_EXE, "NetworkDirect connections, listeners and shared endpoints", "/x"),
            flag(NETSTAT_EXE, "the TCP connection template of every connection; stands alone", "/y"),
            flag(NETSTAT_EXE, "netstat.exe's usage (--help: with netstatx's additions)", "/?"));

    private OptionTable() {
    }

    /** The options of one scope, in table order. */
    public static List<CliOption> of(OptionScope scope) {
        return ALL.stream().filter(o -> o.scope() == scope).toList();
    }
}
