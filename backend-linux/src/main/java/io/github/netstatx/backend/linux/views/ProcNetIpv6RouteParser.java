package io.github.netstatx.backend.linux.views;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Route;
import io.github.netstatx.core.model.RouteFlag;
import io.github.netstatx.core.parse.ParseResult;
import java.net.InetAddress;
import java.util.List;
import java.util.Set;

/**
 * Parses {@code /proc/net/ipv6_route}: the IPv6 routes of every table, no header.
 *
 * <pre>
 * 20010db8dead00000000000000000000 30 00000000000000000000000000000000 00 00000000000000000000000000000000 00000400 00000001 00000000 00200200       lo
 * 00000000000000000000000000000000 00 00000000000000000000000000000000 00 fd0000010000000000000000000000fe 00000400 00000001 00000000 00000003       v0
 * </pre>
 *
 * Fields: destination, destination prefix length (hex), source, source prefix length, next hop (zeros when
 * on-link), metric, refcount, use, flags (all hex), device (right-aligned in 8). Entries with
 * {@code RTF_CACHE} are routing-cache entries.
 */
public final class ProcNetIpv6RouteParser {

    private ProcNetIpv6RouteParser() {
    }

    public static ParseResult<Route> parse(List<String> lines) {
        return ParseResult.eachLine(lines, 0, line -> parseLine(line.strip().split("\\s+")));
    }

    private static Route parseLine(String[] f) {
        if (f.length != 10) {
            return null;
        }
        InetAddress destination = ProcAddressCodec.networkOrderIpv6(f[0]);
        InetAddress source = ProcAddressCodec.networkOrderIpv6(f[2]);
        InetAddress nextHop = ProcAddressCodec.networkOrderIpv6(f[4]);
        if (destination == null || source == null || nextHop == null) {
            return null;
        }
        try {
            int sourcePrefix = Integer.parseInt(f[3], 16);
            long flags = Long.parseLong(f[8], 16);
            Set<RouteFlag> set = RouteFlagBits.decode(flags);
            return new Route(AddressFamily.IPV6, destination, Integer.parseInt(f[1], 16),
                    nextHop.isAnyLocalAddress() ? null : nextHop, set, flags, Long.parseLong(f[5], 16), null,
                    Long.parseLong(f[6], 16), Long.parseLong(f[7], 16), f[9], null, null, null, null,
                    sourcePrefix == 0 ? null : source, sourcePrefix == 0 ? null : sourcePrefix,
                    set.contains(RouteFlag.CACHE), false);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
