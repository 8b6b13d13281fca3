package io.github.netstatx.backend.macos;

import io.github.netstatx.backend.macos.decode.RouteDump2Decoder;
import io.github.netstatx.backend.macos.decode.RouteDump2Decoder.RouteMessage;
import io.github.netstatx.backend.macos.decode.RoutingSockaddr;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.BsdRouteInfo;
import io.github.netstatx.core.model.Route;
import io.github.netstatx.core.model.RouteFlag;
import java.net.InetAddress;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decoded NET_RT_DUMP2 messages as model routes. Only IPv4 and IPv6 destinations are routes of the model;
 * the caller counts the rest. The flag word is kept raw as well, since BSD has letters (c, I, i, r, ...) that
 * no {@link RouteFlag} names.
 */
final class MacRoutes {

    static final int RTF_UP = 0x1;
    static final int RTF_GATEWAY = 0x2;
    static final int RTF_HOST = 0x4;
    static final int RTF_REJECT = 0x8;
    static final int RTF_DYNAMIC = 0x10;
    static final int RTF_MODIFIED = 0x20;
    static final int RTF_CLONING = 0x100;
    static final int RTF_LLINFO = 0x400;
    static final int RTF_STATIC = 0x800;
    static final int RTF_PROTO2 = 0x4000;
    static final int RTF_PROTO1 = 0x8000;
    static final int RTF_PRCLONING = 0x10000;
    static final int RTF_WASCLONED = 0x20000;
    static final int RTF_PROTO3 = 0x40000;
    static final int RTF_LOCAL = 0x200000;
    static final int RTF_BROADCAST = 0x400000;
    static final int RTF_MULTICAST = 0x800000;

    private static final int[] BITS = {RTF_UP, RTF_GATEWAY, RTF_HOST, RTF_REJECT, RTF_DYNAMIC, RTF_MODIFIED,
        RTF_CLONING, RTF_LLINFO, RTF_STATIC, RTF_PROTO1, RTF_PROTO2, RTF_WASCLONED, RTF_PROTO3, RTF_LOCAL,
        RTF_BROADCAST, RTF_MULTICAST};
    private static final RouteFlag[] FLAGS = {RouteFlag.UP, RouteFlag.GATEWAY, RouteFlag.HOST, RouteFlag.REJECT,
        RouteFlag.DYNAMIC, RouteFlag.MODIFIED, RouteFlag.CLONING, RouteFlag.LINK_INFO, RouteFlag.STATIC,
        RouteFlag.PROTOCOL1, RouteFlag.PROTOCOL2, RouteFlag.CLONED, RouteFlag.PROTOCOL3, RouteFlag.LOCAL,
        RouteFlag.BROADCAST, RouteFlag.MULTICAST};

    private MacRoutes() {
    }

