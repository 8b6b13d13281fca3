package io.github.netstatx.core.model;

import java.net.InetAddress;
import java.util.Objects;

/**
 * An address configured on an interface.
 *
 * @param address the address (IPv6 link-local addresses may carry a scope id)
 * @param prefixLength prefix length (IPv4 netmask as a prefix), or {@code null} when unknown
 * @param broadcast IPv4 broadcast address, or {@code null}
 * @param peer point-to-point destination, or {@code null}
 * @param scope IPv6 scope as the platform codes it (Linux if_inet6: 0x00 global, 0x20 link, 0x10 host,
 *     0x40 site), or {@code null}
 * @param label the label the address carries when it differs from the interface name (Linux IPv4
 *     alias labels such as {@code eth0:1}, which net-tools lists as interfaces of their own), or
 *     {@code null}
 */
public record InterfaceAddress(InetAddress address, Integer prefixLength, InetAddress broadcast, InetAddress peer,
        Integer scope, String label) {

    public InterfaceAddress {
        Objects.requireNonNull(address, "address");
    }

    /** An address without a label of its own. */
    public InterfaceAddress(InetAddress address, Integer prefixLength, InetAddress broadcast, InetAddress peer,
            Integer scope) {
        this(address, prefixLength, broadcast, peer, scope, null);
    }
}
