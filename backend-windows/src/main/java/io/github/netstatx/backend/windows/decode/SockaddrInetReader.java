package io.github.netstatx.backend.windows.decode;

import java.net.InetAddress;
import java.util.List;

/**
 * {@code SOCKADDR_INET} (28 bytes): the union of SOCKADDR_IN and SOCKADDR_IN6, discriminated by
 * {@code si_family} (USHORT at 0: 2 AF_INET, 23 AF_INET6). IPv4 address at 4; IPv6 address at 8 and scope id
 * at 24; the port at 2 is in network order and is not used in routing rows. Shared by
 * {@link IpForwardTable2Decoder} for DestinationPrefix.Prefix and NextHop.
 */
final class SockaddrInetReader {

    static final int SIZE = 28;
    static final int FAMILY = 0;
    static final int V4_PORT = 2;
    static final int V4_ADDR = 4;
    static final int V6_PORT = 2;
    static final int V6_FLOWINFO = 4;
    static final int V6_ADDR = 8;
    static final int V6_SCOPE_ID = 24;
    static final int AF_INET = 2;
    static final int AF_INET6 = 23;

    static final List<StructLayout> LAYOUTS = List.of(StructLayout.of("SOCKADDR_INET", SIZE)
            .field("si_family", FAMILY).field("Ipv4.sin_port", V4_PORT).field("Ipv4.sin_addr", V4_ADDR)
            .field("Ipv6.sin6_port", V6_PORT).field("Ipv6.sin6_flowinfo", V6_FLOWINFO)
            .field("Ipv6.sin6_addr", V6_ADDR).field("Ipv6.sin6_scope_id", V6_SCOPE_ID));

    private SockaddrInetReader() {
    }

    /** True when the SOCKADDR_INET at {@code at} is AF_INET6; fails for any family but the two. */
    static boolean isIpv6(LayoutReader r, int at, String field) {
        int family = r.u16(at + FAMILY, field + ".si_family");
        if (family != AF_INET && family != AF_INET6) {
            throw new MalformedBufferException(r.structure(), field + ".si_family is " + family
                    + ", neither AF_INET (2) nor AF_INET6 (23)");
        }
        return family == AF_INET6;
    }

    /** The address of the SOCKADDR_INET at {@code at}. */
    static InetAddress address(LayoutReader r, int at, String field) {
        return isIpv6(r, at, field)
                ? r.ipv6(at + V6_ADDR, at + V6_SCOPE_ID, field)
                : r.ipv4(at + V4_ADDR, field);
    }
}
