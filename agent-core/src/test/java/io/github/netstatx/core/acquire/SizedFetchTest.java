package io.github.netstatx.core.acquire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The loop against a fake table whose size changes between calls, with heap arrays as "native" memory. */
class SizedFetchTest {

    /** Records every allocation and checks every free. */
    static final class Heap implements SizedFetch.Memory<byte[]> {
        final List<byte[]> live = new ArrayList<>();
        final List<Integer> sizes = new ArrayList<>();

        @Override
        public byte[] allocate(int size) {
            byte[] b = new byte[size];
            live.add(b);
            sizes.add(size);
            return b;
        }

        @Override
        public void free(byte[] memory) {
            assertTrue(live.removeIf(m -> m == memory), "freed twice or never allocated");
        }
    }

    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }
    }

    /** sysctl-like: the size query answers the current size, a short buffer answers "needs". */
    static final class Table implements SizedFetch.Call<byte[], Failure> {
        private final int[] sizes;
        int calls;

        Table(int... sizes) {
            this.sizes = sizes;
        }

        @Override
        public SizedFetch.Answer invoke(byte[] buffer, int capacity) {
            int size = sizes[Math.min(calls++, sizes.length - 1)];
            if (buffer == null || capacity < size) {
                return SizedFetch.Answer.needsSize(size);
            }
            Arrays.fill(buffer, 0, size, (byte) 7);
            return SizedFetch.Answer.filled(size);
        }
    }

    private static final SizedFetch.KeptGrowing<Failure> GREW =
            (attempts, last) -> new Failure("grew after " + attempts + " attempts, last " + last);

    @Test
    void sizeThenFetch() throws Failure {
        Heap heap = new Heap();
        byte[] got = SizedFetch.standard().fetch(heap, new Table(10, 10), Arrays::copyOf, GREW);
        assertArrayEquals(filled(10), got);
        assertEquals(List.of(10), heap.sizes);
        assertTrue(heap.live.isEmpty());
    }

    @Test
    void aTableThatGrowsBetweenTheCallsIsFetchedAgainWithTheNewSize() throws Failure {
        Heap heap = new Heap();
        Table table = new Table(10, 20, 30, 30);
        byte[] got = SizedFetch.standard().fetch(heap, table, Arrays::copyOf, GREW);
        assertArrayEquals(filled(30), got);
        assertEquals(List.of(10, 20, 30), heap.sizes);
        assertEquals(4, table.calls);
        assertTrue(heap.live.isEmpty(), "every buffer freed");
    }

    @Test
    void slackLetsASlightlyGrownTableFitTheFirstBuffer() throws Failure {
        Heap heap = new Heap();
        byte[] got = new SizedFetch(5, 25).fetch(heap, new Table(100, 110), Arrays::copyOf, GREW);
        assertEquals(110, got.length);
        assertEquals(List.of(125), heap.sizes);
    }

    @Test
    void aTableThatKeepsGrowingEndsWithTheBackendsException() {
        Heap heap = new Heap();
        Failure f = assertThrows(Failure.class,
                () -> new SizedFetch(3, 0).fetch(heap, new Table(1, 2, 3, 4, 5, 6), Arrays::copyOf, GREW));
        assertEquals("grew after 3 attempts, last 4", f.getMessage());
        assertEquals(List.of(1, 2, 3), heap.sizes);
        assertTrue(heap.live.isEmpty(), "every buffer freed");
    }

    @Test
    void anErrorThrownByTheCallStillFreesTheBuffer() {
        Heap heap = new Heap();
        Failure boom = new Failure("EPERM");
        SizedFetch.Call<byte[], Failure> call = (buffer, capacity) -> {
            if (buffer == null) {
                return SizedFetch.Answer.needsSize(8);
            }
            throw boom;
        };
        assertSame(boom, assertThrows(Failure.class, () -> SizedFetch.standard().fetch(heap, call, Arrays::copyOf, GREW)));
        assertEquals(List.of(8), heap.sizes);
        assertTrue(heap.live.isEmpty());
    }

    @Test
    void aSizingCallThatAlreadyAnswersFilledMeansNoDataAndAllocatesNothing() throws Failure {
        Heap heap = new Heap();
        String got = SizedFetch.standard().fetch(heap, (b, c) -> SizedFetch.Answer.filled(0),
                (buffer, length) -> buffer == null ? "empty:" + length : "data", GREW);
        assertEquals("empty:0", got);
        assertTrue(heap.sizes.isEmpty());
    }

    @Test
    void aFilledLengthBeyondTheBufferIsClampedToIt() throws Failure {
        Heap heap = new Heap();
        SizedFetch.Call<byte[], Failure> liar = (buffer, capacity) -> buffer == null
                ? SizedFetch.Answer.needsSize(4) : SizedFetch.Answer.filled(1000);
        assertEquals(4, SizedFetch.standard().fetch(heap, liar, Arrays::copyOf, GREW).length);
    }

    @Test
    void invalidSettingsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new SizedFetch(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new SizedFetch(1, -1));
    }

    private static byte[] filled(int n) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) 7);
        return b;
    }
}
