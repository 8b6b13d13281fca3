package io.github.netstatx.backend.macos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which releases' kernels count a socket's traffic and its receive drops in separate slots. */
class SocketStatsSlotsTest {

    @Test
    void theSlotsMeanDataAndDropsFromMacOs154On() {
        assertEquals(SocketStatsSlots.TRAFFIC_CLASSES, SocketStatsSlots.forRelease("10.15.7"));
        assertEquals(SocketStatsSlots.TRAFFIC_CLASSES, SocketStatsSlots.forRelease("14.6.1"));
        assertEquals(SocketStatsSlots.TRAFFIC_CLASSES, SocketStatsSlots.forRelease("15.3.2"));
        assertEquals(SocketStatsSlots.DATA_AND_DROPS, SocketStatsSlots.forRelease("15.4"));
        assertEquals(SocketStatsSlots.DATA_AND_DROPS, SocketStatsSlots.forRelease("15.6.1"));
        assertEquals(SocketStatsSlots.DATA_AND_DROPS, SocketStatsSlots.forRelease("26.1"));
    }

    @Test
    void anUnknownReleaseAddsTheSlotsUpAsOlderNetstatsDid() {
        assertEquals(SocketStatsSlots.TRAFFIC_CLASSES, SocketStatsSlots.forRelease(null));
        assertEquals(SocketStatsSlots.TRAFFIC_CLASSES, SocketStatsSlots.forRelease("Darwin"));
    }
}
