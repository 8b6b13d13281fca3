package io.github.netstatx.core.model;

import java.util.Locale;

/**
 * Address family of the table a socket was found in. A dual-stack IPv6 socket that carries an
 * IPv4-mapped peer keeps {@link #IPV6} here even though its addresses are IPv4 literals.
 */
public enum AddressFamily {
    IPV4,
    IPV6,
    UNIX;

    /** Lower-case identifier used in JSON ({@code ipv4}, {@code ipv6}, {@code unix}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
