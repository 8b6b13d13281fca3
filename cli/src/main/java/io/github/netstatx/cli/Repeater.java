package io.github.netstatx.cli;

import java.io.IOException;
import java.time.Duration;

/**
 * Runs a sample once, or repeatedly at a steady cadence: sample k starts at {@code start + k * interval},
 * however long each sample took (a sample that overruns its slot starts the next one at once, and the
 * schedule skips the slots it missed rather than bunching up).
 */
public final class Repeater {

    /** One sample; returns the exit status it wants if the run ended now. */
    @FunctionalInterface
    public interface Sample {
        int run(int index) throws IOException;
    }

    private final StopSignal stop;
    private final java.util.function.LongSupplier nanoClock;

    public Repeater(StopSignal stop) {
        this(stop, System::nanoTime);
    }

    Repeater(StopSignal stop, java.util.function.LongSupplier nanoClock) {
        this.stop = stop;
        this.nanoClock = nanoClock;
    }

    /**
     * Runs {@code sample} once when {@code interval} is null, else until a stop is requested.
     *
     * @return the status of the last sample, or {@link ExitCodes#INTERRUPTED} when stopped by a signal
     */
    public int run(Duration interval, Sample sample) throws IOException {
        return run(interval, sample, status -> true);
    }

    /**
     * As {@link #run(Duration, Sample)}, but a repeating run also ends, with the sample's status,
     * as soon as {@code again} rejects that status (net-tools stops repeating after a failed pass).
     */
    public int run(Duration interval, Sample sample, java.util.function.IntPredicate again) throws IOException {
        if (interval == null) {
            return sample.run(0);
        }
        long step = interval.toNanos();
        long start = nanoClock.getAsLong();
        int status = ExitCodes.OK;
        for (int k = 0; !stop.stopRequested(); k++) {
            status = sample.run(k);
            if (!again.test(status)) {
                return status;
            }
            long now = nanoClock.getAsLong();
            long nextSlot = (now - start) / step + 1;
            long wait = start + nextSlot * step - now;
            if (stop.awaitStop(Duration.ofNanos(wait))) {
                return ExitCodes.INTERRUPTED;
            }
        }
        return stop.stopRequested() ? ExitCodes.INTERRUPTED : status;
    }
}
