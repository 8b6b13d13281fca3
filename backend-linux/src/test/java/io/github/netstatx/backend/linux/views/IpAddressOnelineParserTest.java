package io.github.netstatx.backend.linux.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class IpAddressOnelineParserTest {

    private static InetAddress a(String literal) throws Exception {
        return InetAddress.getByName(literal);
    }

    @Test
    void capturedOutputGivesLabelsBroadcastsAndPeersInKernelOrder() throws Exception {
        var r = IpAddressOnelineParser.parse(ViewFixtures.ns1(".commands/ip-o-4-addr-show"));
        assertEquals(List.of(), r.skippedLines());
        assertEquals(List.of("lo", "v1", "v0", "v0:1", "v0", "t0"),
                r.items().stream().map(Ipv4Address::label).toList());
        var v0 = r.items().get(2);
        assertEquals(a("10.1.0.1"), v0.address());
        assertEquals(24, v0.prefixLength());
        assertEquals(a("10.1.0.255"), v0.broadcast());
        assertEquals(3, v0.interfaceIndex());
        assertNull(r.items().get(3).broadcast());
        var t0 = r.items().get(5);
        assertEquals(a("10.9.0.2"), t0.peer());
        assertEquals(32, t0.prefixLength());
    }

    @Test
    void flagWordsAndExtraKeywordsAreNotTakenForTheLabel() throws Exception {
        var r = IpAddressOnelineParser.parse(List.of(
                "2: eth0    inet 192.0.2.5/24 metric 100 brd 192.0.2.255 scope global dynamic noprefixroute eth0\\"
                        + "       valid_lft 86000sec preferred_lft 86000sec",
                "2: eth0    inet6 fe80::1/64 scope link \\       valid_lft forever preferred_lft forever",
                "2: eth0    inet 192.0.2.300/24 scope global eth0"));
        assertEquals(1, r.items().size());
        assertEquals("eth0", r.items().get(0).label());
        assertEquals(a("192.0.2.255"), r.items().get(0).broadcast());
        assertEquals(List.of(2, 3), r.skippedLines());
    }
}
