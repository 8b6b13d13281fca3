package io.github.netstatx.cli.names;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses a hosts file ({@code /etc/hosts}) into the reverse map {@code gethostbyaddr} answers from
 * with NSS "files": the first line naming an address wins, and its first name is the answer.
 * Sample:
 * <pre>
 * 127.0.0.1       localhost
 * ::1             localhost ip6-localhost ip6-loopback
 * 192.0.2.7       build-7.example.org build-7
 * </pre>
 * Only literal addresses are read (nothing here ever resolves a name).
 */
public final class HostsFileParser {

    private HostsFileParser() {
    }

    /** Address to primary name. */
    public static Map<InetAddress, String> parse(List<String> lines) {
        Map<InetAddress, String> names = new HashMap<>();
        for (String line : lines) {
            String[] f = ServicesFileParser.fields(line);
            if (f.length < 2) {
                continue;
            }
            literal(f[0]).ifPresent(a -> names.putIfAbsent(a, f[1]));
        }
        return names;
    }

    /** The address an IPv4 or IPv6 literal stands for; empty for anything else (no lookups). */
    static Optional<InetAddress> literal(String s) {
        byte[] b = s.indexOf(':') >= 0 ? ipv6(s) : ipv4(s);
        if (b == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByAddress(b));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** A dotted quad, or null. */
    static byte[] ipv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] b = new byte[4];
        for (int i = 0; i < 4; i++) {
            int v = decimal(parts[i]);
            if (v < 0 || v > 255) {
                return null;
            }
            b[i] = (byte) v;
        }
        return b;
    }

    /** An IPv6 literal (with at most one {@code ::} and an optional dotted-quad tail), or null. */
    static byte[] ipv6(String s) {
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        List<Integer> head = gap < 0 ? groups(s) : groups(s.substring(0, gap));
        List<Integer> tail = gap < 0 ? List.of() : groups(s.substring(gap + 2));
        if (head == null || tail == null) {
            return null;
        }
        int words = head.size() + tail.size();
        if (gap < 0 ? words != 8 : words > 7) {
            return null;
        }
        byte[] b = new byte[16];
        for (int i = 0; i < head.size(); i++) {
            put(b, i, head.get(i));
        }
        for (int i = 0; i < tail.size(); i++) {
            put(b, 8 - tail.size() + i, tail.get(i));
        }
        return b;
    }

    private static void put(byte[] b, int word, int v) {
        b[2 * word] = (byte) (v >> 8);
        b[2 * word + 1] = (byte) v;
    }

    /** Colon-separated hex groups (the last may be a dotted quad, as two groups); null when malformed. */
    private static List<Integer> groups(String s) {
        List<Integer> out = new java.util.ArrayList<>();
        if (s.isEmpty()) {
            return out;
        }
        String[] parts = s.split(":", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (i == parts.length - 1 && p.indexOf('.') >= 0) {
                byte[] v4 = ipv4(p);
                if (v4 == null) {
                    return null;
                }
                out.add(((v4[0] & 0xFF) << 8) | (v4[1] & 0xFF));
                out.add(((v4[2] & 0xFF) << 8) | (v4[3] & 0xFF));
                continue;
            }
            if (p.isEmpty() || p.length() > 4) {
                return null;
            }
            int v = 0;
            for (int k = 0; k < p.length(); k++) {
                int d = Character.digit(p.charAt(k), 16);
                if (d < 0) {
                    return null;
                }
                v = v * 16 + d;
            }
            out.add(v);
        }
        return out;
    }

    private static int decimal(String s) {
        if (s.isEmpty() || s.length() > 3) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
