package io.github.netstatx.backend.linux.views;

import io.github.netstatx.core.parse.ParseResult;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Decodes the kernel's answer to an rtnetlink {@code RTM_GETLINK} dump: one {@code RTM_NEWLINK} message per
 * interface, a {@code struct ifinfomsg} followed by attributes. This is what {@code ip link} reads, and it gives
 * what net-tools asks by ioctl, for the namespace of the socket that asked:
 *
 * <pre>
 * ifinfomsg  family 0, type 772 (ARPHRD_LOOPBACK), index 1, flags 0x10049 (UP LOOPBACK RUNNING LOWER_UP)
 * IFLA_IFNAME  "lo"          IFLA_MTU  65536           IFLA_TXQLEN  1000
 * IFLA_ADDRESS 00 00 00 00 00 00                       IFLA_OPERSTATE 0 (unknown)
 * </pre>
 *
 * (a decoded view; the input is the binary dump, host byte order). The flag word is {@code dev_get_flags()},
 * as for {@code SIOCGIFFLAGS}, which hands its low 16 bits to net-tools ({@code ifr_flags} is a short): so
 * {@code RUNNING} and the user-requested {@code PROMISC}/{@code ALLMULTI} mean what they mean to net-tools.
 * Links without a hardware address (tun, ipip's unset ones) have no {@code IFLA_ADDRESS}.
 */
public final class RtnetlinkLinkDecoder {

    /**
     * One link.
     *
     * @param name interface name
     * @param attributes what net-tools' ioctls would give
     */
    public record Link(String name, LinkAttributes attributes) {
    }

    private static final int RTM_NEWLINK = 16;
    private static final int IFINFOMSG_SIZE = 16;
    private static final int IFLA_ADDRESS = 1;
    private static final int IFLA_IFNAME = 3;
    private static final int IFLA_MTU = 4;
    private static final int IFLA_TXQLEN = 13;
    private static final long IOCTL_FLAG_BITS = 0xffffL;

    private RtnetlinkLinkDecoder() {
    }

    /**
     * The links in dump order; a message too short for its header or without a name is skipped and its
     * 1-based message number reported in {@link ParseResult#skippedLines()}.
     */
    public static ParseResult<Link> decode(byte[] dump, ByteOrder hostOrder) {
        List<Integer> skipped = new ArrayList<>();
        List<Link> out = new ArrayList<>();
        for (NetlinkMessages.Message m : NetlinkMessages.split(dump, hostOrder, skipped)) {
            if (m.type() != RTM_NEWLINK) {
                continue;
            }
            Link link = link(m.payload());
            if (link == null) {
                skipped.add(m.number());
            } else {
                out.add(link);
            }
        }
        return new ParseResult<>(out, skipped);
    }

    private static Link link(ByteBuffer p) {
        if (p.limit() < IFINFOMSG_SIZE) {
            return null;
        }
        int type = Short.toUnsignedInt(p.getShort(2));
        int index = p.getInt(4);
        long flags = Integer.toUnsignedLong(p.getInt(8)) & IOCTL_FLAG_BITS;
        Map<Integer, ByteBuffer> a = NetlinkMessages.attributes(p, IFINFOMSG_SIZE);
        if (a == null || !a.containsKey(IFLA_IFNAME)) {
            return null;
        }
        ByteBuffer address = a.get(IFLA_ADDRESS);
        Integer txq = NetlinkMessages.u32(a.get(IFLA_TXQLEN));
        return new Link(NetlinkMessages.string(a.get(IFLA_IFNAME)), new LinkAttributes(index,
                NetlinkMessages.u32(a.get(IFLA_MTU)), flags, SysClassNetLinkParser.flagSet(flags),
                address == null || address.limit() == 0 ? null
                        : HexFormat.ofDelimiter(":").formatHex(NetlinkMessages.bytes(address)),
                type, txq == null ? null : Integer.toUnsignedLong(txq)));
    }
}
