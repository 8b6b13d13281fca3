package io.github.netstatx.backend.macos.decode;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes {@code sysctl {CTL_NET, PF_ROUTE, 0, 0, NET_RT_DUMP2, 0}} (xnu {@code bsd/net/rtsock.c}
 * {@code sysctl_dumpentry}, read by Apple's netstat {@code route.c} {@code routepr}): one {@code RTM_GET2}
 * message per route, an {@code rt_msghdr2} (92 bytes, unchanged 10.13 to 15) followed by the sockaddrs its
 * {@code rtm_addrs} names, in RTAX order, each padded to 4 bytes. Messages are walked by {@code rtm_msglen}.
 * Head of an IPv4 default route (UGSc via en0, index 4) as the test-side writer encodes it from the layout:
 * <pre>
 * 88 00 05 14 04 00 00 00  03 08 01 00 07 00 00 00   msglen 136, version 5, RTM_GET2, index 4, UGSc, DST|GW|MASK
 * </pre>
 */
public final class RouteDump2Decoder {

    static final int MSGLEN = 0;
    static final int TYPE = 3;
    static final int INDEX = 4;
    static final int FLAGS = 8;
    static final int ADDRS = 12;
    static final int REFCNT = 16;
    static final int PARENTFLAGS = 20;
    static final int USE = 28;
    static final int RMX = 36;
    /** Offsets inside {@code rt_metrics}. */
    static final int RMX_MTU = 4;
    static final int RMX_EXPIRE = 12;
    static final int RMX_RECVPIPE = 16;
    static final int RMX_SENDPIPE = 20;
    static final int RMX_SSTHRESH = 24;
    static final int RMX_RTT = 28;
    static final int RMX_RTTVAR = 32;
    static final int RT_MSGHDR2_SIZE = 92;

    /** {@code RTM_GET2}: the only message type NET_RT_DUMP2 writes. */
    static final int RTM_GET2 = 0x14;

    public static final int RTAX_DST = 0;
    public static final int RTAX_GATEWAY = 1;
    public static final int RTAX_NETMASK = 2;
    public static final int RTAX_IFA = 5;

    /**
     * One route message.
     *
     * @param sockaddrs the sockaddrs by RTAX slot (DST, GATEWAY, NETMASK, GENMASK, IFP, IFA, AUTHOR, BRD), null
     *     where {@code rtm_addrs} lacks the bit
     * @param expire {@code rmx_expire}: calendar seconds, 0 for a route that does not expire
     */
    public record RouteMessage(int index, int flags, int parentFlags, int refcnt, long use, long mtu, long expire,
            long recvPipe, long sendPipe, long ssthresh, long rtt, long rttVar, List<RoutingSockaddr> sockaddrs) {

        public RoutingSockaddr sockaddr(int rtax) {
            return sockaddrs.get(rtax);
        }
    }

    private RouteDump2Decoder() {
    }

    public static List<RouteMessage> decode(ByteBuffer raw) throws MalformedSysctlException {
        ByteBuffer buf = raw.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        List<RouteMessage> out = new ArrayList<>();
        int next = 0;
        while (next + 4 <= buf.limit()) {
            int len = buf.getShort(next + MSGLEN) & 0xffff;
            if (len < RT_MSGHDR2_SIZE || next + len > buf.limit()) {
                throw new MalformedSysctlException("NET_RT_DUMP2: message of " + len + " bytes at " + next + " in "
                        + buf.limit());
            }
            Fields f = new Fields(buf, next, len, "NET_RT_DUMP2 message");
            if (f.u8(TYPE) == RTM_GET2) {
                List<RoutingSockaddr> sa = IfList2Decoder.sockaddrs(buf, next + RT_MSGHDR2_SIZE, next + len,
                        f.s32(ADDRS));
                out.add(new RouteMessage(f.u16(INDEX), f.s32(FLAGS), f.s32(PARENTFLAGS), f.s32(REFCNT), f.u32(USE),
                        f.u32(RMX + RMX_MTU), f.s32(RMX + RMX_EXPIRE), f.u32(RMX + RMX_RECVPIPE),
                        f.u32(RMX + RMX_SENDPIPE), f.u32(RMX + RMX_SSTHRESH), f.u32(RMX + RMX_RTT),
                        f.u32(RMX + RMX_RTTVAR), sa));
            }
            next += len;
        }
        if (next != buf.limit()) {
            throw new MalformedSysctlException("NET_RT_DUMP2: " + (buf.limit() - next) + " bytes left after the last"
                    + " message");
        }
        return out;
    }
}
