package io.github.netstatx.cli.names;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the networks database ({@code /etc/networks}), which net-tools consults (through
 * {@code getnetbyaddr}) to name route destinations that are networks rather than hosts. Sample:
 * <pre>
 * default		0.0.0.0
 * loopback	127.0.0.0
 * link-local	169.254.0.0
 * </pre>
 * Lines are {@code name number [aliases...] [# comment]}. The number is read the way glibc's
 * {@code inet_network} reads it: up to four dot-separated parts (decimal, {@code 0x} hex or {@code 0} octal),
 * each shifted in from the right, so {@code 10.1} is 0x0A01 and only {@code 127.0.0.0} is 0x7F000000.
 * Malformed lines are skipped, as {@code getnetent} skips them.
 */
public final class NetworksFileParser {

    /** One line: the network's name and number (host order, as {@code inet_network} returns it). */
    public record NetworkEntry(String name, long number) {
    }

    private NetworksFileParser() {
    }

    public static List<NetworkEntry> parse(List<String> lines) {
        List<NetworkEntry> out = new ArrayList<>();
        for (String line : lines) {
            String[] f = ServicesFileParser.fields(line);
            if (f.length < 2) {
                continue;
            }
            Long n = inetNetwork(f[1]);
            if (n != null) {
                out.add(new NetworkEntry(f[0], n));
            }
        }
        return out;
    }

    /** glibc {@code inet_network}: null where it returns INADDR_NONE. */
    static Long inetNetwork(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length > 4) {
            return null;
        }
        long value = 0;
        for (String p : parts) {
            Long part = part(p);
            if (part == null || part > 255) {
                return null;
            }
            value = value << 8 | part;
        }
        return value;
    }

    private static Long part(String p) {
        try {
            if (p.startsWith("0x") || p.startsWith("0X")) {
                return p.length() > 2 ? Long.parseLong(p.substring(2), 16) : null;
            }
            if (p.length() > 1 && p.startsWith("0")) {
                return Long.parseLong(p.substring(1), 8);
            }
            return p.isEmpty() ? null : Long.parseLong(p);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
