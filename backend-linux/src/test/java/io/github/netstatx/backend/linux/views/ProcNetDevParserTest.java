package io.github.netstatx.backend.linux.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.netstatx.core.model.InterfaceCounters;
import io.github.netstatx.core.parse.ParseResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcNetDevParserTest {

    @Test
    void capturedFileGivesEveryInterfaceInKernelOrderWithAllSixteenCounters() {
        ParseResult<ProcNetDevParser.DeviceCounters> r = ProcNetDevParser.parse(ViewFixtures.ns1("proc/net/dev"));

        assertEquals(List.of("lo", "v1", "v0", "t0", "brlongname12345", "ifb9"),
                r.items().stream().map(ProcNetDevParser.DeviceCounters::name).toList());
        assertEquals(List.of(), r.skippedLines());
        InterfaceCounters lo = r.items().get(0).counters();
        assertEquals(7570L, lo.rxBytes());
        assertEquals(25L, lo.rxPackets());
        assertEquals(25L, lo.txPackets());
        // bridge line: the 15-character name touches the colon
        assertEquals(548L, r.items().get(4).counters().txBytes());
    }

    @Test
    void columnsLandInTheirFields() {
        List<String> lines = List.of(
                "Inter-|   Receive                                                |  Transmit",
                " face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed",
                "  eth0: 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 18446744073709551615");
        InterfaceCounters c = ProcNetDevParser.parse(lines).items().get(0).counters();
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L),
                List.of(c.rxBytes(), c.rxPackets(), c.rxErrors(), c.rxDropped(), c.rxOverruns(), c.rxFrame(),
                        c.rxCompressed(), c.rxMulticast()));
        assertEquals(List.of(9L, 10L, 11L, 12L, 13L, 14L, 15L),
                List.of(c.txBytes(), c.txPackets(), c.txErrors(), c.txDropped(), c.txOverruns(), c.collisions(),
                        c.txCarrier()));
        assertEquals("18446744073709551615", Long.toUnsignedString(c.txCompressed()));
        assertNull(c.rxUnicast());
    }

    @Test
    void malformedLinesAreReportedNotDropped() {
        List<String> lines = List.of("h1", "h2 bytes compressed", "  eth0 1 2 3", "  eth1: x y z",
                "  eth2: 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16");
        ParseResult<ProcNetDevParser.DeviceCounters> r = ProcNetDevParser.parse(lines);
        assertEquals(List.of(3, 4), r.skippedLines());
        assertEquals("eth2", r.items().get(0).name());
    }
}
