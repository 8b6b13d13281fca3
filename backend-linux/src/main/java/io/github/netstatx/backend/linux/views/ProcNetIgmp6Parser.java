package io.github.netstatx.backend.linux.views;

import io.github.netstatx.core.model.MulticastGroup;
import io.github.netstatx.core.parse.ParseResult;
import java.net.InetAddress;
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
        return ParseResult.eachLine(lines, 0, ProcNetIgmp6Parser::parseLine);
    }

    private static MulticastGroup parseLine(String line) {
        String[] f = line.strip().split("\\s+");
        if (f.length < 4) {
            return null;
        }
        InetAddress group = ProcAddressCodec.networkOrderIpv6(f[2]);
        Long users = StatisticsValues.parse(f[3]);
        Long index = StatisticsValues.parse(f[0]);
        return group == null || users == null || index == null ? null
                : new MulticastGroup(f[1], index.intValue(), users, group);
    }
}
