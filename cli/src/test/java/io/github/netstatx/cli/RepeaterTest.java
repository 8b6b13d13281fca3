package io.github.netstatx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeaterTest {

    /** A clock that moves only when a sample "works" or the repeater waits. */
    private static final class FakeTime {
        long now = 1_000_000L;
    }

    @Test
    void samplesStartOnASteadyGridWhateverTheyCost() throws Exception {
        FakeTime t = new FakeTime();
        long base = t.now;
        long step = Duration.ofSeconds(2).toNanos();
        long[] costs = {Duration.ofMillis(300).toNanos(), Duration.ofMillis(1900).toNanos(),
            Duration.ofMillis(10).toNanos(), 0};
        List<Long> starts = new ArrayList<>();
        StopSignal stop = StopSignal.manual();
        Repeater r = new Repeater(stop, () -> t.now, d -> {
            t.now += d.toNanos();
            return false;
        });
        int status = r.run(Duration.ofSeconds(2), k -> {
            starts.add(t.now - base);
            t.now += costs[k];
            if (k == costs.length - 1) {
                stop.requestStop();
            }
            return 0;
        });
        assertEquals(List.of(0L, step, 2 * step, 3 * step), starts);
        assertEquals(ExitCodes.INTERRUPTED, status);
    }

    @Test
    void anOverrunningSampleSkipsMissedSlotsInsteadOfBunching() throws Exception {
        FakeTime t = new FakeTime();
        long base = t.now;
        long step = Duration.ofSeconds(1).toNanos();
        List<Long> starts = new ArrayList<>();
        StopSignal stop = StopSignal.manual();
        Repeater r = new Repeater(stop, () -> t.now, d -> {
            t.now += d.toNanos();
            return false;
        });
        r.run(Duration.ofSeconds(1), k -> {
            starts.add(t.now - base);
            t.now += k == 0 ? Duration.ofMillis(2500).toNanos() : 0;
            if (k == 1) {
                stop.requestStop();
            }
            return 0;
        });
        assertEquals(List.of(0L, 3 * step), starts, "slots 1 and 2 were missed; the next sample starts at slot 3");
    }

    @Test
    void withoutAnIntervalTheSampleRunsOnceAndItsStatusIsReturned() throws Exception {
        List<Integer> runs = new ArrayList<>();
        int status = new Repeater(StopSignal.manual()).run(null, k -> {
            runs.add(k);
            return 7;
        });
        assertEquals(List.of(0), runs);
        assertEquals(7, status);
    }

    @Test
    void aStopDuringTheWaitEndsTheRun() throws Exception {
        List<Integer> runs = new ArrayList<>();
        int status = new Repeater(StopSignal.manual(), System::nanoTime, d -> true).run(Duration.ofSeconds(5), k -> {
            runs.add(k);
            return 0;
        });
        assertEquals(List.of(0), runs);
        assertEquals(ExitCodes.INTERRUPTED, status);
    }

    @Test
    void aRunStoppedBySigtermEndsWith143() throws Exception {
        StopSignal stop = StopSignal.manual();
        int status = new Repeater(stop, System::nanoTime, d -> stop.stopRequested()).run(Duration.ofSeconds(5), k -> {
            stop.requestStop(ExitCodes.TERMINATED);
            stop.requestStop(ExitCodes.INTERRUPTED);
            return 0;
        });
        assertEquals(ExitCodes.TERMINATED, status, "the first request decides the status");
    }
}
