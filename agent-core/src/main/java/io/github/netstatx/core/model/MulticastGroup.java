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
 */
public record MulticastGroup(String interfaceName, Integer interfaceIndex, long refCount, InetAddress group) {

    public MulticastGroup {
        Objects.requireNonNull(interfaceName, "interfaceName");
        Objects.requireNonNull(group, "group");
    }
}
