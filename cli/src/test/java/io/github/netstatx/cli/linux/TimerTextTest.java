package io.github.netstatx.cli.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netstatx.core.model.SocketTimer;
import io.github.netstatx.core.model.TimerKind;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Timer texts as observed with net-tools 2.10 (reference A.9). */
class TimerTextTest {

    private static SocketTimer timer(TimerKind kind, long millis, int retransmits, int probes, Integer code) {
        return new SocketTimer(kind, Duration.ofMillis(millis), retransmits, probes, code);
    }

    @Test
    void tcpTimers() {
        assertEquals("off (0.00/0/0)", TimerText.tcp(timer(TimerKind.OFF, 0, 0, 0, 0)));
        assertEquals("off (0.00/2/1)", TimerText.tcp(timer(TimerKind.OFF, 5000, 2, 1, 0)));
        assertEquals("on (0.16/2/0)", TimerText.tcp(timer(TimerKind.RETRANSMIT, 160, 2, 0, 1)));
        assertEquals("keepalive (7195.93/0/0)", TimerText.tcp(timer(TimerKind.KEEPALIVE, 7_195_930, 0, 0, 2)));
        assertEquals("timewait (40.00/0/0)", TimerText.tcp(timer(TimerKind.TIME_WAIT, 40_000, 0, 0, 3)));
        assertEquals("probe (1.58/0/3)", TimerText.tcp(timer(TimerKind.ZERO_WINDOW_PROBE, 1580, 0, 3, 4)));
        assertEquals("unkn-9 (0.05/0/0)", TimerText.tcp(timer(TimerKind.OTHER, 50, 0, 0, 9)));
    }

    @Test
    void aTimerWithoutCodeUsesTheLinuxCodeOfItsKind() {
        assertEquals("on (1.00/0/0)", TimerText.tcp(timer(TimerKind.RETRANSMIT, 1000, 0, 0, null)));
        assertEquals("on2 (1.00/0/0)", TimerText.datagram(timer(TimerKind.KEEPALIVE, 1000, 0, 0, null), true));
    }

    @Test
    void datagramTimers() {
        assertEquals("off (0.00/0/0)", TimerText.datagram(timer(TimerKind.OFF, 0, 5, 0, 0), true));
        assertEquals("on1 (0.30/0/1)", TimerText.datagram(timer(TimerKind.RETRANSMIT, 300, 5, 1, 1), true));
        assertEquals("on2 (0.30/5/1)", TimerText.datagram(timer(TimerKind.KEEPALIVE, 300, 5, 1, 2), false));
        assertEquals("unkn-3 (0.30/0/0)", TimerText.datagram(timer(TimerKind.TIME_WAIT, 300, 0, 0, 3), true));
        assertEquals("unkn-4 (0.30/0/0)", TimerText.datagram(timer(TimerKind.ZERO_WINDOW_PROBE, 300, 0, 0, 4), true));
    }

    @Test
    void unknownTimersAndTimes() {
        assertEquals("-", TimerText.tcp(null));
        assertEquals("-", TimerText.datagram(null, true));
        assertEquals("on (0.00/0/0)", TimerText.tcp(new SocketTimer(TimerKind.RETRANSMIT, null, 0, 0, 1)));
    }

    @Test
    void secondsRoundToTwoDecimals() {
        assertEquals("1.00", TimerText.seconds(new StringBuilder(), Duration.ofNanos(1_004_999_999)).toString());
        assertEquals("1.01", TimerText.seconds(new StringBuilder(), Duration.ofNanos(1_005_000_001)).toString());
        assertEquals("1.02", TimerText.seconds(new StringBuilder(), Duration.ofMillis(1015)).toString());
        assertEquals("0.07", TimerText.seconds(new StringBuilder(), Duration.ofMillis(70)).toString());
        assertEquals("-0.50", TimerText.seconds(new StringBuilder(), Duration.ofMillis(-500)).toString());
    }
}
