package io.github.netstatx.backend.macos;

import io.github.netstatx.backend.macos.decode.IfList2Decoder;
import io.github.netstatx.backend.macos.decode.RoutingSockaddr;
import io.github.netstatx.core.model.InterfaceAddress;
import io.github.netstatx.core.model.InterfaceCounters;
import io.github.netstatx.core.model.InterfaceFlag;
import io.github.netstatx.core.model.LinkType;
import io.github.netstatx.core.model.NetInterface;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Decoded NET_RT_IFLIST2 interfaces as model interfaces. BSD's IFF bits differ from Linux's above 0x200
 * (IFF_MULTICAST is 0x8000, 0x400/0x800 are OACTIVE/SIMPLEX), so the flags are mapped here by name; the raw
 * word is kept.
 */
final class IfList2Interfaces {

    private static final int IFF_MULTICAST_BSD = 0x8000;
    private static final int IFT_ETHER = 0x6;
    private static final int IFT_LOOP = 0x18;

    private IfList2Interfaces() {
    }

    static NetInterface of(IfList2Decoder.Interface i) {
        Set<InterfaceFlag> flags = EnumSet.noneOf(InterfaceFlag.class);
        for (InterfaceFlag f : List.of(InterfaceFlag.UP, InterfaceFlag.BROADCAST, InterfaceFlag.DEBUG,
                InterfaceFlag.LOOPBACK, InterfaceFlag.POINT_TO_POINT, InterfaceFlag.NO_TRAILERS, InterfaceFlag.RUNNING,
                InterfaceFlag.NO_ARP, InterfaceFlag.PROMISC, InterfaceFlag.ALL_MULTI)) {
            if ((i.flags() & f.iffBit()) != 0) {
                flags.add(f); // these bits are the same on BSD and Linux
            }
        }
        if ((i.flags() & IFF_MULTICAST_BSD) != 0) {
            flags.add(InterfaceFlag.MULTICAST);
        }
        List<InterfaceAddress> addresses = new ArrayList<>();
        for (IfList2Decoder.Address a : i.addresses()) {
            int fam = a.address().family();
            if (fam != RoutingSockaddr.AF_INET && fam != RoutingSockaddr.AF_INET6) {
                continue;
            }
            boolean v6 = fam == RoutingSockaddr.AF_INET6;
            InetAddress addr = PcbSockets.address(pad(a.address().address(v6)), v6);
            Integer prefix = a.netmask() == null ? null : prefixLength(a.netmask().address(v6));
            InetAddress other = a.broadcast() == null || a.broadcast().family() != fam ? null
                    : PcbSockets.address(pad(a.broadcast().address(v6)), v6);
            boolean p2p = (i.flags() & InterfaceFlag.POINT_TO_POINT.iffBit()) != 0;
            addresses.add(new InterfaceAddress(addr, prefix, p2p ? null : other, p2p ? other : null, null));
        }
        String mac = i.linkAddress().length == 0 ? null : HexFormat.ofDelimiter(":").formatHex(i.linkAddress());
        InterfaceCounters c = new InterfaceCounters(i.ibytes(), i.ipackets(), i.ierrors(), i.iqdrops(), null, null,
                null, i.imcasts(), null, null, i.noproto(), i.obytes(), i.opackets(), i.oerrors(), i.sndDrops(), null,
                null, null, i.collisions(), null, null);
        LinkType link = i.type() == IFT_ETHER ? LinkType.ETHERNET : i.type() == IFT_LOOP ? LinkType.LOOPBACK
                : LinkType.OTHER;
        return new NetInterface(i.name(), i.index(), null, (int) i.mtu(), (int) i.metric(), flags,
                Integer.toUnsignedLong(i.flags()), mac, i.type(), null, addresses, c, link);
    }

    /** The 16-byte form PcbSockets reads (IPv4 in the last four bytes). */
    private static byte[] pad(byte[] a) {
        if (a.length == 16) {
            return a;
        }
        byte[] out = new byte[16];
        System.arraycopy(a, 0, out, 12, 4);
        return out;
    }

    /** Leading one bits of a contiguous mask; null for a mask with holes. */
    static Integer prefixLength(byte[] mask) {
        int n = 0;
        boolean zero = false;
        for (byte b : mask) {
            for (int bit = 7; bit >= 0; bit--) {
                boolean one = (b >> bit & 1) != 0;
                if (one && zero) {
                    return null;
                }
                if (one) {
                    n++;
                } else {
                    zero = true;
                }
            }
        }
        return n;
    }
}
