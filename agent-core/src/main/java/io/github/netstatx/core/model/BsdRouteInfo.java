package io.github.netstatx.core.model;

import java.net.InetAddress;
import java.time.Instant;

/**
 * Route facts a BSD-derived kernel reports beyond the common columns (macOS {@code NET_RT_DUMP2}: what Apple's
 * {@code netstat -r -l -a} prints). Every field may be null (unknown or not set).
 *
 * @param gatewayLinkIndex the interface index of a link-level gateway ({@code sockaddr_dl.sdl_index}); Apple's
 *     netstat prints such a gateway as {@code link#N} when it has no link-level address
 * @param gatewayLinkAddress the link-level address of that gateway (an ARP or neighbour entry), lower-case hex
 *     bytes joined by {@code :}; null when the gateway is not a link or has no address
 * @param mtu the route's MTU ({@code rmx_mtu}); null when 0 (the interface's MTU applies)
 * @param expires when the route expires ({@code rmx_expire}); null when it does not
 * @param interfaceAddress the local address the route sends from ({@code RTA_IFA})
 * @param rtt round-trip time in microseconds ({@code rmx_rtt}, {@code RTM_RTTUNIT}); null when 0
 * @param rttVariance its variance in microseconds ({@code rmx_rttvar}); null when 0
 * @param recvPipe inbound delay-bandwidth product ({@code rmx_recvpipe}); null when 0
 * @param sendPipe outbound delay-bandwidth product ({@code rmx_sendpipe}); null when 0
 * @param ssthresh outbound gateway buffer limit ({@code rmx_ssthresh}); null when 0
 * @param protocolCloned cloned from a route that clones per protocol (a {@code RTF_WASCLONED} route whose parent
 *     has {@code RTF_PRCLONING}): Apple's netstat lists these only with {@code -a}
 */
public record BsdRouteInfo(Integer gatewayLinkIndex, String gatewayLinkAddress, Long mtu, Instant expires,
        InetAddress interfaceAddress, Long rtt, Long rttVariance, Long recvPipe, Long sendPipe, Long ssthresh,
        boolean protocolCloned) {
}
