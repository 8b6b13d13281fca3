package io.github.netstatx.backend.linux;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one pass over {@code /proc/PID/fd} that maps socket inodes to the processes holding them.
 *
 * <p>Its cost is one directory listing per process plus one {@code readlink} per open descriptor on
 * the whole system, so it is spread over {@code parallelism} threads: {@link #start} lists the
 * processes and starts {@code parallelism - 1} workers at once, the caller reads the socket tables
 * meanwhile and then joins the work in {@link #finish}.
 *
 * <p>The work comes in two rounds so that one process holding most descriptors (a server with
 * 50,000 connections) does not leave all but one thread idle: in the first, processes are handed
 * out a few at a time and each is listed, small ones resolved on the spot; in the second, the
 * descriptors of the large ones are resolved in slices by every thread. Results are kept by
 * position, so the index lists the holders of each socket by ascending pid however the work was
 * shared (the first holder is the one net-tools shows).
 *
 * <p>Processes and descriptors that vanish during the pass are normal and simply not counted;
 * EACCES (another user's process) is counted for the diagnostics.
 */
final class SocketOwnerScan {

    /** Processes per hand-out in the first round. */
    private static final int PID_CHUNK = 4;
    /** Descriptors per slice; processes with more are resolved in the second round. */
    static final int SLICE = 1024;
    private static final long[] NO_SOCKETS = new long[0];

    /** Descriptors {@code from} to {@code to} of the process at {@code pidIndex}. */
    private record Slice(int pidIndex, int from, int to) {
    }

    private final LinuxRawSource source;
    private final long[] pids;
    private final String procError;
    private final long[][] socketsByPid;
    private final List<List<Path>> largeProcessFds;
    private final int pidChunks;
    private final int slice;
    private final AtomicInteger nextPidChunk = new AtomicInteger();
    private final AtomicInteger listedPidChunks = new AtomicInteger();
    private final AtomicInteger nextSlice = new AtomicInteger();
    private final AtomicInteger denied = new AtomicInteger();
    private final CountDownLatch slicesReady = new CountDownLatch(1);
    private volatile Slice[] slices;
    private volatile long[][] socketsBySlice;
    private final Thread[] workers;

    private SocketOwnerScan(LinuxRawSource source, int parallelism, int slice, Long hidden) {
        this.source = source;
        this.slice = slice;
        long[] listed;
        String error = null;
        try {
            listed = withoutCollector(source.pids(), hidden);
        } catch (IOException e) {
            listed = new long[0];
            error = "cannot list " + source.where("proc") + ": " + e.getMessage();
        }
        this.pids = listed;
        this.procError = error;
        this.socketsByPid = new long[pids.length][];
        this.largeProcessFds = new ArrayList<>(java.util.Collections.nCopies(pids.length, (List<Path>) null));
        this.pidChunks = (pids.length + PID_CHUNK - 1) / PID_CHUNK;
        if (pidChunks == 0) {
            publishSlices();
        }
        this.workers = new Thread[Math.max(0, parallelism - 1)];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new Thread(this::work, "netstatx-fd-scan-" + (i + 1));
            workers[i].setDaemon(true);
            workers[i].start();
        }
    }

    /** Lists the processes and starts the scan on {@code parallelism - 1} extra threads. */
    static SocketOwnerScan start(LinuxRawSource source, int parallelism) {
        return new SocketOwnerScan(source, parallelism, SLICE, null);
    }

    /**
     * As {@link #start(LinuxRawSource, int)}, leaving out the process {@code hidden} (the collector itself,
     * whose sockets are not listed and so must not count as mapped either); {@code null} hides nothing.
     */
    static SocketOwnerScan start(LinuxRawSource source, int parallelism, Long hidden) {
        return new SocketOwnerScan(source, parallelism, SLICE, hidden);
    }

    /** As {@link #start(LinuxRawSource, int)} with another slice size (tests reach the second round with it). */
    static SocketOwnerScan start(LinuxRawSource source, int parallelism, int slice) {
        return new SocketOwnerScan(source, parallelism, slice, null);
    }

    /** The pids without the collector's own: its sockets are not listed, so they must not count as mapped. */
    private static long[] withoutCollector(long[] pids, Long collector) {
        if (collector == null) {
            return pids;
        }
        return java.util.Arrays.stream(pids).filter(p -> p != collector).toArray();
    }

    /** Scans what is left on the calling thread, waits for the workers and returns the index. */
    SocketOwnerIndex finish() {
        work();
        for (Thread t : workers) {
            uninterruptibly(t::join);
        }
        int descriptors = 0;
        for (long[] inodes : socketsByPid) {
            descriptors += inodes == null ? 0 : inodes.length;
        }
        for (long[] inodes : socketsBySlice) {
            descriptors += inodes.length;
        }
        PidsByInode byInode = new PidsByInode(descriptors);
        int k = 0;
        for (int i = 0; i < pids.length; i++) {
            if (largeProcessFds.get(i) == null) {
                index(byInode, pids[i], socketsByPid[i]);
                continue;
            }
            for (; k < slices.length && slices[k].pidIndex() == i; k++) {
                index(byInode, pids[i], socketsBySlice[k]);
            }
        }
        return new SocketOwnerIndex(byInode, denied.get(), procError);
    }

    private static void index(PidsByInode byInode, long pid, long[] inodes) {
        for (long inode : inodes) {
            byInode.add(inode, pid);
        }
    }

    private void work() {
        int chunk;
        while ((chunk = nextPidChunk.getAndIncrement()) < pidChunks) {
            int end = Math.min(pids.length, (chunk + 1) * PID_CHUNK);
            for (int i = chunk * PID_CHUNK; i < end; i++) {
                listProcess(i);
            }
            if (listedPidChunks.incrementAndGet() == pidChunks) {
                publishSlices();
            }
        }
        uninterruptibly(slicesReady::await);            // whoever lists the last process is working on it
        Slice[] all = slices;
        long[][] results = socketsBySlice;
        int k;
        while ((k = nextSlice.getAndIncrement()) < all.length) {
            Slice s = all[k];
            results[k] = socketInodes(largeProcessFds.get(s.pidIndex()), s.from(), s.to());
        }
    }

    private void listProcess(int i) {
        List<Path> fds;
        try {
            fds = source.fdEntries(pids[i]);
        } catch (AccessDeniedException e) {
            denied.incrementAndGet();
            socketsByPid[i] = NO_SOCKETS;
            return;
        } catch (IOException gone) {
            socketsByPid[i] = NO_SOCKETS;             // exited meanwhile, or not a process after all
            return;
        }
        if (fds.size() <= slice) {
            socketsByPid[i] = socketInodes(fds, 0, fds.size());
        } else {
            largeProcessFds.set(i, fds);
        }
    }

    /** Cuts the descriptors of the large processes into slices, in pid order, and lets the second round begin. */
    private void publishSlices() {
        List<Slice> out = new ArrayList<>();
        for (int i = 0; i < pids.length; i++) {
            List<Path> fds = largeProcessFds.get(i);
            for (int from = 0; fds != null && from < fds.size(); from += slice) {
                out.add(new Slice(i, from, Math.min(fds.size(), from + slice)));
            }
        }
        socketsBySlice = new long[out.size()][];
        slices = out.toArray(new Slice[0]);
        slicesReady.countDown();
    }

    private long[] socketInodes(List<Path> fds, int from, int to) {
        long[] inodes = new long[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            String target = source.fdTarget(fds.get(i));
            long inode = target == null ? -1 : SocketLinkParser.socketInode(target);
            if (inode >= 0) {
                inodes[n++] = inode;
            }
        }
        return n == 0 ? NO_SOCKETS : Arrays.copyOf(inodes, n);
    }

    /** A wait that may be interrupted. */
    private interface Wait {
        void run() throws InterruptedException;
    }

    /** Waits to the end, keeping an interrupt for the caller: the scan's threads must not be left behind. */
    private static void uninterruptibly(Wait wait) {
        boolean interrupted = false;
        while (true) {
            try {
                wait.run();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
