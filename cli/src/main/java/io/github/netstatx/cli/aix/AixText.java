package io.github.netstatx.cli.aix;

import io.github.netstatx.cli.names.AddressText;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/** Column padding and address literals as AIX netstat prints them. */
final class AixText {

    private AixText() {
    }

    /** Left-aligned in {@code width}; longer text is never cut, it pushes the rest of the line right. */
    static StringBuilder left(StringBuilder sb, String text, int width) {
        sb.append(text);
        for (int i = text.length(); i < width; i++) {
            sb.append(' ');
        }
        return sb;
    }

    /** Right-aligned in {@code width}. */
    static StringBuilder right(StringBuilder sb, String text, int width) {
        for (int i = text.length(); i < width; i++) {
            sb.append(' ');
        }
        return sb.append(text);
    }

    /** A literal with AIX's zone suffix on scoped IPv6 addresses ({@code ::1%1}). */
    static String literal(InetAddress a) {
        String text = AddressText.numeric(a);
        if (a instanceof Inet6Address v6 && v6.getScopeId() != 0) {
            return text + "%" + v6.getScopeId();
        }
        return text;
    }

    /**
     * An IPv4 network as netstat abbreviates it: the address masked to {@code prefix}, cut after its last
     * non-zero octet, at least one octet long ({@code 10.1.0.0/23} is {@code 10.1}, {@code 127.0.0.0/8} is
     * {@code 127}).
     */
    static String ipv4Network(InetAddress a, int prefix) {
        byte[] b = a.getAddress();
        int v = (b[0] & 0xFF) << 24 | (b[1] & 0xFF) << 16 | (b[2] & 0xFF) << 8 | (b[3] & 0xFF);
        int masked = prefix == 0 ? 0 : v & (-1 << (32 - prefix));
        int[] octets = {masked >>> 24, masked >>> 16 & 0xFF, masked >>> 8 & 0xFF, masked & 0xFF};
        int keep = 4;
        while (keep > 1 && octets[keep - 1] == 0) {
            keep--;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < keep; i++) {
            sb.append(i == 0 ? "" : ".").append(octets[i]);
        }
        return sb.toString();
    }

    static boolean isIpv4(InetAddress a) {
        return a instanceof Inet4Address;
    }
}
