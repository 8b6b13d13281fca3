package io.github.netstatx.cli.macos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netstatx.cli.CommandRun;
import io.github.netstatx.cli.FakeBackend;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.OsFamily;
import io.github.netstatx.core.model.Route;
import io.github.netstatx.core.model.RouteFlag;
import java.net.InetAddress;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Linux routes (no BSD details) through Apple's {@code -r}: letters from the model's flags, link#N for on-link. */
class AppleRoutesOfOtherSystemsTest {

    @Test
    void linuxRoutesPrintTheAppleWay() throws Exception {
        HostInfo linux = new HostInfo("box", OsFamily.LINUX, "Debian GNU/Linux 12", "6.1.0", "x86_64");
        List<Route> routes = List.of(
                new Route(AddressFamily.IPV4, InetAddress.getByName("0.0.0.0"), 0, InetAddress.getByName("10.0.2.2"),
                        Set.of(RouteFlag.UP, RouteFlag.GATEWAY), 3L, 100L, null, 0L, 0L, "eth0", 2, 0, 0, 0, null,
                        null, false, false),
                new Route(AddressFamily.IPV4, InetAddress.getByName("10.0.2.0"), 24, null, Set.of(RouteFlag.UP), 1L,
                        100L, null, 0L, 0L, "eth0", 2, 0, 0, 0, null, null, false, false),
                new Route(AddressFamily.IPV6, InetAddress.getByName("fe80::"), 64, null, Set.of(RouteFlag.UP), 1L,
                        256L, null, 1L, 3L, "eth0", 2, null, null, null, null, null, false, false));
        CommandRun r = new AppleRun(new FakeBackend(linux, List.of(), List.of()).withRoutes(routes)).run("-rnl");
        assertEquals("", r.err());
        assertEquals(List.of("Routing tables", "", "Internet:",
                "Destination        Gateway            RT_IFA             Flags        Refs      Use    Mtu          Netif Expire",
                "default            10.0.2.2           UG              0        0                  eth0       ",
                "10.0.2/24          link#2             U               0        0                  eth0       ", "",
                "Internet6:",
                "Destination                             Gateway                                 RT_IFA                                  Flags        Refs      Use    Mtu          Netif Expire",
                "fe80::/64                               link#2                                  U               1        3                  eth0       "),
                r.out().lines().toList());
    }
}
