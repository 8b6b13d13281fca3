package io.github.netstatx.backend.linux;

import io.github.netstatx.backend.linux.jna.InetDiagDump;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Severity;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import io.github.netstatx.core.parse.ParseResult;
import io.github.netstatx.core.query.Scope;
import io.github.netstatx.core.query.SocketQuery;
import io.github.netstatx.core.spi.BackendConfig;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a collection's TCP tables through the kernel's sock_diag netlink interface instead of
 * {@code /proc/net/tcp} and {@code tcp6}, when that pays off: {@code /proc} makes the kernel print every socket as
 * text (and us parse it) however few the listing shows, while sock_diag lets the kernel keep only the wanted ones.
 * The entries are those {@code /proc} gives, in its order: both walk the same listening and established hash
 * tables bucket by bucket, and each family's dump keeps that family's sockets (proved by
 * {@code TcpSockDiagNamespaceTest} and the CLI's {@code SockDiagParityTest}).
 *
 * <p>The choice ({@value #OPTION} backend option: {@code auto}, the default, or {@code always} / {@code never}):
 * <ul>
 *   <li>never on a root other than the live system ({@code --fs-root}, {@code --replay}) nor while capturing:
 *       a capture records the {@code /proc} files, so its replay shows the same;</li>
 *   <li>never with timers ({@code -o}): sock_diag has no equivalent of the {@code /proc} timer columns (see
 *       {@link InetDiagMessageDecoder});</li>
 *   <li>{@code auto}: only for the listening scope ({@code -l}) or a prefilter of states without ESTABLISHED (the
 *       state of nearly every socket in a large table), and only when
 *       {@code /proc/net/sockstat} and {@code sockstat6} count at least {@value #AUTO_THRESHOLD} TCP sockets:
 *       below that, loading JNA (25-100 ms) costs more than reading {@code /proc} (docs/DESIGN.md);</li>
 *   <li>{@code always}: every scope, at any size (tests, comparisons).</li>
 * </ul>
 * The kernel filter is net-tools' own: {@code -l} lists TCP sockets whose remote port is 0 (listeners, and a
 * SYN_SENT to port 0), without {@code -l} or {@code -a} those whose remote port is not; every state
 * {@code /proc/net/tcp} lists is asked for, or those the query's
 * {@link io.github.netstatx.core.query.SocketPrefilter} keeps (its ports and the scope are applied to the decoded
 * entries). When sock_diag fails (no JNA, seccomp, a kernel without {@code inet_diag}), the table is read from
 * {@code /proc} and an INFO diagnostic says why.
 */
final class TcpSockDiag {

    /** The backend option that chooses: {@code auto}, {@code always} or {@code never}. */
    static final String OPTION = "linux.sock-diag";
    /** TCP sockets (sockstat: {@code inuse} of both families, {@code tw}) from which {@code auto} uses sock_diag. */
    static final long AUTO_THRESHOLD = 50_000;
    /**
     * {@code 1 << state} for every state {@code /proc/net/tcp} lists: ESTABLISHED (1) to NEW_SYN_RECV (12).
     * Not BOUND_INACTIVE (13): kernels since 6.8 dump bound, unlistened sockets for it, which {@code /proc} never
     * shows.
     */
    static final int PROC_STATES = 0x1FFE;
    private static final int AF_INET = 2;
    private static final int AF_INET6 = 10;
    private static final int IPPROTO_TCP = 6;

    private enum Mode { AUTO, ALWAYS, NEVER }

    private final LinuxRawSource source;
    private final BackendConfig config;
    private final InetDiagDump.RemotePort remote;
    private final int states;
    /** Set when a dump failed: the other family's table is read from {@code /proc} without asking again. */
    private boolean failed;

    private TcpSockDiag(LinuxRawSource source, BackendConfig config, InetDiagDump.RemotePort remote, int states) {
        this.source = source;
        this.config = config;
        this.remote = remote;
        this.states = states;
    }

    /** The sock_diag reader for this query, or {@code null} when its TCP tables are to be read from {@code /proc}. */
    static TcpSockDiag choose(SocketQuery query, LinuxRawSource source, BackendConfig config) {
        Mode mode = mode(config);
        if (mode == Mode.NEVER || !query.protocols().contains(Protocol.TCP) || query.timers()
                || !source.isLiveRoot() || source.isReplay() || source.isCapturing()) {
            return null;
        }
        Set<TcpState> wanted = query.prefilter().states();
        boolean fewStates = query.scope() == Scope.LISTENING
                || wanted != null && !wanted.contains(TcpState.ESTABLISHED);
        if (mode == Mode.AUTO && (!fewStates || tcpSockets(source) < AUTO_THRESHOLD)) {
            return null;
        }
        // decided only now: the listings that read /proc load no class of the jna package
        InetDiagDump.RemotePort remote = switch (query.scope()) {
            case LISTENING -> InetDiagDump.RemotePort.ZERO;
            case CONNECTED -> InetDiagDump.RemotePort.NONZERO;
            case ALL -> InetDiagDump.RemotePort.ANY;
        };
        return new TcpSockDiag(source, config, remote, stateMask(wanted));
    }

    /** The kernel states to ask for: those whose canonical state the prefilter keeps, among those /proc lists. */
    static int stateMask(Set<TcpState> wanted) {
        if (wanted == null) {
            return PROC_STATES;
        }
        int mask = 0;
        for (LinuxTcpState s : LinuxTcpState.values()) {
            if (wanted.contains(s.canonical)) {
                mask |= 1 << s.code;
            }
        }
        return mask & PROC_STATES;
    }

    private static Mode mode(BackendConfig config) {
        String value = config.backendOption(OPTION).orElse("auto").toLowerCase(Locale.ROOT);
        return switch (value) {
            case "always" -> Mode.ALWAYS;
            case "never" -> Mode.NEVER;
            default -> Mode.AUTO;
        };
    }

    /** TCP sockets of the namespace by sockstat, or 0 when it cannot be read (then {@code /proc} it is). */
    private static long tcpSockets(LinuxRawSource source) {
        try {
            byte[] sockstat = source.read("proc/net/sockstat");
            Long v4 = ProcNetSockstatParser.count(sockstat, "TCP:", "inuse");
            Long tw = ProcNetSockstatParser.count(sockstat, "TCP:", "tw");
            long total = (v4 == null ? 0 : v4) + (tw == null ? 0 : tw);
            if (source.exists("proc/net/sockstat6")) {
                Long v6 = ProcNetSockstatParser.count(source.read("proc/net/sockstat6"), "TCP6:", "inuse");
                total += v6 == null ? 0 : v6;
            }
            return total;
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Hands {@code kept} the table's entries that {@code query} keeps, from sock_diag, and returns true; or returns
     * false when the table is to be read from {@code /proc} after all: the file is missing (its diagnostic comes
     * from the {@code /proc} read, as net-tools reports it), or sock_diag failed (an INFO diagnostic says why).
     */
    boolean read(ProcNetTable table, SocketQuery query, ReportingReader reader, Consumer<SocketEntry> kept) {
        if (failed || !source.exists(table.path)) {
            return false;
        }
        int family = table.family == AddressFamily.IPV6 ? AF_INET6 : AF_INET;
        try {
            byte[] dump = source.inetDiagDump(family, IPPROTO_TCP, states, remote);
            ParsedTable parsed = InetDiagMessageDecoder.decodeTcp(dump, table.family, config.hostByteOrder());
            if (parsed.malformed() > 0) {
                reader.add(ParseResult.malformedLines("sock_diag", Protocol.TCP, parsed.malformed()));
            }
            for (SocketEntry e : parsed.entries()) {
                if (query.matches(e)) {
                    kept.accept(e);
                }
            }
            return true;
        } catch (IOException e) {
            failed = true;
            // no protocol: the table is not missing (net-tools' "no support" stays for a missing file)
            reader.add(Diagnostic.of(Diagnostic.Code.SOURCE_UNREADABLE, Severity.INFO, "sock_diag",
                    "sock_diag: " + e.getMessage() + ": TCP sockets are read from " + source.where("proc/net")
                            + " instead"));
            return false;
        }
    }
}
