package io.github.netstatx.backend.linux;

import java.util.Arrays;

/**
 * Socket inode to the pids holding it, for the owner scan: an open-addressing table on primitive keys. A busy
 * host has one entry per socket (100,000 and more), each looked up once per listed row; a {@code HashMap<Long, ...>}
 * costs a boxed key and a node per entry on both sides, which showed as a few percent of a {@code -tanp} profile.
 * Filled by one thread ({@link SocketOwnerScan#finish}), then only read.
 */
final class PidsByInode {

    /** What a pid lookup callback receives: a socket inode and its holders. */
    interface Entry {
        void accept(long inode, long[] pids);
    }

    private static final long[] NONE = new long[0];
    /** Inode 0 is the free-slot mark of {@link #keys}, so its holders (if a link ever says so) live here. */
    private long[] zeroHolders;
    private long[] keys;
    private long[][] holders;
    private int size;

    PidsByInode(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        holders = new long[capacity][];
    }

    /**
     * Adds {@code pid} as a holder of {@code inode}. Pids come in ascending order, so one process holding a socket
     * on several descriptors is recorded once by comparing with the last holder.
     */
    void add(long inode, long pid) {
        if (inode == 0) {
            zeroHolders = appended(zeroHolders, pid);
            return;
        }
        int slot = slot(inode, keys);
        if (keys[slot] == 0) {
            keys[slot] = inode;
            holders[slot] = new long[] {pid};
            if (++size * 2 > keys.length) {
                grow();
            }
        } else {
            holders[slot] = appended(holders[slot], pid);
        }
    }

    /** The holders of {@code inode}, ascending; empty when none is known. */
    long[] get(long inode) {
        if (inode == 0) {
            return zeroHolders == null ? NONE : zeroHolders;
        }
        int slot = slot(inode, keys);
        return keys[slot] == 0 ? NONE : holders[slot];
    }

    /** How many inodes have holders. */
    int size() {
        return size + (zeroHolders == null ? 0 : 1);
    }

    /** Every inode with its holders, in no particular order. */
    void forEach(Entry action) {
        if (zeroHolders != null) {
            action.accept(0, zeroHolders);
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                action.accept(keys[i], holders[i]);
            }
        }
    }

    private static long[] appended(long[] pids, long pid) {
        if (pids == null) {
            return new long[] {pid};
        }
        if (pids[pids.length - 1] == pid) {
            return pids;
        }
        long[] more = Arrays.copyOf(pids, pids.length + 1);
        more[pids.length] = pid;
        return more;
    }

    /** The slot holding {@code inode}, or the free one where it belongs (linear probing; never full). */
    private static int slot(long inode, long[] keys) {
        int mask = keys.length - 1;
        int i = Long.hashCode(inode * 0x9E3779B97F4A7C15L) & mask;
        while (keys[i] != 0 && keys[i] != inode) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[][] oldHolders = holders;
        keys = new long[oldKeys.length * 2];
        holders = new long[keys.length][];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = slot(oldKeys[i], keys);
                keys[slot] = oldKeys[i];
                holders[slot] = oldHolders[i];
            }
        }
    }
}
