package io.github.netstatx.cli.macos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netstatx.core.model.InterfaceCounters;
import io.github.netstatx.core.model.NetInterface;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Apple's interval view against network_cmds {@code if.c} {@code sidewaysintpr}; expected lines computed with C
 * printf semantics from its formats (no real output of {@code netstat -w} was found to compare with).
 */
class AppleInterfaceTrafficTest {

    private static AppleOptions options(String... args) {
        return ((AppleGrammar.Listing) AppleGrammar.parse(List.of(args))).options();
    }

    private static NetInterface iface(String name, long inPackets, long inBytes, long outPackets, long outErrors,
            long outBytes, long drops) {
        InterfaceCounters c = new InterfaceCounters(inBytes, inPackets, 0L, null, null, null, null, null, null, null,
                null, outBytes, outPackets, outErrors, drops, null, null, null, 0L, null, null);
        return new NetInterface(name, 1, null, 1500, null, java.util.Set.of(), 0L, null, null, null, List.of(), c);
    }

    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void totalsOfEveryInterfaceGrowingBetweenSamples() {
        AppleInterfaceTraffic t = new AppleInterfaceTraffic(options("-w", "1"), ZoneOffset.UTC);
        List<String> out = new ArrayList<>();
        out.addAll(t.sample(0, List.of(iface("lo0", 100, 9000, 100, 0, 9000, 0), iface("en0", 50, 7000, 40, 2,
                5000, 3)), T0));
        out.addAll(t.sample(1, List.of(iface("lo0", 110, 10000, 110, 0, 10000, 0), iface("en0", 55, 8100, 42, 3,
                5800, 3)), T0.plusSeconds(1)));
        assertEquals(List.of("            input        (Total)           output",
                "   packets  errs      bytes    packets  errs      bytes colls",
                "        15     0       2100         12     1       1800     0"), out,
                "the first sample prints only the banner; the next one what grew");
    }

    @Test
    void oneInterfaceWithDropsAndTimes() {
        AppleInterfaceTraffic t = new AppleInterfaceTraffic(options("-I", "en0", "-d", "-v", "1"), ZoneOffset.UTC);
        List<NetInterface> first = List.of(iface("lo0", 1, 1, 1, 0, 1, 0), iface("en0", 50, 7000, 40, 2, 5000, 3));
        List<NetInterface> second = List.of(iface("lo0", 9, 9, 9, 0, 9, 0), iface("en0", 60, 8000, 50, 2, 6000, 5));
        List<String> out = new ArrayList<>(t.sample(0, first, T0));
        out.addAll(t.sample(1, second, T0.plusSeconds(1)));
        assertEquals(List.of("                     input          (en0)           output",
                "            packets  errs      bytes    packets  errs      bytes colls drops",
                "10:00:01         10     0       1000         10     0       1000     0     2"), out);
    }

    @Test
    void theBannerReturnsBeforeEvery21stSampleAndACounterThatWentBackWraps() {
        AppleInterfaceTraffic t = new AppleInterfaceTraffic(options("5"), ZoneOffset.UTC);
        List<String> out = new ArrayList<>();
        for (int k = 0; k <= 21; k++) {
            out.addAll(t.sample(k, List.of(iface("en0", k == 21 ? 0 : k, 0, 0, 0, 0, 0)), T0.plusSeconds(k)));
        }
        assertEquals(2 + 20 + 2 + 1, out.size());
        assertEquals("            input        (Total)           output", out.get(22));
        assertEquals("18446744073709551596     0          0          0     0          0     0", out.get(24),
                "20 -> 0 is -20 as %llu prints it");
    }
}
