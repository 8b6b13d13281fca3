package io.github.netstatx.cli.names;

import java.net.Inet4Address;
import java.net.InetAddress;

/**
 * Address literals as the native tools print them, never resolved. {@link InetAddress#getHostAddress()}
 * writes IPv6 uncompressed ({@code fe80:0:0:0:...}) and appends a scope; both netstat.exe and net-tools
 * print the compressed form of {@code inet_ntop}: the longest run of two or more zero groups (the first
 * of equal runs) becomes {@code ::}, hex is lower case, and an IPv4-compatible address
 * ({@code ::a.b.c.d}, not {@code ::} or {@code ::1}) keeps its dotted tail.
 */
public final class AddressText {

    private AddressText() {
    }

    /** The literal of {@code address} without brackets or scope. */
    public static String literal(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return dotted(b, 0);
        }
        return ipv6(b);
    }

    private static String dotted(byte[] b, int from) {
        return (b[from] & 0xff) + "." + (b[from + 1] & 0xff) + "." + (b[from + 2] & 0xff) + "." + (b[from + 3] & 0xff);
    }

    private static String ipv6(byte[] b) {
        int[] words = new int[8];
        for (int i = 0; i < 8; i++) {
            words[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        int bestBase = -1;
        int bestLen = 0;
        for (int i = 0; i < 8; ) {
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
        StringBuilder sb = new StringBuilder(39);
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
            if (i == 6 && bestBase == 0 && (bestLen == 6 || (bestLen == 5 && words[5] == 0xffff))) {
                sb.append(dotted(b, 12));
                return sb.toString();
            }
            sb.append(Integer.toHexString(words[i]));
        }
        if (bestBase >= 0 && bestBase + bestLen == 8) {
            sb.append(':');
        }
        return sb.toString();
    }
}
