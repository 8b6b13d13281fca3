package io.github.netstatx.backend.macos.decode;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes {@code sysctl {CTL_NET, PF_ROUTE, 0, 0, NET_RT_IFLIST2, 0}} (xnu {@code bsd/net/rtsock.c}
 * {@code sysctl_iflist2}): per interface an {@code RTM_IFINFO2} message ({@code if_msghdr2}, 160 bytes, with its
 * 64-bit {@code if_data64} counters at 32) followed by the interface's {@code sockaddr_dl}, then one
 * {@code RTM_NEWADDR} message ({@code ifa_msghdr}, 20 bytes) per address with its sockaddrs in RTAX order, and
 * {@code RTM_NEWMADDR2} messages ({@code ifma_msghdr2}, 20 bytes) for its multicast memberships. Messages are walked by
 * {@code ifm_msglen}. Sample head of a loopback interface:
 * <pre>
 * b0 00 05 12 10 00 00 00  49 80 00 00 01 00 ...   msglen 176, version 5, RTM_IFINFO2, addrs IFP, flags, index 1
 * </pre>
 */
public final class IfList2Decoder {

    static final int MSGLEN = 0;
    static final int TYPE = 3;
    static final int ADDRS = 4;
    static final int FLAGS = 8;
    static final int INDEX = 12;
    static final int SND_DROPS = 24;
    static final int IF_MSGHDR2_SIZE = 160;
    /** ifm_data (if_data64) inside if_msghdr2. */
    static final int DATA = 32;
    static final int IFI_TYPE = 0;
    static final int IFI_MTU = 8;
    static final int IFI_METRIC = 12;
    static final int IFI_BAUDRATE = 16;
    static final int IFI_IPACKETS = 24;
    static final int IFI_IERRORS = 32;
    static final int IFI_OPACKETS = 40;
    static final int IFI_OERRORS = 48;
    static final int IFI_COLLISIONS = 56;
    static final int IFI_IBYTES = 64;
    static final int IFI_OBYTES = 72;
    static final int IFI_IMCASTS = 80;
    static final int IFI_OMCASTS = 88;
    static final int IFI_IQDROPS = 96;
    static final int IFI_NOPROTO = 104;
    static final int IFA_MSGHDR_SIZE = 20;
    static final int IFAM_ADDRS = 4;
    static final int IFAM_INDEX = 12;
    static final int IFMA_MSGHDR2_SIZE = 20;
    static final int IFMAM_ADDRS = 4;
    static final int IFMAM_INDEX = 12;
    static final int IFMAM_REFCOUNT = 16;

    static final int RTM_NEWADDR = 0xc;
    static final int RTM_IFINFO2 = 0x12;
    static final int RTM_NEWMADDR2 = 0x13;

    /** RTAX_* bit order of the sockaddrs after a header. */
    static final int RTAX_GATEWAY = 1;
    static final int RTA_NETMASK = 0x4;
    static final int RTA_IFP = 0x10;
    static final int RTA_IFA = 0x20;
    static final int RTA_BRD = 0x80;
    static final int RTAX_MAX = 8;

    /** One interface: the header's facts, its link-level sockaddr and its addresses. */
    public record Interface(int index, String name, int flags, int type, long mtu, long metric, long baudrate,
            byte[] linkAddress, long ipackets, long ierrors, long opackets, long oerrors, long collisions,
            long ibytes, long obytes, long imcasts, long omcasts, long iqdrops, long noproto, long sndDrops,
            List<Address> addresses, List<Membership> memberships) {
    }

    /**
     * One multicast membership ({@code getifmaddrs}' {@code ifma_addr}, {@code ifma_lladdr}).
     *
     * @param group the group (AF_INET, AF_INET6 or AF_LINK)
     * @param linkLayer the link-layer address it maps to, or null
     * @param refcount {@code ifmam_refcount}
     */
    public record Membership(RoutingSockaddr group, RoutingSockaddr linkLayer, int refcount) {
    }

    /** One address message: the address, its mask and its broadcast/destination address (each may be null). */
    public record Address(RoutingSockaddr address, RoutingSockaddr netmask, RoutingSockaddr broadcast) {
    }

    private IfList2Decoder() {
    }

