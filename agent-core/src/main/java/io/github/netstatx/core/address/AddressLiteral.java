package io.github.netstatx.core.address;

import java.net.InetAddress;

/**
 * Numeric address literals, parsed by hand so that no text can ever reach a resolver:
 * <ul>
 *   <li>IPv4: exactly four decimal parts of one to three digits, each at most 255 ({@code 192.168.0.1});
 *   the shorthand forms {@code inet_aton} also takes ({@code 127.1}, {@code 0x7f.1}) are not literals here;</li>
 *   <li>IPv6: eight groups of one to four hex digits, at most one {@code ::} standing for one or more zero
 *   groups, and optionally a dotted quad for the last 32 bits ({@code ::ffff:10.0.0.1}). Zone suffixes
 *   ({@code %eth0}) are not part of the literal: callers that have a zone pass its index to
 *   {@link AddressBytes#ipv6(byte[], int)}.</li>
 * </ul>
 * Every method returns {@code null} for text that is not such a literal, so parsers can count the line
 * as malformed.
 */
public final class AddressLiteral {

    private AddressLiteral() {
    }

    /** An IPv4 or IPv6 literal as an address (IPv4-mapped IPv6 comes back as IPv4); {@code null} when not one. */
    public static InetAddress parse(String text) {
        byte[] b = text.indexOf(':') >= 0 ? ipv6Bytes(text) : ipv4Bytes(text);
        return b == null ? null : AddressBytes.of(b);
    }

    /** The 4 bytes of a dotted quad; {@code null} when {@code text} is not one. */
    public static byte[] ipv4Bytes(String text) {
        byte[] b = new byte[4];
        int part = 0;
        int value = 0;
        int digits = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '.';
            if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
                if (++digits > 3 || value > 255) {
                    return null;
                }
            } else if (c == '.' && digits > 0 && part < 4) {
                b[part++] = (byte) value;
                value = 0;
                digits = 0;
            } else {
                return null;
            }
        }
        return part == 4 ? b : null;
    }

    /** The 16 bytes of an IPv6 literal; {@code null} when {@code text} is not one. */
    public static byte[] ipv6Bytes(String text) {
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        byte[] b = new byte[16];
        if (gap < 0) {
            return groups(text, b, 0, 8) == 8 ? b : null;
        }
        String head = text.substring(0, gap);
        String tail = text.substring(gap + 2);
        // The head ends at "::", so a dotted quad can only be in the tail.
        int headWords = head.isEmpty() ? 0 : groups(head, b, 0, 7);
        if (headWords < 0 || head.indexOf('.') >= 0) {
            return null;
        }
        byte[] t = new byte[16];
        int tailWords = tail.isEmpty() ? 0 : groups(tail, t, 0, 7);
        if (tailWords < 0 || headWords + tailWords > 7) {
            return null;
        }
        System.arraycopy(t, 0, b, 16 - 2 * tailWords, 2 * tailWords);
        return b;
    }

    /**
     * Writes the colon-separated groups of {@code s} into {@code out} from word {@code at}; the last group
     * may be a dotted quad (two words).
     *
     * @return how many 16-bit words were written, or -1 when {@code s} is malformed or has more than
     *     {@code max} words
     */
    private static int groups(String s, byte[] out, int at, int max) {
        int words = 0;
        int start = 0;
        while (true) {
            int end = s.indexOf(':', start);
            String group = end < 0 ? s.substring(start) : s.substring(start, end);
            if (end < 0 && group.indexOf('.') >= 0) {
                byte[] v4 = ipv4Bytes(group);
                if (v4 == null || words + 2 > max) {
                    return -1;
                }
                System.arraycopy(v4, 0, out, 2 * (at + words), 4);
                return words + 2;
            }
            int v = hexGroup(group);
            if (v < 0 || words + 1 > max) {
                return -1;
            }
            out[2 * (at + words)] = (byte) (v >> 8);
            out[2 * (at + words) + 1] = (byte) v;
            words++;
            if (end < 0) {
                return words;
            }
            start = end + 1;
        }
    }

    private static int hexGroup(String g) {
        if (g.isEmpty() || g.length() > 4) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < g.length(); i++) {
            int d = Character.digit(g.charAt(i), 16);
            // Character.digit also takes non-ASCII digits; a literal is ASCII.
            if (d < 0 || g.charAt(i) > 'f') {
                return -1;
            }
            v = v << 4 | d;
        }
        return v;
    }
}
