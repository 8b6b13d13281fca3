package io.github.netstatx.cli.linux;

import io.github.netstatx.core.model.InterfaceFlag;
import io.github.netstatx.core.model.LinkType;
import io.github.netstatx.core.model.NetInterface;
import java.util.HexFormat;

/**
 * The hardware line of {@code netstat -ie} ({@code lib/hw.c} and the per-type files of net-tools 2.10 as
 * Debian builds it): {@code ether 02:fc:00:00:00:01}, {@code loop}, {@code unspec 00-00-...}, followed by the
 * type's title. Types net-tools does not know print as {@code unspec} with 16 bytes of the address.
 */
final class NetToolsHardwareTypes {

    /**
     * @param name word printed before the address
     * @param title printed in parentheses at the end of the line
     * @param address how the address is printed
     */
    record HardwareType(String name, String title, AddressStyle address) {
    }

    enum AddressStyle {
        /** No address printed. */
        NONE,
        /** An empty address: the name followed by one blank. */
        EMPTY,
        /** Six lower-case hex bytes joined by colons. */
        ETHER,
        /** Sixteen upper-case hex bytes joined by dashes (only the first 8 come from the device). */
        UNSPEC,
        /** Twenty upper-case hex bytes joined by colons (only the first 8 come from the device). */
        INFINIBAND
    }

    private static final HardwareType UNSPEC = new HardwareType("unspec", "UNSPEC", AddressStyle.UNSPEC);

    private NetToolsHardwareTypes() {
    }

    static HardwareType of(NetInterface i) {
        LinkType t = i.linkType() != null ? i.linkType() : guess(i);
        return switch (t) {
            case ETHERNET -> new HardwareType("ether", "Ethernet", AddressStyle.ETHER);
            case LOOPBACK -> new HardwareType("loop", "Local Loopback", AddressStyle.NONE);
            case PPP -> new HardwareType("ppp", "Point-to-Point Protocol", AddressStyle.NONE);
            case IPIP_TUNNEL -> new HardwareType("tunnel", "IPIP Tunnel", AddressStyle.EMPTY);
            case SIT -> new HardwareType("sit", "IPv6-in-IPv4", AddressStyle.NONE);
            case SLIP -> new HardwareType("slip", "Serial Line IP", AddressStyle.NONE);
            case CSLIP -> new HardwareType("cslip", "VJ Serial Line IP", AddressStyle.NONE);
            case SLIP6 -> new HardwareType("slip6", "6-bit Serial Line IP", AddressStyle.NONE);
            case CSLIP6 -> new HardwareType("cslip6", "VJ 6-bit Serial Line IP", AddressStyle.NONE);
            case ADAPTIVE_SLIP -> new HardwareType("adaptive", "Adaptive Serial Line IP", AddressStyle.NONE);
            case HDLC -> new HardwareType("hdlc", "(Cisco)-HDLC", AddressStyle.NONE);
            case LAPB -> new HardwareType("lapb", "LAPB", AddressStyle.NONE);
            case FRAME_RELAY_ACCESS_DEVICE -> new HardwareType("frad", "Frame Relay Access Device", AddressStyle.NONE);
            case INFINIBAND -> new HardwareType("infiniband", "InfiniBand", AddressStyle.INFINIBAND);
            case OTHER -> UNSPEC;
        };
    }

    /** A platform that did not say: loopback by flag, Ethernet when it has a 6-byte address. */
    private static LinkType guess(NetInterface i) {
        if (i.flags().contains(InterfaceFlag.LOOPBACK)) {
            return LinkType.LOOPBACK;
        }
        byte[] mac = bytes(i.hardwareAddress());
        return mac.length == 6 ? LinkType.ETHERNET : LinkType.OTHER;
    }

    /** The address part of the line (without the leading name), or null when none is printed. */
    static String address(HardwareType t, String hardwareAddress) {
        byte[] raw = bytes(hardwareAddress);
        // net-tools copies 8 bytes of the ioctl's address into a zeroed buffer and prints from that
        byte[] hw = new byte[32];
        System.arraycopy(raw, 0, hw, 0, Math.min(8, raw.length));
        return switch (t.address()) {
            case NONE -> null;
            case EMPTY -> "";
            case ETHER -> join(hw, 6, ":", false);
            case UNSPEC -> join(hw, 16, "-", true);
            case INFINIBAND -> join(hw, 20, ":", true);
        };
    }

    private static String join(byte[] b, int n, String sep, boolean upper) {
        StringBuilder sb = new StringBuilder(n * 3);
        HexFormat hex = upper ? HexFormat.of().withUpperCase() : HexFormat.of();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(hex.toHexDigits(b[i]));
        }
        return sb.toString();
    }

    /** Colon-separated hex to bytes; empty for null or unparsable text. */
    static byte[] bytes(String colonHex) {
        if (colonHex == null || colonHex.isEmpty()) {
            return new byte[0];
        }
        String[] parts = colonHex.split(":");
        byte[] b = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].length() != 2) {
                return new byte[0];
            }
            int hi = Character.digit(parts[i].charAt(0), 16);
            int lo = Character.digit(parts[i].charAt(1), 16);
            if (hi < 0 || lo < 0) {
                return new byte[0];
            }
            b[i] = (byte) (hi << 4 | lo);
        }
        return b;
    }
}
