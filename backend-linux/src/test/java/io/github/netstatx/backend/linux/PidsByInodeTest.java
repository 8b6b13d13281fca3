package io.github.netstatx.backend.linux;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PidsByInodeTest {

    @Test
    void keepsEveryInodeThroughGrowthWithItsHoldersInOrder() {
        PidsByInode table = new PidsByInode(1);
        Map<Long, long[]> expected = new TreeMap<>();
        for (long i = 1; i <= 5000; i++) {
            long inode = i * 7919 + (i % 3 == 0 ? 1L << 40 : 0);    // spread, some above 32 bits
            table.add(inode, 100 + i % 50);
            expected.put(inode, new long[] {100 + i % 50});
            if (i % 10 == 0) {                                       // a second process shares the socket
                table.add(inode, 900);
                expected.put(inode, new long[] {100 + i % 50, 900});
            }
        }
        assertEquals(expected.size(), table.size());
        for (Map.Entry<Long, long[]> e : expected.entrySet()) {
            assertArrayEquals(e.getValue(), table.get(e.getKey()), "inode " + e.getKey());
        }
        Map<Long, long[]> seen = new TreeMap<>();
        table.forEach(seen::put);
        assertEquals(expected.keySet(), seen.keySet());
    }

    @Test
    void oneProcessHoldingASocketTwiceCountsOnceAndUnknownInodesHaveNone() {
        PidsByInode table = new PidsByInode(4);
        table.add(24840, 100);
        table.add(24840, 200);
        table.add(24840, 200);
        assertArrayEquals(new long[] {100, 200}, table.get(24840));
        assertArrayEquals(new long[0], table.get(24841));
        assertEquals(1, table.size());
    }

    @Test
    void inodeZeroIsAnInodeLikeAnyOther() {
        PidsByInode table = new PidsByInode(4);
        assertArrayEquals(new long[0], table.get(0));
        table.add(0, 5);
        table.add(0, 6);
        assertArrayEquals(new long[] {5, 6}, table.get(0));
        assertEquals(1, table.size());
        Map<Long, long[]> seen = new TreeMap<>();
        table.forEach(seen::put);
        assertArrayEquals(new long[] {5, 6}, seen.get(0L));
    }
}
