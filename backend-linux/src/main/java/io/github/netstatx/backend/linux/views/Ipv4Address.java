package io.github.netstatx.backend.linux.views;

import java.net.InetAddress;

/**
 * One IPv4 address of an interface, as the kernel lists it (rtnetlink {@code RTM_NEWADDR}, or iproute2's
 * text of it).
 *
 * @param interfaceIndex interface index
 * @param interfaceName interface name
 * @param address local address
 * @param prefixLength prefix length
 * @param broadcast broadcast address, or null
 * @param peer point-to-point peer, or null
 * @param label address label ({@code v0}, {@code v0:1})
 */
public record Ipv4Address(int interfaceIndex, String interfaceName, InetAddress address, int prefixLength,
        InetAddress broadcast, InetAddress peer, String label) {
}
