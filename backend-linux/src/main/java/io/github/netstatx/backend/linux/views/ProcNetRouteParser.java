package io.github.netstatx.backend.linux.views;

import io.github.netstatx.core.address.AddressBytes;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Route;
import java.net.InetAddress;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Parses {@code /proc/net/route}: the IPv4 routes of the main table (no local/broadcast routes), one per
 * line after a header, tab-separated and blank-padded to 127 characters.
 *
 * <pre>
 * Iface	Destination	Gateway 	Flags	RefCnt	Use	Metric	Mask		MTU	Window	IRTT
 * v0	00000000	FE00010A	0003	0	0	0	00000000	0	0	0
 * v0	0000010A	00000000	0001	0	0	0	00FFFFFF	0	0	0
 * *	004071CB	00000000	0201	0	0	0	C0FFFFFF	0	0	0
 * </pre>
 *
 * Addresses are host-order hex words ({@link ProcAddressCodec}); {@code *} as interface means the route has
 * no device (unreachable/prohibit). The MTU column is the route's advertised MSS plus 40, or 0.
 */
public final class ProcNetRouteParser {

    private ProcNetRouteParser() {
    }

    public static ParseResult<Route> parse(List<String> lines, ByteOrder hostOrder) {
        return ParseResult.eachLine(lines, 1, line -> parseLine(line.strip().split("\\s+"), hostOrder));
    }

    private static Route parseLine(String[] f, ByteOrder hostOrder) {
        if (f.length < 11) {
            return null;
        }
        InetAddress destination = ProcAddressCodec.hostOrderIpv4(f[1], hostOrder);
        InetAddress gateway = ProcAddressCodec.hostOrderIpv4(f[2], hostOrder);
        InetAddress mask = ProcAddressCodec.hostOrderIpv4(f[7], hostOrder);
        Integer prefix = mask == null ? null : AddressBytes.prefixLength(mask);
        if (destination == null || gateway == null || prefix == null) {
            return null;
        }
        try {
            long flags = Long.parseLong(f[3], 16);
            return new Route(AddressFamily.IPV4, destination, prefix,
                    gateway.isAnyLocalAddress() ? null : gateway, RouteFlagBits.decode(flags), flags,
                    Long.parseLong(f[6]), null, Long.parseLong(f[4]), Long.parseUnsignedLong(f[5]),
                    f[0].equals("*") ? null : f[0], null, Integer.valueOf(f[8]), Integer.valueOf(f[9]),
                    Integer.valueOf(f[10]), null, null, false, false);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
