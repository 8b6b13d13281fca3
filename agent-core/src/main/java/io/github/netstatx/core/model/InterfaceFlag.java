package io.github.netstatx.core.model;

/** Interface flags (the Linux {@code IFF_*} set, which the other platforms map onto). */
public enum InterfaceFlag {
    UP(0x1),
    BROADCAST(0x2),
    DEBUG(0x4),
    LOOPBACK(0x8),
    POINT_TO_POINT(0x10),
    NO_TRAILERS(0x20),
    RUNNING(0x40),
    NO_ARP(0x80),
    PROMISC(0x100),
    ALL_MULTI(0x200),
    MASTER(0x400),
    SLAVE(0x800),
    MULTICAST(0x1000),
    DYNAMIC(0x8000);

    private final int iffBit;

    InterfaceFlag(int iffBit) {
        this.iffBit = iffBit;
    }

    /**
     * The flag's bit in Linux's {@code IFF_*} flag word ({@code include/uapi/linux/if.h}): the word net-tools
     * prints as {@code flags=N}, whichever platform the flag came from.
     */
    public int iffBit() {
        return iffBit;
    }
}
