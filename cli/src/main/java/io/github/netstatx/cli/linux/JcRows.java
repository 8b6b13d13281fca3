package io.github.netstatx.cli.linux;

import io.github.netstatx.cli.json.JsonWriter;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.UnixInfo;

/**
 * {@code --format jc}: the records {@code netstat ARGS | jc --netstat} makes of the socket listing,
 * built from the same cells net-tools prints ({@link EndpointText}, {@link StateWords},
 * {@link ProgramColumn}, {@link TimerText}, {@link UnixRows#path}), so a playbook that used
 * {@code community.general.jc('netstat')} can take them unchanged. What jc 1.22.5 does with a row
 * (parser {@code netstat_linux} and {@code _process}), and so what these records hold:
 *
 * <ul>
 *   <li>keys are the lower-cased column headers, in column order, then {@code kind}, {@code pid},
 *       the split ports, {@code transport_protocol}, {@code network_protocol} and the {@code _num}
 *       keys; a column the options do not print has no key ({@code user} and {@code inode} come with
 *       {@code -e}, {@code program_name} with {@code -p}, {@code timer} with {@code -o});</li>
 *   <li>{@code recv_q}, {@code send_q}, {@code inode}, {@code refcnt} and {@code pid} are integers
 *       ({@code null} where net-tools prints {@code -}); everything else is a string;</li>
 *   <li>{@code local_address} and {@code local_port} are the column split at its last colon, the port
 *       a string ({@code "22"}, {@code "ssh"}, {@code "*"}); {@code local_port_num} is added only when
 *       that port is a number other than 0 (the same for {@code foreign_*});</li>
 *   <li>an empty State column (an unconnected UDP socket, an unconnected UNIX datagram socket) is
 *       {@code null}; RAW sockets keep the kernel's number as a string ({@code "7"});</li>
 *   <li>{@code PID/Program name} is split at its first {@code /} into {@code pid} and
 *       {@code program_name}; {@code -} (owner not visible) is {@code program_name: null} and no
 *       {@code pid} key;</li>
 *   <li>{@code transport_protocol} is {@code tcp} or {@code udp} when the Proto column contains that
 *       word, else {@code null} (raw); {@code network_protocol} is {@code ipv6} when it contains a
 *       {@code 6}; {@code kind} is {@code network} for Internet rows and {@code socket} for UNIX rows;</li>
 *   <li>UNIX rows: {@code flags} without its brackets ({@code [ ]} is {@code null}), and no
 *       {@code path} key for an unnamed socket.</li>
 * </ul>
 *
 * <p>The records are what jc makes of {@code netstat -W} (wide) output, with or without {@code -W}:
 * no address is cut to fit a column. Where jc 1.22.5 misreads a well-formed row, these records hold
 * what the row says instead: a program name with blanks in a row without a State or before the Timer
 * column, a UNIX inode wider than its column, several UNIX flags ({@code ACC W}), and service names
 * with digits ({@code pop3}: jc strips the letters and reports port 3; here there is no
 * {@code _num} key, as for any service name). SCTP rows, which jc cannot split, are written with the
 * same keys as other Internet rows ({@code recv_q}, {@code send_q} and the foreign side {@code null}
 * for a listening SCTP socket, whose row shows none).
 */
final class JcRows implements ListingRows {

    private final NetToolsOptions options;
    private final EndpointText endpoints;
    private final EndpointText sctpEndpoints;
    private final InetRows inetRows;
    private final boolean oneLine;
    private JsonWriter w;

    /**
     * @param endpoints host:port text, wide (jc's records are those of {@code netstat -W})
     * @param sctpEndpoints host:port text of SCTP rows, wide
     * @param oneLine one array per line (repeating runs: one line per sample), else one record per line
     */
    JcRows(NetToolsOptions options, EndpointText endpoints, EndpointText sctpEndpoints, boolean oneLine) {
        this.options = options;
        this.endpoints = endpoints;
        this.sctpEndpoints = sctpEndpoints;
        this.inetRows = new InetRows(options, endpoints);
        this.oneLine = oneLine;
    }

    @Override
    public void begin(StringBuilder sb) {
        w = new JsonWriter(sb, oneLine ? 0 : 1);
        w.beginArray();
    }

    @Override
    public void end(StringBuilder sb) {
        w.endArray();
        sb.append('\n');
    }

    @Override
    public void inetHeader(StringBuilder sb) {
        // titles and headers are not records
    }

    @Override
    public void unixHeader(StringBuilder sb) {
        // titles and headers are not records
    }

    @Override
    public void tcp(StringBuilder sb, SocketEntry e) {
        inet(e, e.recvQueue(), e.sendQueue(), endpoints.of(e.local(), e.family(), "tcp"),
                endpoints.of(e.remote(), e.family(), "tcp"), StateWords.tcp(e.state()),
                options.timers() ? TimerText.tcp(e.timer()) : null);
    }

