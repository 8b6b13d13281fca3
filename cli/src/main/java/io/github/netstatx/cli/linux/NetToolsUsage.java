package io.github.netstatx.cli.linux;

/**
 * The texts of {@code netstat -h} and {@code netstat -V}. The usage is net-tools 2.10's as Debian
 * builds it (with the {@code -M} and {@code -Z} lines); the family list after it always goes to
 * stderr, as net-tools writes it there. {@code -h} adds netstatx's own options before the
 * {@code <Socket>} block; the usage after a bad option is net-tools' unchanged.
 */
final class NetToolsUsage {

    static final String USAGE = """
            usage: netstat [-vWeenNcCF] [<Af>] -r         netstat {-V|--version|-h|--help}
                   netstat [-vWnNcaeol] [<Socket> ...]
                   netstat { [-vWeenNac] -i | [-cnNe] -M | -s [-6tuw] }

                    -r, --route              display routing table
                    -i, --interfaces         display interface table
                    -g, --groups             display multicast group memberships
                    -s, --statistics         display networking statistics (like SNMP)
                    -M, --masquerade         display masqueraded connections

                    -v, --verbose            be verbose
                    -W, --wide               don't truncate IP addresses
                    -n, --numeric            don't resolve names
                    --numeric-hosts          don't resolve host names
                    --numeric-ports          don't resolve port names
                    --numeric-users          don't resolve user names
                    -N, --symbolic           resolve hardware names
                    -e, --extend             display other/more information
                    -p, --programs           display PID/Program name for sockets
                    -o, --timers             display timers
                    -c, --continuous         continuous listing

                    -l, --listening          display listening server sockets
                    -a, --all                display all sockets (default: connected)
                    -F, --fib                display Forwarding Information Base (default)
                    -C, --cache              display routing cache instead of FIB
                    -Z, --context            display SELinux security context for sockets
            """;

    static final String NETSTATX_OPTIONS = """

              netstatx additions:
                    N                        a trailing number N repeats the listing every N seconds
                    --dialect linux|windows  choose the option dialect (default: from the OS)
                    --backend ID             collect with this backend (see --list-backends)
                    --list-backends          list the backends, their priority and availability
                    --fs-root PATH           read /proc and /etc below PATH (fixtures, containers)
                    -I IFACE, --interfaces=IFACE  with -i: only this interface
                    --json, --format FMT     output as table (default), json, jc or prometheus
                    --changes                with an interval: only sockets that appeared, went or changed
                    --input FILE|-           render a document saved with --json instead of live data
                    --capture DIR            also save the raw sources read into DIR (docs/CAPTURE.md)
                    --replay DIR             render a capture instead of live data, on any OS
                    --output FILE            write stdout to FILE atomically (temp file, then rename)
                    --facts[=ansible]        listener facts for Facter/Ohai (Ansible: without the key)
                    --json-schema            print the JSON schema
                    --translate ARGS...      say what ARGS mean in the other dialect and in ss
            """;

    static final String SOCKETS_AND_FAMILIES = """

              <Socket>={-t|--tcp} {-u|--udp} {-U|--udplite} {-S|--sctp} {-w|--raw}
                       {-x|--unix} --ax25 --ipx --netrom
              <AF>=Use '-6|-4' or '-A <af>' or '--<af>'; default: inet
              List of possible address families (which support routing):
            """;

    /** Three families a line, each line ending in a blank, as net-tools' {@code print_aflist}. */
    static final String FAMILY_LIST = "    inet (DARPA Internet) inet6 (IPv6) ax25 (AMPR AX.25) \n"
            + "    netrom (AMPR NET/ROM) rose (AMPR ROSE) ipx (Novell IPX) \n"
            + "    ddp (Appletalk DDP) x25 (CCITT X.25) \n";

    private NetToolsUsage() {
    }

    /** The usage net-tools prints (to stdout for {@code -h}, to stderr after a bad option). */
    static String usage(boolean withNetstatxOptions) {
        return withNetstatxOptions ? USAGE + NETSTATX_OPTIONS + SOCKETS_AND_FAMILIES : USAGE + SOCKETS_AND_FAMILIES;
    }

    /**
     * {@code -V} in net-tools' shape (release, signature, features), naming netstatx.
     *
     * @param version netstatx's version, or {@code null} when not run from a packaged jar
     */
    static String version(String version) {
        return "netstatx " + (version == null ? "(development build)" : version) + "\n"
                + "netstatx, one netstat for Linux, Windows, macOS and AIX: this is not net-tools;"
                + " its linux dialect follows net-tools netstat 2.10\n"
                + "AF: (inet) +UNIX +INET +INET6 -IPX -AX25 -NETROM -X25 -ATALK -ECONET -ROSE -BLUETOOTH\n";
    }
}
