package io.github.netstatx.cli;

/**
 * The heap policy of a repeating listing. Each sample is garbage once it is printed, but the launcher's young
 * generation is small ({@code -Xmn8m}), so the socket records of a large sample outlive a young collection and
 * are promoted to the old generation. Nothing would collect them there before the old generation reached the
 * heap's initial size (1/64 of RAM): a {@code -tanc} of 100,000 sockets grew from 220 to 420 MiB of RSS over
 * its first refreshes, one dead sample after another. A collection while the loop waits for its next tick
 * keeps the heap at what is live plus one sample, and the next sample is promoted into the same pages.
 *
 * <p>It runs only when the heap in use has grown past {@link #FLOOR} and past twice what was live after the
 * previous one, so small listings never pay for it, and a large live set (the previous sample that
 * {@code --changes} keeps) does not make it run after every sample of a small one.
 */
final class IdleCollection {

    /** Below this much heap in use nothing is collected: an idle host's listing never pays. */
    static final long FLOOR = 32L << 20;

    private final Runtime runtime = Runtime.getRuntime();
    private long liveAfterLast;

    /** Called after a sample was written out, before the wait for the next one. */
    void afterSample() {
        long used = runtime.totalMemory() - runtime.freeMemory();
        if (used > FLOOR && used > 2 * liveAfterLast) {
            System.gc();
            liveAfterLast = runtime.totalMemory() - runtime.freeMemory();
        }
    }
}
