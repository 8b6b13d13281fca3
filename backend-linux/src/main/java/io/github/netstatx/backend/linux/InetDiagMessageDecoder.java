package io.github.netstatx.backend.linux;

import io.github.netstatx.backend.linux.views.NetlinkMessages;
import io.github.netstatx.core.address.AddressBytes;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.InetEndpoint;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the kernel's sock_diag answer for TCP ({@code SOCK_DIAG_BY_FAMILY} messages, each a
 * {@code struct inet_diag_msg} and attributes) into the entries {@link ProcNetInetParser} makes of the same
 * sockets' {@code /proc/net/tcp} or {@code tcp6} lines, field for field, so a listing does not show which source
 * it came from. One message of a dump (kernel 6.18, x86_64; {@code 0.0.0.0:20002} LISTEN, inode 1113852):
 * <pre>
 * 7c 00 00 00 14 00 02 00 01 00 00 00 0c 64 00 00    nlmsghdr: length 124, type 20, NLM_F_MULTI, seq, port id
 * 02 0a 00 00 4e 22 00 00 00 00 00 00 00 00 00 00    family 2, state 0A, timer, retrans; sport 20002, dport 0; src
 * 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00    src (16 bytes), dst (16 bytes)
 * 00 00 00 00 00 00 00 00 00 00 00 00 23 1f 00 00    dst; interface 0; cookie
 * 00 00 00 00 00 00 00 00 00 00 00 00 10 00 00 00    cookie; expires; rqueue 0; wqueue 16 (the backlog)
 * 00 00 00 00 fc fe 10 00 05 00 08 00 00 00 00 00    uid 0; inode 1113852; attributes (SHUTDOWN, ...)
 * </pre>
 * Ports and addresses are in network byte order, the other numbers in the host's. The fields map to the
 * {@code /proc} columns as the kernel fills both ({@code net/ipv4/inet_diag.c}, {@code tcp_diag.c},
 * {@code tcp_ipv4.c}): state, queues, uid and inode are the same values, TIME_WAIT sockets carry their
 * sub-state (FIN_WAIT2 or TIME_WAIT) in both, and request sockets are SYN_RECV in both. One exception:
 * for a LISTEN socket sock_diag reports the backlog limit as its write queue where {@code /proc} prints
 * {@code write_seq - snd_una}, which is 0 for a socket that never sent; the Send-Q of a listener is 0 here.
 * Timers are not decoded: sock_diag gives milliseconds and one retransmit count where {@code /proc} gives
 * clock ticks, retransmits and probes, so listings with timers read {@code /proc}.
 *
 * <p>A message too short for {@code struct inet_diag_msg}, of another type or family, or with a state
 * number that is not a TCP state is skipped and counted as malformed, as a bad {@code /proc} line is.
 */
final class InetDiagMessageDecoder {

    private static final int SOCK_DIAG_BY_FAMILY = 20;
    private static final int INET_DIAG_MSG_SIZE = 72;
    private static final int AF_INET = 2;
    private static final int AF_INET6 = 10;

    private InetDiagMessageDecoder() {
    }

    /**
     * Decodes one dump.
     *
     * @param dump the datagrams as received, {@code NLMSG_DONE} included
     * @param family the family that was asked for: IPv4 or IPv6
     * @param hostOrder byte order of the host that wrote the dump
     */
    static ParsedTable decodeTcp(byte[] dump, AddressFamily family, ByteOrder hostOrder) {
        List<Integer> truncated = new ArrayList<>(1);
        List<NetlinkMessages.Message> messages = NetlinkMessages.split(dump, hostOrder, truncated);
        List<SocketEntry> entries = new ArrayList<>(messages.size());
        int malformed = truncated.size();
        int wantedFamily = family == AddressFamily.IPV6 ? AF_INET6 : AF_INET;
        for (NetlinkMessages.Message m : messages) {
            SocketEntry e = m.type() == SOCK_DIAG_BY_FAMILY ? entry(m.payload(), family, wantedFamily) : null;
            if (e == null) {
                malformed++;
            } else {
                entries.add(e);
            }
        }
        return new ParsedTable(entries, malformed);
    }

    private static SocketEntry entry(ByteBuffer p, AddressFamily family, int wantedFamily) {
        if (p.limit() < INET_DIAG_MSG_SIZE || Byte.toUnsignedInt(p.get(0)) != wantedFamily) {
            return null;
        }
        int st = Byte.toUnsignedInt(p.get(1));
        LinuxTcpState state = LinuxTcpState.ofCode(st);
        if (state == null) {
            return null;
        }
        int length = family == AddressFamily.IPV6 ? 16 : 4;
        byte[] local = new byte[length];
        byte[] remote = new byte[length];
        p.get(8, local);
        p.get(24, remote);
        long rqueue = Integer.toUnsignedLong(p.getInt(56));
        long wqueue = state == LinuxTcpState.LISTEN ? 0 : Integer.toUnsignedLong(p.getInt(60));
        return SocketEntry.builder(Protocol.TCP, family)
                .local(new InetEndpoint(AddressBytes.of(local), port(p, 4)))
                .remote(new InetEndpoint(AddressBytes.of(remote), port(p, 6)))
                .state(state.canonical)
                .platformState(state.word)
                .stateCode(st)
                .recvQueue(rqueue)
                .sendQueue(wqueue)
                .uid(Integer.toUnsignedLong(p.getInt(64)))
                .inode(Integer.toUnsignedLong(p.getInt(68)))
                .build();
    }

    /** A port in network byte order, whatever the host's. */
    private static int port(ByteBuffer p, int at) {
        return (Byte.toUnsignedInt(p.get(at)) << 8) | Byte.toUnsignedInt(p.get(at + 1));
    }
}
