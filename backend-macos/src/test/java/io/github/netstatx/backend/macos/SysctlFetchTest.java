package io.github.netstatx.backend.macos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sysctl loop over heap "native" memory: growth between the calls, ENOENT, errors, empty values, frees. */
class SysctlFetchTest {

    /** Heap memory that records what is allocated and freed. */
    private static final class Heap implements SysctlFetch.Memory<byte[]> {
        final List<Integer> allocated = new ArrayList<>();
        int freed;

        @Override
        public byte[] allocate(int size) {
            allocated.add(size);
            return new byte[size];
        }

        @Override
        public void free(byte[] memory) {
            freed++;
        }

        @Override
        public byte[] copy(byte[] memory, int length) {
            return java.util.Arrays.copyOf(memory, length);
        }
    }

    /** A kernel value that grows by {@code growth} bytes each time it is read or sized. */
    private static SysctlFetch.Call<byte[]> growing(int start, int growth) {
        int[] size = {start};
        return (buffer, len) -> {
            int now = size[0];
            size[0] += growth;
            if (buffer == null) {
                len[0] = now;
                return 0;
            }
            if (len[0] < now) {
                return SysctlFetch.ENOMEM;
            }
            for (int i = 0; i < now; i++) {
                buffer[i] = (byte) i;
            }
            len[0] = now;
            return 0;
        };
    }

    /** A value that triples at every call: no margin keeps up. */
    private static SysctlFetch.Call<byte[]> tripling() {
        int[] size = {100};
        return (buffer, len) -> {
            int now = size[0];
            size[0] *= 3;
            if (buffer == null) {
                len[0] = now;
                return 0;
            }
            return len[0] < now ? SysctlFetch.ENOMEM : 0;
        };
    }

    @Test
    void aValueThatGrowsALittleFitsTheMargin() throws SysctlException {
        Heap heap = new Heap();
        ByteBuffer b = SysctlFetch.standard().read("net.inet.tcp.pcblist_n", heap, growing(100, 10)).orElseThrow();
        assertEquals(110, b.remaining(), "the second call found 10 more bytes, within the 50 % margin");
        assertEquals(List.of(150), heap.allocated);
        assertEquals(1, heap.freed);
    }

    @Test
    void aValueThatOutgrowsTheBufferIsSizedAgain() throws SysctlException {
        Heap heap = new Heap();
        ByteBuffer b = SysctlFetch.standard().read("x", heap, growing(100, 60)).orElseThrow();
        // 100 -> buffer 150; the fetch finds 160 (ENOMEM); sized again: 220 -> buffer 330; the fetch finds 280
        assertEquals(List.of(150, 330), heap.allocated);
        assertEquals(280, b.remaining());
        byte[] expected = new byte[280];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = (byte) i;
        }
        byte[] got = new byte[280];
        b.get(got);
        assertArrayEquals(expected, got);
        assertEquals(2, heap.freed, "every buffer is freed");
    }

    @Test
    void aValueThatKeepsGrowingFailsAfterFiveBuffers() {
        Heap heap = new Heap();
        SysctlException e = assertThrows(SysctlException.class,
                () -> SysctlFetch.standard().read("x", heap, tripling()));
        assertTrue(e.getMessage().contains("still growing after 5 attempts"), e.getMessage());
        assertEquals(5, heap.freed);
    }

    @Test
    void enoentIsAbsentOtherErrnosAreErrorsAndAnEmptyValueIsEmpty() throws SysctlException {
        Heap heap = new Heap();
        assertEquals(Optional.empty(), SysctlFetch.standard().read("x", heap, (b, len) -> SysctlFetch.ENOENT));
        SysctlException e = assertThrows(SysctlException.class,
                () -> SysctlFetch.standard().read("net.inet.tcp.stats", heap, (b, len) -> 1));
        assertEquals("net.inet.tcp.stats: errno 1", e.getMessage());
        assertEquals(0, SysctlFetch.standard().read("x", heap, (b, len) -> {
            len[0] = 0;
            return 0;
        }).orElseThrow().remaining());
        assertEquals(List.of(), heap.allocated, "nothing allocated for absent, failing or empty values");
    }
}
