package io.github.netstatx.backend.linux.views;

import io.github.netstatx.core.address.AddressBytes;
import java.net.InetAddress;
import java.nio.ByteOrder;

/**
 * The two ways procfs writes addresses in the view sources.
 *
 * <ul>
 *   <li>IPv4 in {@code route}, {@code rt_cache} and {@code igmp}: {@code %08X} of the 32-bit value as it is
 *       stored (network order) read as a host integer, so on little-endian hosts the bytes appear reversed:
 *       {@code 0100007F} is 127.0.0.1.
 *   <li>IPv6 in {@code ipv6_route}, {@code if_inet6} and {@code igmp6}: {@code %pi6}, 32 hex digits in plain
 *       network order.
 * </ul>
 */
final class ProcAddressCodec {

    private ProcAddressCodec() {
    }

    /** Decodes an 8-digit host-order IPv4 hex word; null when it is not one. */
    static InetAddress hostOrderIpv4(String hex, ByteOrder hostOrder) {
        if (hex.length() != 8) {
            return null;
        }
        long v;
        try {
            v = Long.parseLong(hex, 16);
        } catch (NumberFormatException e) {
            return null;
        }
        byte[] b = new byte[4];
        for (int i = 0; i < 4; i++) {
            // The host wrote the in-memory bytes b[0..3] as one integer: on little-endian hosts b[0]
            // is the least significant byte of the printed value.
            int shift = hostOrder == ByteOrder.LITTLE_ENDIAN ? 8 * i : 8 * (3 - i);
            b[i] = (byte) (v >>> shift);
        }
        return AddressBytes.of(b);
    }

    /** Decodes 32 hex digits in network order; null when they are not. */
    static InetAddress networkOrderIpv6(String hex) {
        byte[] b = hexBytes(hex, 16);
        return b == null ? null : AddressBytes.of(b);
    }

    /** Decodes {@code 2 * length} hex digits into bytes; null when the text is not exactly that. */
    static byte[] hexBytes(String hex, int length) {
        if (hex.length() != 2 * length) {
            return null;
        }
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            int hi = Character.digit(hex.charAt(2 * i), 16);
            int lo = Character.digit(hex.charAt(2 * i + 1), 16);
            if (hi < 0 || lo < 0) {
                return null;
            }
            b[i] = (byte) (hi << 4 | lo);
        }
        return b;
    }
}
