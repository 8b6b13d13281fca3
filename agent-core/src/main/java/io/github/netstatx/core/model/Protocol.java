package io.github.netstatx.core.model;

import java.util.Locale;

/** Transport protocol of a socket, independent of the address family. */
public enum Protocol {
    TCP,
    UDP,
    UDPLITE,
    RAW,
    UNIX,
    SCTP;

    /** Lower-case identifier used in JSON and on the command line ({@code tcp}, {@code udplite}, ...). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for the connection-oriented inet protocols whose rows carry a TCP-style state. */
    public boolean isStreamOriented() {
        return this == TCP || this == SCTP;
    }

    /** True for the inet protocols (everything but UNIX domain sockets). */
    public boolean isInet() {
        return this != UNIX;
    }
}
