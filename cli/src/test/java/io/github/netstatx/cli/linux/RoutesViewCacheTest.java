package io.github.netstatx.cli.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netstatx.cli.FakeBackend;
import io.github.netstatx.cli.StopSignal;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.Route;
import io.github.netstatx.core.model.RouteFlag;
import java.net.InetAddress;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Routing-cache rows, which no current kernel has (the IPv4 cache went in 3.6; IPv6 keeps cache entries out of
 * /proc/net/ipv6_route), laid out from net-tools 2.10's rprint_cache (2.2+ format) and rprint_fib6 formats.
 */
class RoutesViewCacheTest {

    private static String run(String... args) throws Exception {
        Route v4 = new Route(AddressFamily.IPV4, InetAddress.getByName("192.0.2.7"), 32,
                InetAddress.getByName("192.0.2.1"), Set.of(RouteFlag.GATEWAY), 0L, 3L, null, 1L, 12L, "eth0", null,
                1500, 0, 0, InetAddress.getByName("192.0.2.2"), 32, true, false);
        Route v6 = new Route(AddressFamily.IPV6, InetAddress.getByName("2001:db8::7"), 128, null,
                Set.of(RouteFlag.UP, RouteFlag.CACHE), 0x01000001L, 0L, null, 1L, 4L, "eth0", null, null, null, null,
                null, null, true, false);
        FakeBackend backend = new FakeBackend(new HostInfo(null, null, null, null, null), List.of(), List.of())
                .withRoutes(List.of(v4, v6));
        return DialectRun.of(List.of(backend), StopSignal.manual(), args).out();
    }

    @Test
    void ipv4CacheRowsInEachLayout() throws Exception {
        assertEquals("Kernel IP routing cache\n"
                + "Source          Destination     Gateway         Flags   MSS Window  irtt Iface\n"
                + "192.0.2.2       192.0.2.7       192.0.2.1       G      1500 0          0 eth0\n", run("-rCn"));
        assertEquals("Kernel IP routing cache\n"
                + "Source          Destination     Gateway         Flags Metric Ref    Use Iface\n"
                + "192.0.2.2       192.0.2.7       192.0.2.1       G     3      1       12 eth0\n", run("-rCne"));
        assertEquals("Kernel IP routing cache\n"
                + "Source          Destination     Gateway         Flags Metric Ref    Use Iface    MSS   Window irtt"
                + "  TOS HHRef HHUptod     SpecDst\n"
                + "192.0.2.2       192.0.2.7       192.0.2.1       G     3      1       12 eth0     1500  0      0"
                + "     0   0     0         192.0.2.2\n", run("-rCnee"));
    }

    @Test
    void ipv6CacheTableHasOnlyCacheEntries() throws Exception {
        assertEquals("Kernel IPv6 routing cache\n"
                + "Destination                    Next Hop                   Flag Met Ref  Use If\n"
                + "2001:db8::7/128                ::                         UC   0   1      4 eth0\n", run("-rCn6"));
        assertEquals("Kernel IPv6 routing table\n"
                + "Destination                    Next Hop                   Flag Met Ref  Use If\n", run("-rn6"));
    }
}
