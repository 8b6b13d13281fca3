package io.github.netstatx.cli;

import java.io.IOException;
import java.time.Duration;
import java.util.function.IntPredicate;
import java.util.function.LongSupplier;

/**
 * Runs a sample once, or repeatedly at a steady cadence: sample k starts at {@code start + k * interval}
 * however long each sample took. A sample that overruns its slot is followed at the next free slot;
 * missed slots are skipped rather than run back to back.
 */
public final class Repeater {

    /** One sample; returns the exit status it wants if the run ended now. */
    @FunctionalInterface
    public interface Sample {
        int run(int index) throws IOException;
    }

    /** Waits for a duration; returns true when the run should stop instead of continuing. */
    @FunctionalInterface
    public interface Waiter {
        boolean await(Duration d);
    }

    private final StopSignal stop;
    private final LongSupplier nanoClock;
    private final Waiter waiter;

    public Repeater(StopSignal stop) {
        this(stop, System::nanoTime, stop::awaitStop);
    }

    Repeater(StopSignal stop, LongSupplier nanoClock, Waiter waiter) {
        this.stop = stop;
        this.nanoClock = nanoClock;
        this.waiter = waiter;
    }

    /**
     * Runs {@code sample} once when {@code interval} is null, else until a stop is requested.
     *
     * @return the status of the last sample, or the stop signal's {@link StopSignal#exitStatus()} when stopped
     */
    public int run(Duration interval, Sample sample) throws IOException {
        return run(interval, sample, status -> true);
    }

    /**
     * As {@link #run(Duration, Sample)}, but a repeating run also ends, with the sample's status,
     * as soon as {@code again} rejects that status (net-tools stops repeating after a failed pass).
     */
    public int run(Duration interval, Sample sample, IntPredicate again) throws IOException {
        if (interval == null) {
            return sample.run(0);
        }
        long step = interval.toNanos();
        long start = nanoClock.getAsLong();
        for (int k = 0; !stop.stopRequested(); k++) {
            int status = sample.run(k);
            if (!again.test(status)) {
                return status;
            }
            long now = nanoClock.getAsLong();
            long nextSlot = (now - start) / step + 1;
            if (waiter.await(Duration.ofNanos(start + nextSlot * step - now))) {
                break;
            }
        }
        return stop.exitStatus();
    }
}