    @Override
    public void udp(StringBuilder sb, SocketEntry e) {
        inet(e, e.recvQueue(), e.sendQueue(), endpoints.of(e.local(), e.family(), "udp"),
                endpoints.of(e.remote(), e.family(), "udp"), StateWords.datagram(e),
                options.timers() ? TimerText.datagram(e.timer(), true) : null);
    }

    @Override
    public void raw(StringBuilder sb, SocketEntry e) {
        inet(e, e.recvQueue(), e.sendQueue(), endpoints.of(e.local(), e.family(), "raw"),
                endpoints.of(e.remote(), e.family(), "raw"), Integer.toString(StateWords.datagramCode(e)),
                options.timers() ? TimerText.datagram(e.timer(), false) : null);
    }

    @Override
    public void sctpEndpoint(StringBuilder sb, SocketEntry e) {
        inet(e, null, null, InetRows.sctpAddress(e.local(), e, sctpEndpoints), null, StateWords.tcp(e.state()),
                options.timers() ? "" : null);
    }

    @Override
    public void sctpAssociation(StringBuilder sb, SocketEntry e) {
        inet(e, e.recvQueue(), e.sendQueue(), InetRows.sctpAddress(e.local(), e, sctpEndpoints),
                InetRows.sctpAddress(e.remote(), e, sctpEndpoints), StateWords.tcp(e.state()),
                options.timers() ? "" : null);
    }

    /**
     * One Internet record.
     *
     * @param foreign the Foreign Address column, or {@code null} for a row that has none
     * @param state the State column as net-tools prints it (empty for an unconnected UDP socket)
     * @param timer the Timer column, or {@code null} without {@code -o}
     */
    private void inet(SocketEntry e, Long recvQ, Long sendQ, String local, String foreign, String state,
            String timer) {
        String proto = InetRows.protoWord(e);
        int localColon = local.lastIndexOf(':');
        int foreignColon = foreign == null ? -1 : foreign.lastIndexOf(':');
        w.beginObject();
        w.name("proto").value(proto);
        w.name("recv_q").value(recvQ);
        w.name("send_q").value(sendQ);
        w.name("local_address").value(local.substring(0, localColon));
        w.name("foreign_address").value(foreign == null ? null : foreign.substring(0, foreignColon));
        w.name("state").value(blankIsNull(state));
        if (options.extend() > 0) {
            w.name("user").value(inetRows.user(e));
            w.name("inode").value(e.inode());
        }
        String program = options.programs() ? ProgramColumn.text(e).strip() : null;
        if (program != null) {
            w.name("program_name").value(programName(program));
        }
        if (timer != null) {
            w.name("timer").value(blankIsNull(timer));
        }
        w.name("kind").value("network");
        pid(program);
        String localPort = local.substring(localColon + 1);
        String foreignPort = foreign == null ? null : foreign.substring(foreignColon + 1);
        w.name("local_port").value(localPort);
        w.name("foreign_port").value(foreignPort);
        w.name("transport_protocol").value(proto.contains("tcp") ? "tcp" : proto.contains("udp") ? "udp" : null);
        w.name("network_protocol").value(proto.contains("6") ? "ipv6" : "ipv4");
        portNumber("local_port_num", localPort);
        portNumber("foreign_port_num", foreignPort);
        w.endObject();
    }

    @Override
    public void unix(StringBuilder sb, SocketEntry e) {
        UnixInfo u = e.unix();
        String flags = StateWords.unixFlags(u);
        String program = options.programs() ? ProgramColumn.text(e).strip() : null;
        String path = UnixRows.path(u.path());
        w.beginObject();
        w.name("proto").value("unix");
        w.name("refcnt").value(u.refCount());
        w.name("flags").value(blankIsNull(flags.substring(1, flags.length() - 1).strip()));
        w.name("type").value(StateWords.unixType(u));
        w.name("state").value(blankIsNull(StateWords.unixState(u)));
        w.name("inode").value(e.inode());
        if (program != null) {
            w.name("program_name").value(programName(program));
        }
        if (!path.isEmpty()) {
            w.name("path").value(path);
        }
        w.name("kind").value("socket");
        pid(program);
        w.endObject();
    }

    /** {@code PID/name} without its pid, or {@code null} for {@code -}. */
    private static String programName(String column) {
        return column.equals("-") ? null : column.substring(column.indexOf('/') + 1);
    }

    /** The {@code pid} key, present only when the program column names a process. */
    private void pid(String column) {
        if (column != null && !column.equals("-")) {
            w.name("pid").value(Long.parseLong(column.substring(0, column.indexOf('/'))));
        }
    }

    /** jc's {@code _num} key: only for a port written as a number other than 0. */
    private void portNumber(String key, String port) {
        if (port == null || port.isEmpty() || port.length() > 5) {
            return;
        }
        for (int i = 0; i < port.length(); i++) {
            if (port.charAt(i) < '0' || port.charAt(i) > '9') {
                return;
            }
        }
        int n = Integer.parseInt(port);
        if (n != 0) {
            w.name(key).value(n);
        }
    }

    private static String blankIsNull(String s) {
        return s.isBlank() ? null : s;
    }
}
