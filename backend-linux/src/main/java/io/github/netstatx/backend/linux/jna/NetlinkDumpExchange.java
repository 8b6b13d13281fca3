package io.github.netstatx.backend.linux.jna;

import com.sun.jna.LastErrorException;
import com.sun.jna.NativeLong;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * One netlink dump, whatever the family: opens a {@code SOCK_RAW} netlink socket of the given protocol on the
 * calling thread (so the answer describes that thread's network namespace), sends one request with
 * {@code NLM_F_REQUEST | NLM_F_DUMP}, and returns every datagram of the answer, concatenated, exactly as
 * received. Reading stops at {@code NLMSG_DONE}; an {@code NLMSG_ERROR} becomes an {@link IOException}.
 * {@link RtnetlinkDump} and {@link InetDiagDump} only build their requests.
 */
final class NetlinkDumpExchange {

    static final int NLMSG_HDRLEN = 16;
    private static final int NLMSG_ERROR = 2;
    private static final int NLMSG_DONE = 3;
    private static final int NLM_F_REQUEST = 0x1;
    private static final int NLM_F_DUMP = 0x300;
    /** The kernel fills dump datagrams up to about a page (at most 32 KiB); this never truncates one. */
    private static final int RECEIVE_BUFFER = 64 * 1024;

    private NetlinkDumpExchange() {
    }

    /**
     * A request message of {@code type} with the dump flags and room for {@code bodyLength} bytes after its
     * {@code struct nlmsghdr} (host byte order, zero-filled); the buffer is positioned at the body for the caller.
     */
    static ByteBuffer request(int type, int bodyLength) {
        ByteBuffer b = ByteBuffer.allocate(NLMSG_HDRLEN + bodyLength).order(ByteOrder.nativeOrder());
        b.putInt(NLMSG_HDRLEN + bodyLength).putShort((short) type).putShort((short) (NLM_F_REQUEST | NLM_F_DUMP))
                .putInt(1).putInt(0);
        return b;
    }

    /**
     * Sends {@code request} on a fresh socket of netlink {@code protocol} and returns the whole answer.
     *
     * @param maxAnswer the most bytes accepted: a larger answer is an {@link IOException}
     * @throws IOException when JNA cannot load, the socket cannot be opened or the kernel answers with an error
     */
    static byte[] dump(int protocol, byte[] request, int maxAnswer) throws IOException {
        LinuxC c;
        try {
            c = LinuxC.get();
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new IOException("cannot load the C library through JNA: " + e.getMessage(), e);
        }
        int fd;
        try {
            fd = c.socket(LinuxC.AF_NETLINK, LinuxC.SOCK_RAW | LinuxC.SOCK_CLOEXEC, protocol);
        } catch (LastErrorException e) {
            throw new IOException("cannot open a netlink socket: " + LinuxC.describe(e), e);
        }
        try {
            c.send(fd, request, new NativeLong(request.length), 0);
            return receive(c, fd, maxAnswer);
        } catch (LastErrorException e) {
            throw new IOException("netlink dump failed: " + LinuxC.describe(e), e);
        } finally {
            c.close(fd);
        }
    }

    /** Datagrams until one holds {@code NLMSG_DONE}; only the message types are looked at here. */
    private static byte[] receive(LinuxC c, int fd, int maxAnswer) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream(RECEIVE_BUFFER);
        byte[] buf = new byte[RECEIVE_BUFFER];
        while (true) {
            int n = c.recv(fd, buf, new NativeLong(buf.length), 0).intValue();
            if (n <= 0) {
                throw new IOException("netlink socket closed before the end of the dump");
            }
            answer.write(buf, 0, n);
            if (answer.size() > maxAnswer) {
                throw new IOException("netlink dump larger than " + maxAnswer + " bytes");
            }
            ByteBuffer b = ByteBuffer.wrap(buf, 0, n).order(ByteOrder.nativeOrder());
            for (int at = 0; at + NLMSG_HDRLEN <= n; ) {
                int length = b.getInt(at);
                int type = Short.toUnsignedInt(b.getShort(at + 4));
                if (type == NLMSG_DONE) {
                    return answer.toByteArray();
                }
                if (type == NLMSG_ERROR && at + NLMSG_HDRLEN + 4 <= n && b.getInt(at + NLMSG_HDRLEN) != 0) {
                    throw new IOException("netlink dump failed: " + Errno.describe(-b.getInt(at + NLMSG_HDRLEN)));
                }
                if (length < NLMSG_HDRLEN) {
                    throw new IOException("netlink message with impossible length " + length);
                }
                at += (length + 3) & ~3;
            }
        }
    }
}
