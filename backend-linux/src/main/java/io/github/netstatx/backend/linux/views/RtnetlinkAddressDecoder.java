package io.github.netstatx.backend.linux.views;

import io.github.netstatx.core.address.AddressBytes;
import io.github.netstatx.core.parse.ParseResult;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decodes the kernel's answer to an rtnetlink {@code RTM_GETADDR} dump for {@code AF_INET}: one
 * {@code RTM_NEWADDR} message per IPv4 address, a {@code struct ifaddrmsg} followed by attributes, grouped by
 * interface and within one in the kernel's list order (primaries before secondaries) — the order in which
 * {@code SIOCGIFADDR} finds the first address of a label, as net-tools asks:
 *
 * <pre>
 * ifaddrmsg  family 2, prefixlen 24, flags 0x80 (PERMANENT), scope 0, index 3
 * IFA_ADDRESS 10.1.0.1   IFA_LOCAL 10.1.0.1   IFA_BROADCAST 10.1.0.255   IFA_LABEL "v0"
 * ifaddrmsg  family 2, prefixlen 32, index 4
 * IFA_ADDRESS 10.9.0.2   IFA_LOCAL 10.9.0.1   IFA_LABEL "t0"          (point-to-point: ADDRESS is the peer)
 * </pre>
 *
 * (a decoded view; the input is the binary dump, host byte order).
 */
public final class RtnetlinkAddressDecoder {

    private static final int RTM_NEWADDR = 20;
    private static final int AF_INET = 2;
    private static final int IFADDRMSG_SIZE = 8;
    private static final int IFA_ADDRESS = 1;
    private static final int IFA_LOCAL = 2;
    private static final int IFA_LABEL = 3;
    private static final int IFA_BROADCAST = 4;

    private RtnetlinkAddressDecoder() {
    }

    /**
     * The IPv4 addresses in dump order. {@code interfaceNames} names the interfaces by index (from the link
     * dump); an address of an index it does not know (the link went away between the two dumps) is left out.
     * A message too short or without an address is skipped and its number reported.
     */
    public static ParseResult<Ipv4Address> decode(byte[] dump, ByteOrder hostOrder,
            Map<Integer, String> interfaceNames) {
        List<Integer> skipped = new ArrayList<>();
        List<Ipv4Address> out = new ArrayList<>();
        for (NetlinkMessages.Message m : NetlinkMessages.split(dump, hostOrder, skipped)) {
            ByteBuffer p = m.payload();
            if (m.type() != RTM_NEWADDR || (p.limit() >= 1 && p.get(0) != AF_INET)) {
                continue;
            }
            Ipv4Address a = address(p, interfaceNames);
            if (a == null) {
                skipped.add(m.number());
            } else if (a.interfaceName() != null) {
                out.add(a);
            }
        }
        return new ParseResult<>(out, skipped);
    }

    private static Ipv4Address address(ByteBuffer p, Map<Integer, String> interfaceNames) {
        if (p.limit() < IFADDRMSG_SIZE) {
            return null;
        }
        int prefix = Byte.toUnsignedInt(p.get(1));
        int index = p.getInt(4);
        Map<Integer, ByteBuffer> a = NetlinkMessages.attributes(p, IFADDRMSG_SIZE);
        if (a == null || prefix > 32) {
            return null;
        }
        InetAddress address = ipv4(a.get(IFA_ADDRESS));
        InetAddress local = ipv4(a.get(IFA_LOCAL));
        if (local == null && address == null) {
            return null;
        }
        // As iproute2 shows it: the local address, and the other end when IFA_ADDRESS names a different one.
        InetAddress peer = local != null && address != null && !local.equals(address) ? address : null;
        String name = interfaceNames.get(index);
        String label = a.containsKey(IFA_LABEL) ? NetlinkMessages.string(a.get(IFA_LABEL)) : name;
        return new Ipv4Address(index, name, local != null ? local : address, prefix, ipv4(a.get(IFA_BROADCAST)),
                peer, label);
    }

    private static InetAddress ipv4(ByteBuffer value) {
        return value == null || value.limit() != 4 ? null : AddressBytes.of(NetlinkMessages.bytes(value));
    }
}
