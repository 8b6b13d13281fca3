package io.github.netstatx.cli.names;

import java.net.Inet4Address;
import java.net.InetAddress;

/**
 * Address literals as the C library writes them ({@code inet_ntoa}, glibc {@code inet_ntop}), never
 * with a scope suffix. {@link InetAddress#getHostAddress()} writes IPv6 uncompressed
 * ({@code 0:0:0:0:0:0:0:1}), which no netstat prints.
 */
public final class AddressText {

    private AddressText() {
    }

    /** {@code 192.0.2.1}, {@code ::1}, {@code 2001:db8::1}, {@code ::192.0.2.1} (IPv4-compatible). */
    public static String numeric(InetAddress address) {
        byte[] b = address.getAddress();
        StringBuilder sb = new StringBuilder(b.length == 4 ? 15 : 39);
        if (address instanceof Inet4Address) {
            appendIpv4(sb, b, 0);
        } else {
            appendIpv6(sb, b);
        }
        return sb.toString();
    }

    /** An IPv4 prefix length as a dotted netmask ({@code 24} is {@code 255.255.255.0}). */
    public static String ipv4Netmask(int prefixLength) {
        long m = prefixLength <= 0 ? 0 : (0xFFFFFFFFL << (32 - Math.min(32, prefixLength))) & 0xFFFFFFFFL;
        return (m >>> 24) + "." + (m >>> 16 & 0xFF) + "." + (m >>> 8 & 0xFF) + "." + (m & 0xFF);
    }

    private static void appendIpv4(StringBuilder sb, byte[] b, int off) {
        sb.append(b[off] & 0xFF).append('.').append(b[off + 1] & 0xFF).append('.')
                .append(b[off + 2] & 0xFF).append('.').append(b[off + 3] & 0xFF);
    }

    /** glibc {@code inet_ntop6}: the first longest run of two or more zero groups becomes {@code ::}. */
    private static void appendIpv6(StringBuilder sb, byte[] b) {
        int[] words = new int[8];
        for (int i = 0; i < 8; i++) {
            words[i] = ((b[2 * i] & 0xFF) << 8) | (b[2 * i + 1] & 0xFF);
        }
        int bestBase = -1;
        int bestLen = 0;
        for (int i = 0; i < 8;) {
            if (words[i] != 0) {
                i++;
                continue;
            }
            int start = i;
            while (i < 8 && words[i] == 0) {
                i++;
            }
            if (i - start > bestLen) {
                bestBase = start;
                bestLen = i - start;
            }
        }
        if (bestLen < 2) {
            bestBase = -1;
        }
        for (int i = 0; i < 8; i++) {
            if (bestBase >= 0 && i >= bestBase && i < bestBase + bestLen) {
                if (i == bestBase) {
                    sb.append(':');
                }
                continue;
            }
            if (i != 0) {
                sb.append(':');
            }
            if (i == 6 && bestBase == 0 && (bestLen == 6 || (bestLen == 5 && words[5] == 0xFFFF))) {
                appendIpv4(sb, b, 12);
                return;
            }
            sb.append(Integer.toHexString(words[i]));
        }
        if (bestBase >= 0 && bestBase + bestLen == 8) {
            sb.append(':');
        }
    }
}
