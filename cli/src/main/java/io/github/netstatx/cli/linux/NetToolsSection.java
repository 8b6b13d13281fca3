package io.github.netstatx.cli.linux;

/**
 * The parts of a net-tools socket listing, in the order netstat prints them. Each one the user
 * selects counts towards net-tools' {@code flag_arg}; when none is selected everything is listed
 * except the multicast groups.
 */
public enum NetToolsSection {
    TCP,
    SCTP,
    UDP,
    UDPLITE,
    RAW,
    /** {@code -g}: multicast group memberships, printed inside the socket listing. */
    GROUPS,
    UNIX,
    IPX,
    AX25,
    X25,
    NETROM,
    ROSE,
    /** Bluetooth L2CAP ({@code -2}). */
    L2CAP,
    /** Bluetooth RFCOMM ({@code -f}). */
    RFCOMM;

    /** True for the sections printed under "Active Internet connections". */
    public boolean isInet() {
        return this == TCP || this == SCTP || this == UDP || this == UDPLITE || this == RAW;
    }
}
