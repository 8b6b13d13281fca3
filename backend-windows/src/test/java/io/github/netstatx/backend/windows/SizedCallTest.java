package io.github.netstatx.backend.windows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.model.AddressFamily;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The size → allocate → call → retry dance, against a fake "native" table that can grow between calls. */
class SizedCallTest {

    private static final IpHelperCall CALL = new IpHelperCall("GetExtendedTcpTable", AddressFamily.IPV4, 5);

    /** Heap arrays standing in for native memory; records every allocation and free. */
    static final class FakeMemory implements SizedCall.Memory<byte[]> {
        final List<byte[]> live = new ArrayList<>();
        int allocations;

        @Override
        public byte[] allocate(int size) {
            allocations++;
            byte[] m = new byte[size];
            live.add(m);
            return m;
        }

        @Override
        public byte[] copy(byte[] memory, int length) {
            return Arrays.copyOf(memory, length);
        }

        @Override
        public long address(byte[] memory) {
            return 0x1000;
        }

        @Override
        public void free(byte[] memory) {
            assertTrue(live.removeIf(m -> m == memory), "freed twice or never allocated");
        }
    }

    /** A table whose size is given per call: the API writes it when it fits, else answers 122 with the size. */
    static final class GrowingTable implements SizedCall.Call<byte[]> {
        private final int[] sizes;
        int calls;

        GrowingTable(int... sizes) {
            this.sizes = sizes;
        }

        @Override
        public int invoke(byte[] buffer, int[] size) {
            int needed = sizes[Math.min(calls++, sizes.length - 1)];
            if (buffer == null || size[0] < needed) {
                size[0] = needed;
                return SizedCall.ERROR_INSUFFICIENT_BUFFER;
            }
            for (int i = 0; i < needed; i++) {
                buffer[i] = (byte) (i + 1);
            }
            size[0] = needed;
            return SizedCall.NO_ERROR;
        }
    }

    @Test
    void theSizingCallsInsufficientBufferIsExpected() throws Exception {
        FakeMemory memory = new FakeMemory();
        GrowingTable table = new GrowingTable(28, 28);
        IpHelperBuffer b = SizedCall.standard().run(CALL, memory, table);
        assertEquals(28, b.bytes().remaining());
        assertEquals(2, table.calls);
        assertEquals(1, memory.allocations);
        assertTrue(memory.live.isEmpty(), "everything freed");
        assertEquals(0x1000, b.nativeBase());
    }

    @Test
    void aTableThatGrowsBetweenSizingAndFetchingIsFetchedAgain() throws Exception {
        FakeMemory memory = new FakeMemory();
        GrowingTable table = new GrowingTable(28, 52, 76, 76);
        IpHelperBuffer b = SizedCall.standard().run(CALL, memory, table);
        byte[] expected = new byte[76];
        for (int i = 0; i < 76; i++) {
            expected[i] = (byte) (i + 1);
        }
        byte[] got = new byte[b.bytes().remaining()];
        b.data().get(got);
        assertArrayEquals(expected, got);
        assertEquals(3, memory.allocations, "28 then 52 then 76 bytes");
        assertTrue(memory.live.isEmpty(), "every buffer freed");
    }

    @Test
    void aTableThatKeepsGrowingFailsClearlyAfterTheLastAttempt() {
        FakeMemory memory = new FakeMemory();
        GrowingTable table = new GrowingTable(24, 48, 72, 96, 120, 144, 168, 192);
        IpHelperException e = assertThrows(IpHelperException.class,
                () -> new SizedCall(3).run(CALL, memory, table));
        assertEquals(SizedCall.ERROR_INSUFFICIENT_BUFFER, e.errorCode());
        assertTrue(e.getMessage().contains("kept growing") && e.getMessage().contains("3 attempts"), e.getMessage());
        assertTrue(e.getMessage().startsWith("GetExtendedTcpTable(AF_INET, class 5)"), e.getMessage());
        assertEquals(3, memory.allocations);
        assertTrue(memory.live.isEmpty(), "every buffer freed");
    }

    @Test
    void anotherErrorOnTheRealCallIsReportedAndTheBufferFreed() {
        FakeMemory memory = new FakeMemory();
        SizedCall.Call<byte[]> api = (buffer, size) -> {
            if (buffer == null) {
                size[0] = 16;
                return SizedCall.ERROR_INSUFFICIENT_BUFFER;
            }
            return IpHelperException.ERROR_INVALID_PARAMETER;
        };
        IpHelperException e = assertThrows(IpHelperException.class, () -> SizedCall.standard().run(CALL, memory, api));
        assertEquals(87, e.errorCode());
        assertTrue(memory.live.isEmpty());
    }

    @Test
    void anErrorOnTheSizingCallAllocatesNothing() {
        FakeMemory memory = new FakeMemory();
        IpHelperException e = assertThrows(IpHelperException.class,
                () -> SizedCall.standard().run(CALL, memory, (buffer, size) -> 50));
        assertEquals(50, e.errorCode());
        assertEquals(0, memory.allocations);
    }

    /** An API-allocated table: a heap array plus a flag for FreeMibTable. */
    static final class FakeMibTable implements SizedCall.ApiAllocated<byte[]> {
        final int status;
        final byte[] table;
        int freed;

        FakeMibTable(int status, byte[] table) {
            this.status = status;
            this.table = table;
        }

        @Override
        public int invoke(Object[] out) {
            out[0] = table;
            return status;
        }

        @Override
        public int length(byte[] t) {
            return 8 + t[0] * 4;
        }

        @Override
        public byte[] copy(byte[] t, int length) {
            return Arrays.copyOf(t, length);
        }

        @Override
        public void free(byte[] t) {
            freed++;
        }
    }

    @Test
    void apiAllocatedTablesAreCopiedByTheirRowCountAndFreed() throws Exception {
        byte[] native_ = new byte[64];
        native_[0] = 2;
        FakeMibTable api = new FakeMibTable(0, native_);
        IpHelperBuffer b = SizedCall.standard().runApiAllocated(IpHelperCall.of("GetIfTable2"), api);
        assertEquals(16, b.bytes().remaining(), "header 8 + 2 rows of 4");
        assertEquals(1, api.freed);
    }

    @Test
    void apiAllocatedTablesAreFreedEvenWhenTheCallFails() {
        FakeMibTable api = new FakeMibTable(50, new byte[8]);
        IpHelperException e = assertThrows(IpHelperException.class,
                () -> SizedCall.standard().runApiAllocated(IpHelperCall.of("GetIpInterfaceTable"), api));
        assertEquals(50, e.errorCode());
        assertEquals(1, api.freed);
    }
}
