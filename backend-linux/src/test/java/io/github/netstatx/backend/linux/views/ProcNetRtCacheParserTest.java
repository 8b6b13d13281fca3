package io.github.netstatx.backend.linux.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcNetRtCacheParserTest {

    @Test
    void modernKernelsHaveOnlyTheHeader() {
        var r = ProcNetRtCacheParser.parse(ViewFixtures.ns1("proc/net/rt_cache"), ByteOrder.LITTLE_ENDIAN);
        assertEquals(List.of(), r.items());
        assertEquals(List.of(), r.skippedLines());
    }

    @Test
    void entriesOfOlderKernelsAreReadByColumnName() throws Exception {
        // Line in the 2.2-3.5 layout, as rt_cache_seq_show printed it.
        var r = ProcNetRtCacheParser.parse(List.of(
                "Iface\tDestination\tGateway \tFlags\t\tRefCnt\tUse\tMetric\tSource\t\tMTU\tWindow\tIRTT\tTOS\tHHRef\tHHUptod\tSpecDst",
                "eth0\t0100A8C0\t0100A8C0\t00000000\t0\t3\t0\t0200A8C0\t1500\t0\t0\t00\t2\t1\t0200A8C0"),
                ByteOrder.LITTLE_ENDIAN);
        var x = r.items().get(0);
        assertTrue(x.cached());
        assertEquals(InetAddress.getByName("192.168.0.1"), x.destination());
        assertEquals(InetAddress.getByName("192.168.0.2"), x.source());
        assertEquals(3L, x.use());
        assertEquals(1500, x.mss());
    }
}
