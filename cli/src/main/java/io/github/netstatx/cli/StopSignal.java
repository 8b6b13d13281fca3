package io.github.netstatx.cli;

import io.github.netstatx.core.acquire.ChildProcesses;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * SIGINT and SIGTERM. The first one ends any run promptly, wherever it is (collecting, blocked reading a
 * FIFO given as {@code --input}, waiting between samples), with exit status 130 after SIGINT and 143
 * after SIGTERM (128 + the signal, as a shell reports a process the signal killed), so
 * {@code timeout N netstatx ...} and Ctrl+C both work. Only a write in progress is let finish
 * ({@link #uninterrupted}): a repeating run's output ends after a whole sample and an {@code --output}
 * file is never left half-replaced. A write that cannot finish (a reader that stopped reading a pipe)
 * is given {@link #WRITE_GRACE}; a second signal ends the process at once.
 *
 * <p>A {@link #manual()} signal never ends the process: tests and the repeat loop only see
 * {@link #stopRequested()}.
 */
public final class StopSignal {

    /** How long a signal waits for a write in progress before ending the process anyway. */
    static final Duration WRITE_GRACE = Duration.ofSeconds(2);

    /** A piece of output that a signal must not cut in two. */
    @FunctionalInterface
    public interface Write {
        void run() throws IOException;
    }

    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicInteger status = new AtomicInteger(ExitCodes.INTERRUPTED);
    private final ReentrantLock writing = new ReentrantLock();

    /** A signal that only {@link #requestStop()} triggers (tests, embedding). */
    public static StopSignal manual() {
        return new StopSignal();
    }

    /**
     * A signal wired to SIGINT and SIGTERM of this process.
     *
     * @param children the commands the run starts, ended (with what they started) before the process ends
     */
    public static StopSignal onInterrupt(ChildProcesses children) {
        StopSignal s = new StopSignal();
        s.install("INT", ExitCodes.INTERRUPTED, children);
        s.install("TERM", ExitCodes.TERMINATED, children);
        return s;
    }

    private void install(String name, int exitStatus, ChildProcesses children) {
        SignalHandlers.install(name, () -> {
            if (stopRequested()) {
                children.endAll();
                Runtime.getRuntime().halt(status.get());
            }
            requestStop(exitStatus);
            endAfterWrite(children);
        });
    }

    /**
     * Runs on the signal's own thread: waits for a write in progress, then ends the commands netstatx
     * started (an {@code ip} or {@code netstat} child, and what it started) and the process, while holding
     * the write lock, so no further output starts. Other child processes are left alone: a shell that ran
     * {@code holder & exec netstatx} made its other children ours, and they are not ours to end.
     */
    private void endAfterWrite(ChildProcesses children) {
        try {
            writing.tryLock(WRITE_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            // end anyway: the user asked for it
        }
        children.endAll();
        Runtime.getRuntime().halt(status.get());
    }

    /**
     * Runs {@code w} so that a signal arriving meanwhile takes effect only after it (up to
     * {@link #WRITE_GRACE}).
     */
    public void uninterrupted(Write w) throws IOException {
        writing.lock();
        try {
            w.run();
        } finally {
            writing.unlock();
        }
    }

    /**
     * Starts output that goes on over several writes until {@link #releaseWrites()} (a streaming sink's
     * sample): a signal arriving meanwhile takes effect only after it, up to {@link #WRITE_GRACE}. Only the
     * thread that called it may release it.
     */
    public void holdWrites() {
        writing.lock();
    }

    /** Ends what {@link #holdWrites()} started. */
    public void releaseWrites() {
        writing.unlock();
    }

    /** Asks for a stop as Ctrl+C does. */
    public void requestStop() {
        requestStop(ExitCodes.INTERRUPTED);
    }

    /** Asks for a stop; the run then ends with {@code exitStatus} (the first request wins). */
    public void requestStop(int exitStatus) {
        if (stopped.getCount() != 0) {
            status.set(exitStatus);
        }
        stopped.countDown();
    }

    public boolean stopRequested() {
        return stopped.getCount() == 0;
    }

    /** The status a stopped run ends with: 130 after SIGINT, 143 after SIGTERM. */
    public int exitStatus() {
        return status.get();
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
