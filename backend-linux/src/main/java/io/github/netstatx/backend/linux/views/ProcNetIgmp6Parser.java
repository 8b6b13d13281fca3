package io.github.netstatx.backend.linux.views;

import io.github.netstatx.core.model.MulticastGroup;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses {@code /proc/net/igmp6}: one line per IPv6 group membership, no header.
 *
 * <pre>
 * 1    lo              ff020000000000000000000000000001     1 0000000C 0
 * 3    v0              ff150000000000000000000000010002     1 00000004 0
 * </pre>
 *
 * Fields: interface index, name (left-aligned in 15), group ({@code %pi6}, network order), users, flags
 * (hex), timer.
 */
public final class ProcNetIgmp6Parser {

    private ProcNetIgmp6Parser() {
    }

    public static ParseResult<MulticastGroup> parse(List<String> lines) {
        List<MulticastGroup> out = new ArrayList<>();
        List<Integer> skipped = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.strip().split("\\s+");
            MulticastGroup g = null;
            if (f.length >= 4) {
                InetAddress group = ProcAddressCodec.networkOrderIpv6(f[2]);
                Long users = StatisticsValues.parse(f[3]);
                Long index = StatisticsValues.parse(f[0]);
                if (group != null && users != null && index != null) {
                    g = new MulticastGroup(f[1], index.intValue(), users, group);
                }
            }
            if (g == null) {
                skipped.add(i + 1);
            } else {
                out.add(g);
            }
        }
        return new ParseResult<>(out, skipped);
    }
}
