package io.github.netstatx.core.model;

/** Interface flags (the Linux {@code IFF_*} set, which the other platforms map onto). */
public enum InterfaceFlag {
    UP,
    BROADCAST,
    DEBUG,
    LOOPBACK,
    POINT_TO_POINT,
    NO_TRAILERS,
    RUNNING,
    NO_ARP,
    PROMISC,
    ALL_MULTI,
    MASTER,
    SLAVE,
    MULTICAST,
    DYNAMIC
}
