package io.github.netstatx.cli.names;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the protocols database ({@code /etc/protocols}). Sample:
 * <pre>
 * ip      0       IP              # internet protocol, pseudo protocol number
 * icmp    1       ICMP            # internet control message protocol
 * ipv6-icmp 58    IPv6-ICMP       # ICMP for IPv6
 * </pre>
 */
public final class ProtocolsFileParser {

    private ProtocolsFileParser() {
    }

    public static List<ServiceEntry> parse(List<String> lines) {
        List<ServiceEntry> out = new ArrayList<>();
        for (String line : lines) {
            String[] f = ServicesFileParser.fields(line);
            if (f.length < 2) {
                continue;
            }
            Integer n = ServicesFileParser.number(f[1]);
            if (n != null && n <= 255) {
                out.add(new ServiceEntry(f[0], n, null));
            }
        }
        return out;
    }
}
