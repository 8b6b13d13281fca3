package io.github.netstatx.backend.linux.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.model.Route;
import io.github.netstatx.core.model.RouteFlag;
import java.net.InetAddress;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProcNetIpv6RouteParserTest {

    @Test
    void capturedFileDecodesEveryTableInFileOrder() throws Exception {
        var r = ProcNetIpv6RouteParser.parse(ViewFixtures.ns1("proc/net/ipv6_route"));
        assertEquals(List.of(), r.skippedLines());
        assertEquals(15, r.items().size());
        Route unreachable = r.items().get(0);
        assertEquals(InetAddress.getByName("2001:db8:dead::"), unreachable.destination());
        assertEquals(48, unreachable.prefixLength());
        assertTrue(unreachable.flags().contains(RouteFlag.REJECT));
        assertEquals("lo", unreachable.interfaceName());
        Route def = r.items().stream().filter(x -> x.gateway() != null).findFirst().orElseThrow();
        assertEquals(InetAddress.getByName("fd00:1::fe"), def.gateway());
        assertEquals(1024L, def.metric());
        assertEquals(Set.of(RouteFlag.UP, RouteFlag.GATEWAY), def.flags());
        Route last = r.items().get(14); // the kernel's own ::/0 reject route, metric 0xffffffff
        assertEquals(0xFFFFFFFFL, last.metric());
        assertFalse(last.cached());
    }

    @Test
    void cacheFlagMarksRoutingCacheEntriesAndSourcePrefixesAreKept() throws Exception {
        var r = ProcNetIpv6RouteParser.parse(List.of(
                "20010db8000000000000000000000001 80 20010db8000000000000000000000000 40 "
                        + "00000000000000000000000000000000 00000000 00000001 00000005 01000001     eth0"));
        Route x = r.items().get(0);
        assertTrue(x.cached());
        assertEquals(InetAddress.getByName("2001:db8::"), x.source());
        assertEquals(64, x.sourcePrefixLength());
        assertNull(x.gateway());
        assertEquals(5L, x.use());
    }
}
