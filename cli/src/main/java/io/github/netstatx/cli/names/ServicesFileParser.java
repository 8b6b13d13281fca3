package io.github.netstatx.cli.names;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the services database ({@code /etc/services}, Windows {@code drivers\etc\services}).
 * Sample:
 * <pre>
 * # Network services, Internet style
 * tcpmux          1/tcp                           # TCP port service multiplexer
 * ssh             22/tcp                          # SSH Remote Login Protocol
 * http            80/tcp          www             # WorldWideWeb HTTP
 * </pre>
 * Lines are {@code name port/protocol [aliases...] [# comment]}; malformed lines are skipped, as
 * {@code getservent} skips them.
 */
public final class ServicesFileParser {

    private ServicesFileParser() {
    }

    public static List<ServiceEntry> parse(List<String> lines) {
        List<ServiceEntry> out = new ArrayList<>();
        for (String line : lines) {
            String[] f = fields(line);
            if (f.length < 2) {
                continue;
            }
            int slash = f[1].indexOf('/');
            if (slash <= 0 || slash == f[1].length() - 1) {
                continue;
            }
            Integer port = number(f[1].substring(0, slash));
            if (port == null || port > 0xFFFF) {
                continue;
            }
            out.add(new ServiceEntry(f[0], port, f[1].substring(slash + 1)));
        }
        return out;
    }

    static String[] fields(String line) {
        int hash = line.indexOf('#');
        String body = (hash >= 0 ? line.substring(0, hash) : line).strip();
        return body.isEmpty() ? new String[0] : body.split("[ \t]+");
    }

    static Integer number(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return null;
        }
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