    public static List<Interface> decode(ByteBuffer raw) throws MalformedSysctlException {
        ByteBuffer buf = raw.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        List<Builder> out = new ArrayList<>();
        int next = 0;
        while (next + 4 <= buf.limit()) {
            int len = buf.getShort(next + MSGLEN) & 0xffff;
            if (len < 4 || next + len > buf.limit()) {
                throw new MalformedSysctlException("NET_RT_IFLIST2: message of " + len + " bytes at " + next
                        + " in " + buf.limit());
            }
            int type = buf.get(next + TYPE) & 0xff;
            Fields f = new Fields(buf, next, len, "NET_RT_IFLIST2 message");
            if (type == RTM_IFINFO2) {
                List<RoutingSockaddr> sa = sockaddrs(buf, next + IF_MSGHDR2_SIZE, next + len, f.s32(ADDRS));
                RoutingSockaddr dl = sa.get(4);
                String name = "";
                byte[] mac = new byte[0];
                if (dl != null && dl.bytes().length >= 8) {
                    int nlen = dl.bytes()[5] & 0xff;
                    int alen = dl.bytes()[6] & 0xff;
                    int end = Math.min(dl.bytes().length, 8 + nlen);
                    name = new String(dl.bytes(), 8, Math.max(0, end - 8), StandardCharsets.UTF_8);
                    if (8 + nlen + alen <= dl.bytes().length) {
                        mac = java.util.Arrays.copyOfRange(dl.bytes(), 8 + nlen, 8 + nlen + alen);
                    }
                }
                out.add(new Builder(f.u16(INDEX), name, f.s32(FLAGS), f.u8(DATA + IFI_TYPE), f.u32(DATA + IFI_MTU),
                        f.u32(DATA + IFI_METRIC), f.u64(DATA + IFI_BAUDRATE), mac, f.u64(DATA + IFI_IPACKETS),
                        f.u64(DATA + IFI_IERRORS), f.u64(DATA + IFI_OPACKETS), f.u64(DATA + IFI_OERRORS),
                        f.u64(DATA + IFI_COLLISIONS), f.u64(DATA + IFI_IBYTES), f.u64(DATA + IFI_OBYTES),
                        f.u64(DATA + IFI_IMCASTS), f.u64(DATA + IFI_OMCASTS), f.u64(DATA + IFI_IQDROPS),
                        f.u64(DATA + IFI_NOPROTO), f.u32(SND_DROPS)));
            } else if (type == RTM_NEWADDR) {
                int index = f.u16(IFAM_INDEX);
                List<RoutingSockaddr> sa = sockaddrs(buf, next + IFA_MSGHDR_SIZE, next + len, f.s32(IFAM_ADDRS));
                for (Builder b : out) {
                    if (b.index == index && sa.get(5) != null) {
                        b.addresses.add(new Address(sa.get(5), sa.get(2), sa.get(7)));
                    }
                }
            } else if (type == RTM_NEWMADDR2) {
                int index = f.u16(IFMAM_INDEX);
                List<RoutingSockaddr> sa = sockaddrs(buf, next + IFMA_MSGHDR2_SIZE, next + len, f.s32(IFMAM_ADDRS));
                for (Builder b : out) {
                    if (b.index == index && sa.get(5) != null) {
                        b.memberships.add(new Membership(sa.get(5), sa.get(RTAX_GATEWAY), f.s32(IFMAM_REFCOUNT)));
                    }
                }
            }
            next += len;
        }
        return out.stream().map(Builder::build).toList();
    }

    /** The sockaddrs after a header, by RTAX slot (null where the bit is not set). */
    static List<RoutingSockaddr> sockaddrs(ByteBuffer buf, int start, int end, int addrs)
            throws MalformedSysctlException {
        List<RoutingSockaddr> slots = new ArrayList<>();
        int p = start;
        for (int i = 0; i < RTAX_MAX; i++) {
            if ((addrs & (1 << i)) == 0) {
                slots.add(null);
                continue;
            }
            if (p + 2 > end) {
                throw new MalformedSysctlException("routing message: sockaddr " + i + " runs past the message");
            }
            int saLen = buf.get(p) & 0xff;
            if (p + saLen > end) {
                throw new MalformedSysctlException("routing message: sockaddr of " + saLen + " bytes runs past it");
            }
            byte[] bytes = new byte[saLen];
            buf.get(p, bytes);
            slots.add(new RoutingSockaddr(saLen >= 2 ? bytes[1] & 0xff : 0, bytes));
            p += RoutingSockaddr.roundUp4(saLen);
        }
        return slots;
    }

    private static final class Builder {
        final int index;
        final Interface head;
        final List<Address> addresses = new ArrayList<>();
        final List<Membership> memberships = new ArrayList<>();

        Builder(int index, String name, int flags, int type, long mtu, long metric, long baudrate, byte[] mac,
                long ipackets, long ierrors, long opackets, long oerrors, long collisions, long ibytes, long obytes,
                long imcasts, long omcasts, long iqdrops, long noproto, long sndDrops) {
            this.index = index;
            this.head = new Interface(index, name, flags, type, mtu, metric, baudrate, mac, ipackets, ierrors,
                    opackets, oerrors, collisions, ibytes, obytes, imcasts, omcasts, iqdrops, noproto, sndDrops,
                    List.of(), List.of());
        }

        Interface build() {
            Interface h = head;
            return new Interface(h.index(), h.name(), h.flags(), h.type(), h.mtu(), h.metric(), h.baudrate(),
                    h.linkAddress(), h.ipackets(), h.ierrors(), h.opackets(), h.oerrors(), h.collisions(), h.ibytes(),
                    h.obytes(), h.imcasts(), h.omcasts(), h.iqdrops(), h.noproto(), h.sndDrops(),
                    List.copyOf(addresses), List.copyOf(memberships));
        }
    }
}
