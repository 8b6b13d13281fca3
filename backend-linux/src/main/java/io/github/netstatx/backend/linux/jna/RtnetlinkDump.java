package io.github.netstatx.backend.linux.jna;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Asks the kernel for a full rtnetlink table over a {@code NETLINK_ROUTE} socket and returns every datagram of
 * the answer, concatenated, exactly as received (the {@code views.Rtnetlink*Decoder}s read them). The socket
 * is opened on the calling thread, so the answer describes that thread's network namespace: the one the
 * process runs in, or the one a {@link NetworkNamespaceThread} entered. {@code /sys/class/net} cannot say as
 * much: it shows the namespace sysfs was mounted in.
 *
 * <p>The request is one {@code struct nlmsghdr} with {@code NLM_F_REQUEST | NLM_F_DUMP} followed by the
 * table's header ({@code struct ifinfomsg} for links, {@code struct ifaddrmsg} for addresses), all zero but
 * the family; {@link NetlinkDumpExchange} sends it and reads the answer.
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
        ByteBuffer b = NetlinkDumpExchange.request(table.requestType, table.headerSize);
        b.put((byte) table.family);
        return NetlinkDumpExchange.dump(LinuxC.NETLINK_ROUTE, b.array(), MAX_ANSWER);
    }
}
