package io.github.netstatx.backend.macos;

import io.github.netstatx.backend.macos.decode.InetPcb;
import io.github.netstatx.backend.macos.decode.SocketExtension;
import io.github.netstatx.backend.macos.decode.UnixPcb;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.BsdSocketInfo;
import io.github.netstatx.core.model.InetEndpoint;
import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import io.github.netstatx.core.model.UnixFlag;
import io.github.netstatx.core.model.UnixInfo;
import io.github.netstatx.core.model.UnixPath;
import io.github.netstatx.core.model.UnixSocketType;
import io.github.netstatx.core.model.UnixState;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Turns decoded PCBs into model sockets. Owners: the processes libproc found holding the socket (joined on the
 * socket handle, role {@link ProcessRef.Role#OWNER}) come first and so take precedence in every dialect; then
 * those the same records name ({@code so_last_pid} as {@link ProcessRef.Role#LAST}, {@code so_e_pid} as
 * {@link ProcessRef.Role#EFFECTIVE}), which Apple's {@code netstat -v} prints. The JSON role says which source
 * an owner came from. Handles print the way netstat prints them: lower-case hex, no prefix.
 */
final class PcbSockets {

    /** xnu tcp_fsm.h state names, as netstat prints them. */
    static final List<String> TCP_STATE_WORDS = List.of("CLOSED", "LISTEN", "SYN_SENT", "SYN_RCVD",
            "ESTABLISHED", "CLOSE_WAIT", "FIN_WAIT_1", "CLOSING", "LAST_ACK", "FIN_WAIT_2", "TIME_WAIT");

    private static final TcpState[] TCP_STATES = {TcpState.CLOSED, TcpState.LISTEN, TcpState.SYN_SENT,
        TcpState.SYN_RECEIVED, TcpState.ESTABLISHED, TcpState.CLOSE_WAIT, TcpState.FIN_WAIT_1, TcpState.CLOSING,
        TcpState.LAST_ACK, TcpState.FIN_WAIT_2, TcpState.TIME_WAIT};

    /** SO_ACCEPTCONN in so_options: the socket listens. */
    static final long SO_ACCEPTCONN = 0x2;
    /** SS_ISCONNECTED in so_state. */
    static final int SS_ISCONNECTED = 0x2;
    static final int SS_ISCONNECTING = 0x4;
    static final int SS_ISDISCONNECTING = 0x8;

    private PcbSockets() {
    }

    /**
     * Where owners come from when they are asked for.
     *
     * @param names process names by pid ({@code proc_name})
     * @param exact the libproc pass, {@link LibprocOwners.Pass#NONE} when it did not run
     */
    record Owners(IntFunction<String> names, LibprocOwners.Pass exact) {

        List<ProcessRef> of(long socketHandle, int lastPid, int effectivePid) {
            List<ProcessRef> out = new ArrayList<>(exact.holders(socketHandle));
            // pid 0 means a kernel-created socket or no owner recorded: no row for it
            if (lastPid > 0) {
                out.add(new ProcessRef(lastPid, names.apply(lastPid), null, null, null, null, ProcessRef.Role.LAST));
            }
            if (effectivePid > 0) {
                out.add(new ProcessRef(effectivePid, names.apply(effectivePid), null, null, null, null,
                        ProcessRef.Role.EFFECTIVE));
            }
            return out;
        }
    }

    /**
     * @param protocol TCP, UDP or RAW (the list the item came from)
     * @param owners where owners come from, or null when they were not asked for
     * @param slots what the item's traffic slots count (by the kernel's release)
     */
    static SocketEntry inet(InetPcb p, Protocol protocol, Owners owners, SocketStatsSlots slots) {
        SocketStatsSlots.Counted counted = slots.count(p);
        boolean v4 = (p.vflag() & InetPcb.VFLAG_IPV4) != 0;
        boolean v6 = (p.vflag() & InetPcb.VFLAG_IPV6) != 0;
        boolean dual = v4 && v6;
        AddressFamily family = v6 ? AddressFamily.IPV6 : AddressFamily.IPV4;
        int localPort = protocol == Protocol.RAW ? p.protocol() : p.localPort();
        int remotePort = protocol == Protocol.RAW ? 0 : p.foreignPort();
        SocketEntry.Builder b = SocketEntry.builder(protocol, family)
                .local(new InetEndpoint(address(p.localAddress(), v6), localPort))
                .remote(new InetEndpoint(address(p.foreignAddress(), v6), remotePort))
                .dualStack(dual)
                .uid(p.uid())
                .pcbAddress(Long.toHexString(protocol == Protocol.TCP ? p.ppcb() : p.socketPcb()))
                .bsd(counted.withTraffic(extended(new BsdSocketInfo(p.flowHash(), counted.traffic().rxBytes(),
                        counted.traffic().txBytes(), p.receive().present() ? p.receive().hiwat() : null,
                        p.send().present() ? p.send().hiwat() : null, p.qlen(), p.incqlen(), p.qlimit(),
                        p.socketState(), p.socketOptions(), null, null, null, null, p.userSpaceFlow()),
                        p.extension())));
        if (p.receive().present()) {
            b.recvQueue(p.receive().cc());
        }
        if (p.send().present()) {
            b.sendQueue(p.send().cc());
        }
        if (protocol == Protocol.TCP && p.tcpState() != null) {
            int s = p.tcpState();
            b.stateCode(s);
            if (s >= 0 && s < TCP_STATES.length) {
                b.state(TCP_STATES[s]).platformState(TCP_STATE_WORDS.get(s));
            } else {
                b.state(TcpState.CLOSED).platformState(Integer.toString(s));
            }
        }
        if (owners != null) {
            b.owners(owners.of(p.socketHandle(), p.lastPid(), p.effectivePid()));
        }
        return b.build();
    }

    static SocketEntry unix(UnixPcb u, Owners owners) {
        UnixSocketType type = switch (u.socketType()) {
            case 1 -> UnixSocketType.STREAM;
            case 2 -> UnixSocketType.DGRAM;
            case 3 -> UnixSocketType.RAW;
            case 4 -> UnixSocketType.RDM;
            case 5 -> UnixSocketType.SEQPACKET;
            default -> null;
        };
        boolean accepting = (u.socketOptions() & SO_ACCEPTCONN) != 0;
        UnixState state;
        if ((u.socketState() & SS_ISCONNECTED) != 0) {
            state = UnixState.CONNECTED;
        } else if ((u.socketState() & SS_ISCONNECTING) != 0) {
            state = UnixState.CONNECTING;
        } else if ((u.socketState() & SS_ISDISCONNECTING) != 0) {
            state = UnixState.DISCONNECTING;
        } else {
            state = UnixState.UNCONNECTED;
        }
        UnixPath path = u.path() == null || u.path().length == 0 ? null
                : new UnixPath(new String(u.path(), StandardCharsets.UTF_8), false);
        UnixInfo info = new UnixInfo(type, u.socketType(), accepting ? Set.of(UnixFlag.ACCEPTING) : Set.of(), state,
                u.socketState(), null, path);
        SocketEntry.Builder b = SocketEntry.builder(Protocol.UNIX, AddressFamily.UNIX)
                .unix(info)
                .recvQueue(u.receiveBytes())
                .sendQueue(u.sendBytes())
                .uid(u.uid())
                .pcbAddress(Long.toHexString(u.unpp()))
                .bsd(extended(new BsdSocketInfo(null, null, null, u.receiveHiwat(), u.sendHiwat(), u.qlen(),
                        u.incqlen(), u.qlimit(), u.socketState(), u.socketOptions(), Long.toHexString(u.vnode()),
                        Long.toHexString(u.conn()), Long.toHexString(u.refs()), Long.toHexString(u.nextRef()),
                        false), u.extension()));
        if (owners != null) {
            b.owners(owners.of(u.socketHandle(), u.lastPid() == null ? 0 : u.lastPid(),
                    u.effectivePid() == null ? 0 : u.effectivePid()));
        }
        return b.build();
    }

    private static BsdSocketInfo extended(BsdSocketInfo info, SocketExtension x) {
        return x == null ? info : info.withSocketExtension(x.generation(), x.flags(), x.flags1(), x.useCount(),
                x.retainCount(), x.filterFlags());
    }

    /**
     * The address of an inet PCB: IPv4 in the last four bytes, IPv6 in all sixteen. A link-local IPv6 address
     * carries its scope (interface index) in bytes 2-3, as KAME kernels store it; netstat moves it into the
     * scope id, and so does this.
     */
    static InetAddress address(byte[] sixteen, boolean v6) {
        try {
            if (!v6) {
                return InetAddress.getByAddress(Arrays.copyOfRange(sixteen, 12, 16));
            }
            byte[] a = sixteen.clone();
            boolean linkScoped = (a[0] & 0xff) == 0xfe && (a[1] & 0xc0) == 0x80
                    || (a[0] & 0xff) == 0xff && ((a[1] & 0x0f) == 0x01 || (a[1] & 0x0f) == 0x02);
            int scope = 0;
            if (linkScoped) {
                scope = ((a[2] & 0xff) << 8) | (a[3] & 0xff);
                a[2] = 0;
                a[3] = 0;
            }
            InetAddress plain = InetAddress.getByAddress(a);
            if (plain instanceof Inet6Address && scope != 0) {
                return Inet6Address.getByAddress(null, a, scope);
            }
            return plain; // an IPv4-mapped address comes back as Inet4Address, as the model wants
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not 16 bytes", e);
        }
    }
}
