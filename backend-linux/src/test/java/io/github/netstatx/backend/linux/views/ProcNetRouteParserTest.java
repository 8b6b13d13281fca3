package io.github.netstatx.backend.linux.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.netstatx.core.model.Route;
import io.github.netstatx.core.model.RouteFlag;
import java.net.InetAddress;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProcNetRouteParserTest {

    @Test
    void capturedLittleEndianFileDecodesAddressesMasksAndFlags() throws Exception {
        var r = ProcNetRouteParser.parse(ViewFixtures.ns1("proc/net/route"), ByteOrder.LITTLE_ENDIAN);
        assertEquals(List.of(), r.skippedLines());
        assertEquals(9, r.items().size());
        Route def = r.items().get(0); // v0 00000000 FE00010A 0003 ... mask 00000000
        assertEquals(InetAddress.getByName("0.0.0.0"), def.destination());
        assertEquals(0, def.prefixLength());
        assertEquals(InetAddress.getByName("10.1.0.254"), def.gateway());
        assertEquals(Set.of(RouteFlag.UP, RouteFlag.GATEWAY), def.flags());
        assertEquals("v0", def.interfaceName());
        Route host = r.items().stream().filter(x -> x.metric() == 5).findFirst().orElseThrow();
        assertEquals(InetAddress.getByName("10.7.0.9"), host.destination());
        assertEquals(32, host.prefixLength());
        assertEquals(Set.of(RouteFlag.UP, RouteFlag.GATEWAY, RouteFlag.HOST), host.flags());
        Route reject = r.items().stream().filter(x -> x.flags().contains(RouteFlag.REJECT)).findFirst()
                .orElseThrow();
        assertNull(reject.interfaceName()); // '*'
        assertNull(reject.gateway());
    }

    @Test
    void bigEndianHostsWriteNetworkOrder() throws Exception {
        var r = ProcNetRouteParser.parse(List.of("Iface\tDestination\tGateway",
                "eth0\t0A010000\t0A0100FE\t0003\t0\t0\t100\tFFFF0000\t1440\t0\t0"), ByteOrder.BIG_ENDIAN);
        Route x = r.items().get(0);
        assertEquals(InetAddress.getByName("10.1.0.0"), x.destination());
        assertEquals(16, x.prefixLength());
        assertEquals(InetAddress.getByName("10.1.0.254"), x.gateway());
        assertEquals(100L, x.metric());
        assertEquals(1440, x.mss());
    }

    @Test
    void nonContiguousMasksAndShortLinesAreSkipped() {
        var r = ProcNetRouteParser.parse(List.of("header", "eth0\t00000000\t00000000\t0001\t0\t0\t0\t00FF00FF\t0\t0\t0",
                "eth0\t00000000"), ByteOrder.LITTLE_ENDIAN);
        assertEquals(List.of(2, 3), r.skippedLines());
    }
}
