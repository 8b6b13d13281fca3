package io.github.netstatx.core.acquire;

import java.util.Objects;

/**
 * The size-then-fetch loop of native calls that fill a buffer the caller provides: ask for the size
 * (no buffer), allocate, call again, and when the data grew in between (the call answers "too small"
 * with a new size) free, reallocate and retry, a bounded number of times. Every buffer is freed in
 * {@code finally}; the result is read out of the buffer before it is freed.
 *
 * <p>Windows' {@code GetExtendedTcpTable} (status 122 with the needed size) and BSD {@code sysctl}
 * ({@code ENOMEM}, or a size query with a null buffer) both have this shape. The backend adapts its
 * call to {@link Call} by mapping its status codes to an {@link Answer} and throwing its own exception
 * for real errors; memory is a type parameter so the loop runs in tests with heap arrays.
 *
 * @param attempts how many buffers at most are allocated before giving up on a table that keeps growing
 * @param slackPercent how much more than the announced size to allocate, so that a few rows added
 *     between the calls still fit (0 for APIs that are exact, some percent for sysctl tables)
 */
public record SizedFetch(int attempts, int slackPercent) {

    /** OSHI settled on 5 after its Windows connection list came back empty under socket churn. */
    public static final int DEFAULT_ATTEMPTS = 5;

    public SizedFetch {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        if (slackPercent < 0) {
            throw new IllegalArgumentException("slackPercent cannot be negative");
        }
    }

    /** Five attempts, no slack. */
    public static SizedFetch standard() {
        return new SizedFetch(DEFAULT_ATTEMPTS, 0);
    }

    /** Buffers of type {@code M}: native memory in production, arrays in tests. */
    public interface Memory<M> {
        M allocate(int size);

        void free(M memory);
    }

    /** What one call answered. */
    public sealed interface Answer {
        /** The call wrote {@code length} bytes into the buffer. */
        record Filled(int length) implements Answer {
        }

        /** The buffer was missing or too small; the data now needs {@code size} bytes. */
        record NeedsSize(int size) implements Answer {
        }

        static Answer filled(int length) {
            return new Filled(length);
        }

        static Answer needsSize(int size) {
            return new NeedsSize(size);
        }
    }

    /**
     * One call of the API.
     *
     * @param <X> the backend's exception for real errors
     */
    @FunctionalInterface
    public interface Call<M, X extends Exception> {
        /**
         * @param buffer the buffer, or {@code null} for the sizing call
         * @param capacity the buffer's size in bytes (0 with no buffer)
         */
        Answer invoke(M buffer, int capacity) throws X;
    }

    /**
     * Copies what the call wrote out of the buffer, before the buffer is freed. When the sizing call
     * already answers {@link Answer.Filled} there is no data: the reader gets a {@code null} buffer and 0.
     */
    @FunctionalInterface
    public interface Reader<M, R> {
        R read(M buffer, int length);
    }

    /** Builds the backend's exception for a table that was still growing after the last attempt. */
    @FunctionalInterface
    public interface KeptGrowing<X extends Exception> {
        X after(int attempts, int lastSizeAsked);
    }

    /**
     * Runs the loop.
     *
     * @return what {@code reader} made of the filled buffer
     * @throws X what {@code call} threw, or what {@code keptGrowing} built
     */
    public <M, R, X extends Exception> R fetch(Memory<M> memory, Call<M, X> call, Reader<M, R> reader,
            KeptGrowing<X> keptGrowing) throws X {
        Objects.requireNonNull(keptGrowing, "keptGrowing");
        Answer answer = call.invoke(null, 0);
        if (answer instanceof Answer.Filled) {
            // The sizing call itself answered: there is nothing to fetch.
            return reader.read(null, 0);
        }
        int needed = ((Answer.NeedsSize) answer).size();
        for (int attempt = 1; attempt <= attempts; attempt++) {
            int capacity = withSlack(needed);
            M buffer = memory.allocate(capacity);
            try {
                answer = call.invoke(buffer, capacity);
                if (answer instanceof Answer.Filled filled) {
                    return reader.read(buffer, Math.min(Math.max(filled.length(), 0), capacity));
                }
                needed = ((Answer.NeedsSize) answer).size();
            } finally {
                memory.free(buffer);
            }
        }
        throw keptGrowing.after(attempts, needed);
    }

    private int withSlack(int size) {
        long grown = Math.max(size, 1) + (long) Math.max(size, 0) * slackPercent / 100;
        return (int) Math.min(grown, Integer.MAX_VALUE - 8);
    }
}
