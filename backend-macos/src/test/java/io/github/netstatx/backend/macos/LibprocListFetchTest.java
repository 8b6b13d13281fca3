package io.github.netstatx.backend.macos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.backend.macos.decode.ProcPidListDecoder;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The libproc list loop against a simulated kernel that behaves as xnu's {@code proc_listpids} does: the sizing
 * call answers room for the current processes plus 20, a fill copies as many pids as fit and answers the bytes it
 * copied, silently dropping the rest.
 */
class LibprocListFetchTest {

    /** Heap memory standing in for JNA's. */
    private static final SysctlFetch.Memory<byte[]> HEAP = new SysctlFetch.Memory<>() {
        @Override
        public byte[] allocate(int size) {
            return new byte[size];
        }

        @Override
        public void free(byte[] memory) {
        }

        @Override
        public byte[] copy(byte[] memory, int length) {
            return java.util.Arrays.copyOf(memory, length);
        }
    };

    /** A process table that gains {@code spawnPerCall} processes at every call (a fork storm). */
    private static final class Kernel implements LibprocListFetch.Call<byte[]> {
        final List<Integer> pids = new ArrayList<>();
        final int spawnPerCall;
        final List<Integer> capacities = new ArrayList<>();

        Kernel(int processes, int spawnPerCall) {
            for (int p = 1; p <= processes; p++) {
                pids.add(p);
            }
            this.spawnPerCall = spawnPerCall;
        }

        @Override
        public int invoke(byte[] buffer, int capacity) {
            for (int i = 0; i < spawnPerCall; i++) {
                pids.add(pids.size() + 1);
            }
            if (buffer == null) {
                return (pids.size() + 20) * Integer.BYTES;
            }
            capacities.add(capacity);
            int n = Math.min(pids.size(), capacity / Integer.BYTES);
            ByteBuffer b = ByteBuffer.wrap(buffer).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < n; i++) {
                b.putInt(pids.get(i));
            }
            return n * Integer.BYTES;
        }
    }

    @Test
    void fourThousandProcessesAreAllListedNotJustTheFirst1024() throws Exception {
        Kernel k = new Kernel(4000, 0);
        LibprocAnswer a = LibprocListFetch.read(HEAP, k);
        assertTrue(a.ok());
        assertEquals(4000, ProcPidListDecoder.decode(a.bytes()).length);
        assertEquals(1, k.capacities.size(), "the sizing answer's 20 spare slots were enough");
    }

    @Test
    void aTableThatOutgrowsItsBufferIsAskedAgainWithMoreRoom() throws Exception {
        Kernel k = new Kernel(1000, 700); // grows past the 20 spare slots before every fill
        LibprocAnswer a = LibprocListFetch.read(HEAP, k);
        assertTrue(a.ok());
        int[] pids = ProcPidListDecoder.decode(a.bytes());
        assertTrue(k.capacities.size() > 1, "a full buffer means maybe more: " + k.capacities);
        assertTrue(pids.length < k.capacities.get(k.capacities.size() - 1) / Integer.BYTES,
                "the last buffer was not full");
        assertEquals(k.pids.size(), pids.length, "every process of the table as it was at the last fill");
    }

    @Test
    void anErrnoIsTheAnswer() {
        LibprocAnswer a = LibprocListFetch.read(HEAP, (buffer, capacity) -> {
            throw new LibprocListFetch.LibprocException(LibprocAnswer.EPERM);
        });
        assertFalse(a.ok());
        assertTrue(a.denied());
        assertFalse(a.vanished());
    }

    @Test
    void anEmptyListIsNoError() {
        LibprocAnswer a = LibprocListFetch.read(HEAP, (buffer, capacity) -> 0);
        assertTrue(a.ok());
        assertEquals(0, a.bytes().remaining());
    }
}
