package io.github.netstatx.backend.linux.jna;

import com.sun.jna.LastErrorException;
import com.sun.jna.NativeLong;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Asks the kernel for a full rtnetlink table over a {@code NETLINK_ROUTE} socket and returns every datagram of
 * the answer, concatenated, exactly as received (the {@code views.Rtnetlink*Decoder}s read them). The socket
 * is opened on the calling thread, so the answer describes that thread's network namespace: the one the
 * process runs in, or the one a {@link NetworkNamespaceThread} entered. {@code /sys/class/net} cannot say as
 * much: it shows the namespace sysfs was mounted in.
 *
 * <p>The request is one {@code struct nlmsghdr} with {@code NLM_F_REQUEST | NLM_F_DUMP} followed by the
 * table's header ({@code struct ifinfomsg} for links, {@code struct ifaddrmsg} for addresses), all zero but
 * the family. Reading stops at {@code NLMSG_DONE}; an {@code NLMSG_ERROR} becomes an {@link IOException}.
 */
public final class RtnetlinkDump {

    /** The dumps the backend asks for. */
    public enum Table {
        /** {@code RTM_GETLINK}, every link ({@code AF_UNSPEC}); answered with {@code RTM_NEWLINK}. */
        LINKS(18, 16, 0),
        /** {@code RTM_GETADDR}, IPv4 addresses only ({@code AF_INET}); answered with {@code RTM_NEWADDR}. */
        IPV4_ADDRESSES(22, 8, 2);

        private final int requestType;
        private final int headerSize;
        private final int family;

        Table(int requestType, int headerSize, int family) {
            this.requestType = requestType;
            this.headerSize = headerSize;
            this.family = family;
        }
    }

    private static final int NLMSG_HDRLEN = 16;
    private static final int NLMSG_ERROR = 2;
    private static final int NLMSG_DONE = 3;
    private static final int NLM_F_REQUEST = 0x1;
    private static final int NLM_F_DUMP = 0x300;
    /** The kernel fills dump datagrams up to about a page (at most 32 KiB); this never truncates one. */
    private static final int RECEIVE_BUFFER = 64 * 1024;
    /** A dump larger than this is not a network table this tool can show sensibly. */
    private static final int MAX_ANSWER = 64 * 1024 * 1024;

    private RtnetlinkDump() {
    }

    /**
     * The whole answer to a dump request, in host byte order as the kernel wrote it.
     *
     * @throws IOException when the socket cannot be opened or the kernel answers with an error
     */
    public static byte[] dump(Table table) throws IOException {
        LinuxC c;
        try {
            c = LinuxC.get();
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new IOException("cannot load the C library through JNA: " + e.getMessage(), e);
        }
        int fd;
        try {
            fd = c.socket(LinuxC.AF_NETLINK, LinuxC.SOCK_RAW | LinuxC.SOCK_CLOEXEC, LinuxC.NETLINK_ROUTE);
        } catch (LastErrorException e) {
            throw new IOException("cannot open a netlink socket: " + LinuxC.describe(e), e);
        }
        try {
            byte[] request = request(table);
            c.send(fd, request, new NativeLong(request.length), 0);
            return receive(c, fd);
        } catch (LastErrorException e) {
            throw new IOException("netlink dump failed: " + LinuxC.describe(e), e);
        } finally {
            c.close(fd);
        }
    }

    private static byte[] request(Table table) {
        ByteBuffer b = ByteBuffer.allocate(NLMSG_HDRLEN + table.headerSize).order(ByteOrder.nativeOrder());
        b.putInt(NLMSG_HDRLEN + table.headerSize).putShort((short) table.requestType)
                .putShort((short) (NLM_F_REQUEST | NLM_F_DUMP)).putInt(1).putInt(0);
        b.put((byte) table.family);
        return b.array();
    }

    /** Datagrams until one holds {@code NLMSG_DONE}; only the message types are looked at here. */
    private static byte[] receive(LinuxC c, int fd) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buf = new byte[RECEIVE_BUFFER];
        while (true) {
            int n = c.recv(fd, buf, new NativeLong(buf.length), 0).intValue();
            if (n <= 0) {
                throw new IOException("netlink socket closed before the end of the dump");
            }
            answer.write(buf, 0, n);
            if (answer.size() > MAX_ANSWER) {
                throw new IOException("netlink dump larger than " + MAX_ANSWER + " bytes");
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
