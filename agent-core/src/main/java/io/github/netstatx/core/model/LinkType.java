package io.github.netstatx.core.model;

/**
 * The kind of link an interface is, in a vocabulary every platform maps onto. The constants follow Linux's
 * {@code ARPHRD_*} link types that net-tools knows by name (it prints {@code ether}, {@code loop},
 * {@code ppp}, ... and their titles in {@code netstat -ie}); everything else is {@link #OTHER}.
 */
public enum LinkType {
    /** Ethernet and everything that looks like it to the stack (Wi-Fi, veth, bridges, VLANs). */
    ETHERNET(1),
    LOOPBACK(772),
    PPP(512),
    /** IPv4-in-IPv4 tunnel. */
    IPIP_TUNNEL(768),
    /** IPv6-in-IPv4 tunnel. */
    SIT(776),
    SLIP(256),
    CSLIP(257),
    SLIP6(258),
    CSLIP6(259),
    ADAPTIVE_SLIP(264),
    HDLC(513),
    LAPB(516),
    FRAME_RELAY_ACCESS_DEVICE(770),
    INFINIBAND(32),
    /** Any other link type (tun devices, GRE, CAN, ...). */
    OTHER(-1);

    private final int arphrd;

    LinkType(int arphrd) {
        this.arphrd = arphrd;
    }

    /** Linux {@code ARPHRD_*} number, or -1 for {@link #OTHER}. */
    public int arphrd() {
        return arphrd;
    }

    /** The link type of a Linux {@code ARPHRD_*} number ({@link #OTHER} for unlisted ones). */
    public static LinkType ofArphrd(int arphrd) {
        for (LinkType t : values()) {
            if (t.arphrd == arphrd && t != OTHER) {
                return t;
            }
        }
        return OTHER;
    }
}
