package io.github.netstatx.backend.windows.decode;

import java.net.InetAddress;

/**
 * The fields of one {@code MIB_IPFORWARD_ROW2} the backend uses.
 *
 * @param interfaceLuid InterfaceLuid
 * @param interfaceIndex InterfaceIndex
 * @param destination DestinationPrefix.Prefix address (with scope id for IPv6 when set)
 * @param prefixLength DestinationPrefix.PrefixLength
 * @param ipv6 true when the prefix's si_family is AF_INET6
 * @param nextHop NextHop address ({@code 0.0.0.0}/{@code ::} for on-link routes)
 * @param metric Metric (the route's own metric; Windows adds the interface metric to it)
 * @param protocol Protocol (NL_ROUTE_PROTOCOL: 2 local, 3 netmgmt/static, 10002 NT autostatic, ...)
 * @param loopback Loopback
 * @param origin Origin (NL_ROUTE_ORIGIN: 0 manual, 1 well-known, 2 DHCP, 3 router advertisement, 4 6to4)
 * @param age Age in seconds
 */
public record IpForwardRow2(long interfaceLuid, long interfaceIndex, InetAddress destination, int prefixLength,
        boolean ipv6, InetAddress nextHop, long metric, long protocol, boolean loopback, long origin, long age) {
}