    /**
     * @param names interface names by index (from NET_RT_IFLIST2); a missing one leaves the name null
     * @return the route, or empty when the destination is neither IPv4 nor IPv6
     */
    static Optional<Route> of(RouteMessage m, Map<Integer, String> names) {
        RoutingSockaddr dst = m.sockaddr(RouteDump2Decoder.RTAX_DST);
        if (dst == null || dst.family() != RoutingSockaddr.AF_INET && dst.family() != RoutingSockaddr.AF_INET6) {
            return Optional.empty();
        }
        boolean v6 = dst.family() == RoutingSockaddr.AF_INET6;
        InetAddress destination = inet(dst, v6);
        int prefix = prefixLength(m, destination, v6);
        RoutingSockaddr gw = m.sockaddr(RouteDump2Decoder.RTAX_GATEWAY);
        InetAddress gateway = null;
        Integer linkIndex = null;
        String linkAddress = null;
        if (gw != null && (gw.family() == RoutingSockaddr.AF_INET || gw.family() == RoutingSockaddr.AF_INET6)) {
            gateway = inet(gw, gw.family() == RoutingSockaddr.AF_INET6);
        } else if (gw != null && gw.family() == RoutingSockaddr.AF_LINK && gw.bytes().length >= 8) {
            byte[] dl = gw.bytes();
            linkIndex = (dl[2] & 0xff) | (dl[3] & 0xff) << 8;
            linkAddress = linkAddress(gw);
        }
        Set<RouteFlag> flags = EnumSet.noneOf(RouteFlag.class);
        for (int i = 0; i < BITS.length; i++) {
            if ((m.flags() & BITS[i]) != 0) {
                flags.add(FLAGS[i]);
            }
        }
        RoutingSockaddr ifa = m.sockaddr(RouteDump2Decoder.RTAX_IFA);
        InetAddress ifaAddress = ifa != null && (ifa.family() == RoutingSockaddr.AF_INET
                || ifa.family() == RoutingSockaddr.AF_INET6) ? inet(ifa, ifa.family() == RoutingSockaddr.AF_INET6)
                        : null;
        boolean protocolCloned = (m.flags() & RTF_WASCLONED) != 0 && (m.parentFlags() & RTF_PRCLONING) != 0;
        BsdRouteInfo bsd = new BsdRouteInfo(linkIndex, linkAddress, nonZero(m.mtu()),
                m.expire() == 0 ? null : Instant.ofEpochSecond(m.expire()), ifaAddress, nonZero(m.rtt()),
                nonZero(m.rttVar()), nonZero(m.recvPipe()), nonZero(m.sendPipe()), nonZero(m.ssthresh()),
                protocolCloned);
        return Optional.of(new Route(v6 ? AddressFamily.IPV6 : AddressFamily.IPV4, destination, prefix, gateway,
                flags, Integer.toUnsignedLong(m.flags()), null, null, (long) m.refcnt(), m.use(),
                names.get(m.index()), m.index(), null, null, null, null, null, false, false, bsd));
    }

    /**
     * The link-level address of a {@code sockaddr_dl} ({@code sdl_alen} bytes after the {@code sdl_nlen} bytes of
     * name), lower-case hex joined by {@code :}; null when it has none.
     */
    static String linkAddress(RoutingSockaddr dl) {
        byte[] b = dl.bytes();
        if (dl.family() != RoutingSockaddr.AF_LINK || b.length < 8) {
            return null;
        }
        int nlen = b[5] & 0xff;
        int alen = b[6] & 0xff;
        return alen > 0 && 8 + nlen + alen <= b.length
                ? HexFormat.ofDelimiter(":").formatHex(b, 8 + nlen, 8 + nlen + alen) : null;
    }

    private static Long nonZero(long v) {
        return v == 0 ? null : v;
    }

    static InetAddress inet(RoutingSockaddr sa, boolean v6) {
        byte[] a = sa.address(v6);
        byte[] sixteen = new byte[16];
        System.arraycopy(a, 0, sixteen, v6 ? 0 : 12, a.length);
        InetAddress out = PcbSockets.address(sixteen, v6);
        if (v6 && out instanceof java.net.Inet6Address six && six.getScopeId() == 0 && sa.scopeId() != 0) {
            try {
                return java.net.Inet6Address.getByAddress(null, six.getAddress(), sa.scopeId());
            } catch (java.net.UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    /**
     * Apple's netstat reads the prefix the way these rules give it back: a host route is a full-length prefix;
     * a missing netmask (or one of length 0) is the default route for the unspecified address, otherwise IPv4's
     * classful mask (netstat abbreviates by class and prints no suffix) and 0 for IPv6; a mask with holes
     * counts its leading ones (the model has no non-contiguous masks).
     */
    private static int prefixLength(RouteMessage m, InetAddress destination, boolean v6) {
        if ((m.flags() & RTF_HOST) != 0) {
            return v6 ? 128 : 32;
        }
        RoutingSockaddr mask = m.sockaddr(RouteDump2Decoder.RTAX_NETMASK);
        if (mask == null || mask.bytes().length == 0) {
            if (v6 || destination.isAnyLocalAddress()) {
                return 0;
            }
            int first = destination.getAddress()[0] & 0xff;
            return first < 128 ? 8 : first < 192 ? 16 : 24;
        }
        byte[] bytes = mask.address(v6);
        int n = 0;
        for (byte b : bytes) {
            int ones = Integer.numberOfLeadingZeros(~(b & 0xff) & 0xff) - 24;
            n += ones;
            if (ones < 8) {
                break;
            }
        }
        return n;
    }
}
