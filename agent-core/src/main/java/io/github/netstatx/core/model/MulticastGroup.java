package io.github.netstatx.core.model;

import java.net.InetAddress;
import java.util.Objects;

/**
 * A multicast group an interface has joined.
 *
 * @param interfaceName interface name
 * @param interfaceIndex interface index, or {@code null}
 * @param refCount number of users of the membership
 * @param group the group address
 * @param linkLayerAddress the link-layer multicast address the group maps to on the interface (lower-case hex
 *     bytes joined by {@code :}), when the platform reports it (macOS {@code ifma_lladdr}); null otherwise
 */
public record MulticastGroup(String interfaceName, Integer interfaceIndex, long refCount, InetAddress group,
        String linkLayerAddress) {

    /** A membership without a reported link-layer mapping. */
    public MulticastGroup(String interfaceName, Integer interfaceIndex, long refCount, InetAddress group) {
        this(interfaceName, interfaceIndex, refCount, group, null);
    }

    public MulticastGroup {
        Objects.requireNonNull(interfaceName, "interfaceName");
        Objects.requireNonNull(group, "group");
    }
}
