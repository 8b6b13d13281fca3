package io.github.netstatx.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl+C for repeating listings: the first SIGINT asks the loop to stop after the sample it is
 * writing, so output never ends in the middle of a line; a second one ends the process at once.
 */
public final class StopSignal {

    private final CountDownLatch stopped = new CountDownLatch(1);

    /** A signal that only {@link #requestStop()} triggers (tests, one-shot runs). */
    public static StopSignal manual() {
        return new StopSignal();
    }

    /** A signal wired to SIGINT and SIGTERM of this process. */
    public static StopSignal onInterrupt() {
        StopSignal s = new StopSignal();
        s.install("INT");
        s.install("TERM");
        return s;
    }

    private void install(String name) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal(name), sig -> {
                if (stopRequested()) {
                    Runtime.getRuntime().halt(ExitCodes.INTERRUPTED);
                }
                requestStop();
            });
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // The signal is not available on this platform; the default handling stays.
        }
    }

    public void requestStop() {
        stopped.countDown();
    }

    public boolean stopRequested() {
        return stopped.getCount() == 0;
    }

    /** Waits up to {@code d}; returns true when a stop was requested meanwhile. */
    public boolean awaitStop(Duration d) {
        try {
            return stopped.await(Math.max(0, d.toNanos()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
