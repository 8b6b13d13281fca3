package io.github.netstatx.cli.names;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses a hosts file ({@code /etc/hosts}) into the reverse answers glibc's NSS "files" module
 * gives. Sample:
 * <pre>
 * 127.0.0.1       localhost
 * ::1             localhost ip6-localhost ip6-loopback
 * 192.0.2.7       build-7.example.org build-7
 * </pre>
 * The first line naming an address wins, and its first name is the answer. As in glibc, an IPv4
 * lookup also matches v4-mapped IPv6 lines and {@code ::1} (as 127.0.0.1), while an IPv6 lookup
 * (v4-mapped addresses included) matches IPv6 lines only. Only literal addresses are read
 * (nothing here ever resolves a name).
 */
public final class HostsFileParser {

    /**
     * Names for IPv4 lookups (keys are {@link Inet4Address}) and IPv6 lookups (keys are
     * {@link Inet6Address}, v4-mapped ones kept as IPv6).
     */
    public record Table(Map<InetAddress, String> ipv4, Map<InetAddress, String> ipv6) {

        /** The name glibc would give {@code address}, looked up in its own family. */
        public Optional<String> name(InetAddress address) {
            return Optional.ofNullable((address instanceof Inet4Address ? ipv4 : ipv6).get(address));
        }
    }

    private static final byte[] LOOPBACK4 = {127, 0, 0, 1};

    private HostsFileParser() {
    }

    public static Table parse(List<String> lines) {
        Map<InetAddress, String> v4 = new HashMap<>();
        Map<InetAddress, String> v6 = new HashMap<>();
        for (String line : lines) {
            String[] f = ServicesFileParser.fields(line);
            if (f.length < 2) {
                continue;
            }
            if (f[0].indexOf(':') < 0) {
                byte[] b = ipv4(f[0]);
                if (b != null) {
                    v4.putIfAbsent(address(b), f[1]);
                }
                continue;
            }
            byte[] b = ipv6(f[0]);
            if (b == null) {
                continue;
            }
            v6.putIfAbsent(ipv6Key(b), f[1]);
            byte[] asV4 = isV4Mapped(b) ? Arrays.copyOfRange(b, 12, 16) : isLoopback(b) ? LOOPBACK4 : null;
            if (asV4 != null) {
                v4.putIfAbsent(address(asV4), f[1]);
            }
        }
        return new Table(Map.copyOf(v4), Map.copyOf(v6));
    }

    /** An IPv6 address object for 16 bytes, v4-mapped ones included (the JDK would make those IPv4). */
    public static InetAddress ipv6Key(byte[] sixteen) {
        try {
            return Inet6Address.getByAddress(null, sixteen, -1);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not 16 bytes", e);
        }
    }

    private static InetAddress address(byte[] b) {
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address", e);
        }
    }

    private static boolean isV4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return b[10] == (byte) 0xFF && b[11] == (byte) 0xFF;
    }

    private static boolean isLoopback(byte[] b) {
        for (int i = 0; i < 15; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return b[15] == 1;
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
