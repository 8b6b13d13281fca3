package io.github.netstatx.core.model;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Objects;

/**
 * An address literal and a port. The address is never resolved: backends build it from bytes with
 * {@link InetAddress#getByAddress(byte[])}. IPv4-mapped IPv6 addresses arrive here as
 * {@link java.net.Inet4Address} (the JDK converts them), which is how every renderer wants them.
 *
 * @param address the address; link-local IPv6 addresses may carry a scope id
 * @param port the port, 0 when none; for raw sockets the IP protocol number
 */
public record InetEndpoint(InetAddress address, int port) {

    public InetEndpoint {
        Objects.requireNonNull(address, "address");
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** True when the address is the unspecified address ({@code 0.0.0.0} or {@code ::}). */
    public boolean isUnspecifiedAddress() {
        return address.isAnyLocalAddress();
    }

    /** IPv6 scope id when the address has one, else {@code null}. */
    public Integer scopeId() {
        if (address instanceof Inet6Address v6 && v6.getScopeId() != 0) {
            return v6.getScopeId();
        }
        return null;
    }
}
