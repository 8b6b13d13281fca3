package io.github.netstatx.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A small property-based fuzzing harness for the parsers and grammars (issue 17), shared with every
 * module through agent-core's test-jar. A property runs {@link #CASES} generated cases from one seed; the
 * seed is printed, named in any failure with the case number, and can be fixed to replay a failure with
 * {@code -Dnetstatx.fuzz.seed=N} (and the number of cases raised with {@code -Dnetstatx.fuzz.cases=N}).
 * Each case must end within {@link #CASE_LIMIT}: a guard against a parser that loops or a generator that
 * explodes, not a speed claim. A whole property stops generating after {@link #PROPERTY_BUDGET} (checked
 * before each case, so it ends within that plus one case's limit) and says so with the number of cases run,
 * which keeps {@code .ci/run} bounded on a slow machine or with many cases asked for; 300 cases take seconds. Inputs are bounded in size by their generators, so memory is too. The seeds end
 * up in the build log and in each fuzz class's surefire report ({@code system-out}).
 */
public final class Fuzz {

    /** Cases per property: a few seconds each in {@code mvn verify}. */
    public static final int CASES = Integer.getInteger("netstatx.fuzz.cases", 300);

    private static final Duration CASE_LIMIT = Duration.ofSeconds(20);

    /** The most one property runs for before it stops generating (a bound on the build, not a speed claim). */
    private static final Duration PROPERTY_BUDGET = Duration.ofMinutes(3);

    private Fuzz() {
    }

    /** Makes one input from a random source. */
    @FunctionalInterface
    public interface Generator<T> {
        T next(SplittableRandom random);
    }

    /** Checks one input; throws (an assertion or an escaped exception) when the property does not hold. */
    @FunctionalInterface
    public interface Check<T> {
        void check(T input) throws Exception;
    }

    /** Runs {@code check} on {@link #CASES} inputs of {@code generator}. */
    public static <T> void forAll(String property, Generator<T> generator, Check<T> check) {
        long seed = Long.getLong("netstatx.fuzz.seed", new SplittableRandom().nextLong());
        System.out.println("fuzz " + property + ": seed " + seed + ", " + CASES + " cases");
        SplittableRandom random = new SplittableRandom(seed);
        long deadline = System.nanoTime() + PROPERTY_BUDGET.toNanos();
        for (int i = 0; i < CASES; i++) {
            if (System.nanoTime() - deadline > 0) {
                System.out.println("fuzz " + property + ": seed " + seed + ", stopped after " + i + " of " + CASES
                        + " cases at its budget of " + PROPERTY_BUDGET);
                return;
            }
            T input = generator.next(random);
            int caseNumber = i;
            try {
                assertTimeoutPreemptively(CASE_LIMIT, () -> check.check(input));
            } catch (Throwable t) {
                throw new AssertionError("fuzz " + property + " failed at case " + caseNumber + " of seed " + seed
                        + " (replay with -Dnetstatx.fuzz.seed=" + seed + "): " + t, t);
            }
        }
    }

    /** One of {@code choices}. */
    public static <T> T oneOf(SplittableRandom random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** Random bytes, at most {@code maxLength} of them. */
    public static byte[] bytes(SplittableRandom random, int maxLength) {
        byte[] b = new byte[random.nextInt(maxLength + 1)];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) random.nextInt(256);
        }
        return b;
    }

    /**
     * {@code seed} with up to 16 random edits: bytes overwritten, runs inserted or deleted, the text cut
     * short, a 40-digit number inserted. The edits use bytes the text formats are made of ({@code alphabet})
     * and a few they never hold.
     */
    public static byte[] mutate(SplittableRandom random, byte[] seed, byte[] alphabet) {
        byte[] b = seed;
        int edits = random.nextInt(17);
        for (int e = 0; e < edits; e++) {
            int at = b.length == 0 ? 0 : random.nextInt(b.length + 1);
            int count = 1 + random.nextInt(64);
            byte value = random.nextInt(8) == 0 ? (byte) random.nextInt(256) : alphabet[random.nextInt(alphabet.length)];
            b = switch (random.nextInt(5)) {
                case 0 -> overwrite(b, at, count, value);
                case 1 -> insert(b, at, repeat(value, count));
                case 2 -> delete(b, at, count);
                case 3 -> java.util.Arrays.copyOf(b, at);
                default -> insert(b, at, "1234567890123456789012345678901234567890".getBytes(
                        java.nio.charset.StandardCharsets.US_ASCII));
            };
        }
        return b;
    }

    private static byte[] repeat(byte v, int n) {
        byte[] r = new byte[n];
        java.util.Arrays.fill(r, v);
        return r;
    }

    private static byte[] overwrite(byte[] b, int at, int count, byte v) {
        byte[] r = b.clone();
        for (int i = at; i < Math.min(r.length, at + count); i++) {
            r[i] = v;
        }
        return r;
    }

    private static byte[] insert(byte[] b, int at, byte[] what) {
        byte[] r = new byte[b.length + what.length];
        System.arraycopy(b, 0, r, 0, at);
        System.arraycopy(what, 0, r, at, what.length);
        System.arraycopy(b, at, r, at + what.length, b.length - at);
        return r;
    }

    private static byte[] delete(byte[] b, int at, int count) {
        int end = Math.min(b.length, at + count);
        byte[] r = new byte[b.length - (end - at)];
        System.arraycopy(b, 0, r, 0, at);
        System.arraycopy(b, end, r, at, b.length - end);
        return r;
    }
}
