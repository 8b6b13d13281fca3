package io.github.netstatx.core.model;

import java.util.Objects;

/**
 * A tracked (possibly masqueraded) connection, original direction first.
 *
 * @param family IPv4 or IPv6
 * @param protocolName layer-4 protocol as the platform names it ({@code tcp}, {@code udp}, {@code icmp})
 * @param protocolNumber layer-4 protocol number
 * @param expiresInSeconds seconds until the entry expires, or {@code null}
 * @param state protocol state ({@code ESTABLISHED}) for stateful protocols, or {@code null}
 * @param original source and destination of the original direction
 * @param reply source and destination of the reply direction
 * @param assured whether the entry is assured
 * @param unreplied whether no reply has been seen
 */
public record ConntrackEntry(AddressFamily family, String protocolName, int protocolNumber, Long expiresInSeconds,
        String state, Tuple original, Tuple reply, boolean assured, boolean unreplied) {

    /** One direction of a tracked connection. */
    public record Tuple(InetEndpoint source, InetEndpoint destination) {
    }

    public ConntrackEntry {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(protocolName, "protocolName");
        Objects.requireNonNull(original, "original");
    }
}
