package io.github.netstatx.backend.linux.views;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Route;
import io.github.netstatx.core.parse.ParseResult;
import java.net.InetAddress;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses {@code /proc/net/rt_cache}, the IPv4 routing cache. Since Linux 3.6 the cache is gone and the file
 * holds only its header, but the file is still there and net-tools still prints the cache table from it.
 *
 * <pre>
 * Iface	Destination	Gateway 	Flags		RefCnt	Use	Metric	Source		MTU	Window	IRTT	TOS	HHRef	HHUptod	SpecDst
 * eth0	0100A8C0	0100A8C0	00000000	0	3	0	0200A8C0	1500	0	0	00	2	1	0200A8C0
 * </pre>
 *
 * Columns are found by their header names (the layout changed between 2.0 and 2.2). The flags of cache
 * entries are RTCF_* bits, not RTF_* route flags, so they are kept only as the raw word.
 */
public final class ProcNetRtCacheParser {

    private ProcNetRtCacheParser() {
    }

    public static ParseResult<Route> parse(List<String> lines, ByteOrder hostOrder) {
        List<Route> out = new ArrayList<>();
        List<Integer> skipped = new ArrayList<>();
        if (lines.isEmpty()) {
            return new ParseResult<>(out, skipped);
        }
        List<String> header = List.of(lines.get(0).strip().split("\\s+"));
        int iface = header.indexOf("Iface");
        int dest = header.indexOf("Destination");
        int gw = header.indexOf("Gateway");
        int flags = header.indexOf("Flags");
        int ref = header.indexOf("RefCnt");
        int use = header.indexOf("Use");
        int metric = header.indexOf("Metric");
        int src = header.indexOf("Source");
        int mtu = header.indexOf("MTU");
        int window = header.indexOf("Window");
        int irtt = header.indexOf("IRTT");
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.strip().split("\\s+");
            Route r = null;
            if (f.length >= header.size() && Math.min(Math.min(iface, dest), Math.min(gw, flags)) >= 0) {
                r = route(f, hostOrder, iface, dest, gw, flags, ref, use, metric, src, mtu, window, irtt);
            }
            if (r == null) {
                skipped.add(i + 1);
            } else {
                out.add(r);
            }
        }
        return new ParseResult<>(out, skipped);
    }

    private static Route route(String[] f, ByteOrder order, int iface, int dest, int gw, int flags, int ref,
            int use, int metric, int src, int mtu, int window, int irtt) {
        InetAddress d = ProcAddressCodec.hostOrderIpv4(f[dest], order);
        InetAddress g = ProcAddressCodec.hostOrderIpv4(f[gw], order);
        InetAddress s = src < 0 ? null : ProcAddressCodec.hostOrderIpv4(f[src], order);
        if (d == null || g == null) {
            return null;
        }
        try {
            return new Route(AddressFamily.IPV4, d, 32, g.isAnyLocalAddress() ? null : g, java.util.Set.of(),
                    Long.parseLong(f[flags], 16), number(f, metric), null, number(f, ref), number(f, use),
                    f[iface], null, integer(f, mtu), integer(f, window), integer(f, irtt), s, s == null ? null : 32,
                    true, false);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long number(String[] f, int i) {
        return i < 0 ? null : Long.parseLong(f[i]);
    }

    private static Integer integer(String[] f, int i) {
        return i < 0 ? null : Integer.valueOf(f[i]);
    }
}
