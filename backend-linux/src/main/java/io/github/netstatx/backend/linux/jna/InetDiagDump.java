package io.github.netstatx.backend.linux.jna;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Asks the kernel's sock_diag netlink interface ({@code NETLINK_SOCK_DIAG}, as iproute2's {@code ss} does) for
 * the inet sockets of one family and protocol in the network namespace of the calling thread, and returns the
 * answer as received: {@code struct inet_diag_msg} records ({@code InetDiagMessageDecoder} reads them). Unlike
 * {@code /proc/net/tcp}, the kernel formats only the sockets the request keeps: those whose state is in
 * {@code states} and whose remote port passes {@link RemotePort}, so a listing of 10 listeners among 100,000
 * connections costs 10 records, not 100,000 text lines.
 *
 * <p>The request is a {@code struct nlmsghdr} of type {@code SOCK_DIAG_BY_FAMILY} (20) with
 * {@code struct inet_diag_req_v2} (family, protocol, no extensions, the state mask, an all-zero socket id) and,
 * for a remote-port condition, an {@code INET_DIAG_REQ_BYTECODE} attribute of one port comparison: the
 * kernel's filter language (ss compiles its expressions into it).
 */
public final class InetDiagDump {

    /** What the kernel's filter keeps by remote port. */
    public enum RemotePort {
        ANY,
        /** Remote port 0 ({@code dport <= 0}): what net-tools {@code netstat -l} lists for TCP. */
        ZERO,
        /** Remote port 1 or more ({@code dport >= 1}): net-tools' listing without {@code -l} or {@code -a}. */
        NONZERO
    }

    private static final int SOCK_DIAG_BY_FAMILY = 20;
    private static final int INET_DIAG_REQ_V2_SIZE = 56;
    private static final int INET_DIAG_REQ_BYTECODE = 1;
    private static final int INET_DIAG_BC_D_GE = 4;
    private static final int INET_DIAG_BC_D_LE = 5;
    /** Two {@code struct inet_diag_bc_op}: the comparison, then the port it compares with. */
    private static final int BYTECODE_SIZE = 8;
    /** 88 to 140 bytes per socket: half a million sockets; a larger answer is left to the /proc tables. */
    private static final int MAX_ANSWER = 64 * 1024 * 1024;

    private InetDiagDump() {
    }

    /**
     * The whole answer, in host byte order as the kernel wrote it.
     *
     * @param family {@code AF_INET} (2) or {@code AF_INET6} (10)
     * @param protocol the IP protocol ({@code IPPROTO_TCP} 6)
     * @param states bit {@code 1 << state} for every kernel state number to keep
     * @throws IOException when netlink cannot be used: JNA does not load, the socket is refused (seccomp, no
     *     sock_diag in the kernel), the kernel answers with an error or the answer exceeds 64 MiB
     */
    public static byte[] dump(int family, int protocol, int states, RemotePort remote) throws IOException {
        int attribute = remote == RemotePort.ANY ? 0 : 4 + BYTECODE_SIZE;
        ByteBuffer b = NetlinkDumpExchange.request(SOCK_DIAG_BY_FAMILY, INET_DIAG_REQ_V2_SIZE + attribute);
        b.put((byte) family).put((byte) protocol).put((byte) 0).put((byte) 0).putInt(states);
        b.position(b.position() + INET_DIAG_REQ_V2_SIZE - 8);      // struct inet_diag_sockid: all zero
        if (remote != RemotePort.ANY) {
            b.putShort((short) (4 + BYTECODE_SIZE)).putShort((short) INET_DIAG_REQ_BYTECODE);
            // {code, yes, no}: when the comparison holds, jump to the end (accept); else 4 past it (reject)
            b.put((byte) (remote == RemotePort.ZERO ? INET_DIAG_BC_D_LE : INET_DIAG_BC_D_GE)).put((byte) 8)
                    .putShort((short) 12);
            b.put((byte) 0).put((byte) 0).putShort((short) (remote == RemotePort.ZERO ? 0 : 1));
        }
        return NetlinkDumpExchange.dump(LinuxC.NETLINK_SOCK_DIAG, b.array(), MAX_ANSWER);
    }
}
