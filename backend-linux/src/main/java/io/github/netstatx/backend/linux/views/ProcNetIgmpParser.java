package io.github.netstatx.backend.linux.views;

import io.github.netstatx.core.model.MulticastGroup;
import io.github.netstatx.core.parse.ParseResult;
import java.net.InetAddress;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses {@code /proc/net/igmp}: the IPv4 multicast groups each device has joined. A device line is
 * followed by one tab-indented line per group.
 *
 * <pre>
 * Idx	Device    : Count Querier	Group    Users Timer	Reporter
 * 1	lo        :     1      V3
 * 				010000E0     1 0:00000000		0
 * 5	brlongname12345:     2      V3
 * 				010000E0     1 0:00000000		0
 * 				6A0000E0     1 0:00000000		0
 * </pre>
 *
 * Device lines: index, name (left-aligned in 10, then {@code :}), group count, querier version. Group lines:
 * group as a host-order hex word ({@link ProcAddressCodec}), users, timer, reporter.
 */
public final class ProcNetIgmpParser {

    private ProcNetIgmpParser() {
    }

    public static ParseResult<MulticastGroup> parse(List<String> lines, ByteOrder hostOrder) {
        List<MulticastGroup> out = new ArrayList<>();
        List<Integer> skipped = new ArrayList<>();
        String device = null;
        Integer index = null;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (!line.startsWith("\t")) {
                int colon = line.lastIndexOf(':');
                String[] head = colon < 0 ? new String[0] : line.substring(0, colon).strip().split("\\s+", 2);
                device = head.length == 2 ? head[1].strip() : null;
                index = head.length == 2 ? index(head[0]) : null;
                if (device == null || index == null) {
                    device = null;
                    skipped.add(i + 1);
                }
                continue;
            }
            String[] f = line.strip().split("\\s+");
            InetAddress group = f.length >= 2 ? ProcAddressCodec.hostOrderIpv4(f[0], hostOrder) : null;
            Long users = f.length >= 2 ? StatisticsValues.parse(f[1]) : null;
            if (device == null || group == null || users == null) {
                skipped.add(i + 1);
            } else {
                out.add(new MulticastGroup(device, index, users, group));
            }
        }
        return new ParseResult<>(out, skipped);
    }

    private static Integer index(String s) {
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
