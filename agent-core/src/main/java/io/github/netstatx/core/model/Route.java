package io.github.netstatx.core.model;

import java.net.InetAddress;
import java.util.Objects;
import java.util.Set;

/**
 * A route.
 *
 * @param family IPv4 or IPv6
 * @param destination destination network
 * @param prefixLength destination prefix length
 * @param gateway next hop, or {@code null} for on-link routes
 * @param flags flags that are set
 * @param rawFlags the platform's flag word, or {@code null}
 * @param metric route metric, or {@code null}
 * @param interfaceMetric metric of the outgoing interface (Windows adds it to the route metric), or {@code null}
 * @param refCount reference count, or {@code null}
 * @param use use count, or {@code null}
 * @param interfaceName outgoing interface name, or {@code null} (unreachable/prohibit routes)
 * @param interfaceIndex outgoing interface index, or {@code null}
 * @param mss MSS/advmss as the platform reports it, or {@code null}
 * @param window TCP window clamp, or {@code null}
 * @param irtt initial RTT, or {@code null}
 * @param source source prefix (IPv6 source routing), or {@code null}
 * @param sourcePrefixLength source prefix length, or {@code null}
 * @param cached true for a routing-cache entry rather than a FIB route
 * @param persistent true for an entry of the OS's persistent-route store (Windows' persistent routes), with the
 *     values stored there; such an entry is not a route in effect: when the stored route is active it is listed
 *     again as a separate, non-persistent entry with its live values
 * @param bsd what a BSD routing socket adds (link-level gateways, MTU, expiry, metrics), or {@code null}
 */
public record Route(AddressFamily family, InetAddress destination, int prefixLength, InetAddress gateway,
        Set<RouteFlag> flags, Long rawFlags, Long metric, Long interfaceMetric, Long refCount, Long use,
        String interfaceName, Integer interfaceIndex, Integer mss, Integer window, Integer irtt,
        InetAddress source, Integer sourcePrefixLength, boolean cached, boolean persistent, BsdRouteInfo bsd) {

    /** A route without BSD details. */
    public Route(AddressFamily family, InetAddress destination, int prefixLength, InetAddress gateway,
            Set<RouteFlag> flags, Long rawFlags, Long metric, Long interfaceMetric, Long refCount, Long use,
            String interfaceName, Integer interfaceIndex, Integer mss, Integer window, Integer irtt,
            InetAddress source, Integer sourcePrefixLength, boolean cached, boolean persistent) {
        this(family, destination, prefixLength, gateway, flags, rawFlags, metric, interfaceMetric, refCount, use,
                interfaceName, interfaceIndex, mss, window, irtt, source, sourcePrefixLength, cached, persistent,
                null);
    }

    public Route {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(destination, "destination");
        flags = Set.copyOf(flags);
    }
}
