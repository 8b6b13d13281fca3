package io.github.netstatx.backend.linux;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one pass over {@code /proc/PID/fd} that maps socket inodes to the processes holding them.
 *
 * <p>Its cost is one directory listing per process plus one {@code readlink} per open descriptor on
 * the whole system, so it is spread over {@code parallelism} threads: {@link #start} lists the
 * processes and starts {@code parallelism - 1} workers at once, the caller reads the socket tables
 * meanwhile and then joins the work in {@link #finish}. Processes are handed out in small chunks
 * and their results kept by position, so the index lists the holders of each socket by ascending
 * pid however the work was shared (the first holder is the one net-tools shows).
 *
 * <p>Processes and descriptors that vanish during the pass are normal and simply not counted;
 * EACCES (another user's process) is counted for the diagnostics.
 */
final class SocketOwnerScan {

    /** Pids per work item: small enough to balance, large enough to keep hand-out cheap. */
    private static final int CHUNK = 8;
    private static final long[] NO_SOCKETS = new long[0];

    private final LinuxRawSource source;
    private final long[] pids;
    private final long[][] socketsByPidIndex;
    private final AtomicInteger nextChunk = new AtomicInteger();
    private final AtomicInteger denied = new AtomicInteger();
    private final String procError;
    private final Thread[] workers;

    private SocketOwnerScan(LinuxRawSource source, int parallelism) {
        this.source = source;
        long[] listed;
        String error = null;
        try {
            listed = source.pids();
        } catch (IOException e) {
            listed = new long[0];
            error = "cannot list " + source.resolve("proc") + ": " + e.getMessage();
        }
        this.pids = listed;
        this.procError = error;
        this.socketsByPidIndex = new long[pids.length][];
        int chunks = (pids.length + CHUNK - 1) / CHUNK;
        this.workers = new Thread[Math.max(0, Math.min(parallelism, chunks) - 1)];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new Thread(this::work, "netstatx-fd-scan-" + (i + 1));
            workers[i].setDaemon(true);
            workers[i].start();
        }
    }

    /** Lists the processes and starts the scan on {@code parallelism - 1} extra threads. */
    static SocketOwnerScan start(LinuxRawSource source, int parallelism) {
        return new SocketOwnerScan(source, parallelism);
    }

    /** Scans what is left on the calling thread, waits for the workers and returns the index. */
    SocketOwnerIndex finish() {
        work();
        for (Thread t : workers) {
            joinUninterruptibly(t);
        }
        Map<Long, long[]> byInode = new HashMap<>();
        for (int i = 0; i < pids.length; i++) {
            long pid = pids[i];
            for (long inode : socketsByPidIndex[i]) {
                long[] holders = byInode.get(inode);
                if (holders == null) {
                    byInode.put(inode, new long[] {pid});
                } else if (holders[holders.length - 1] != pid) {   // one process holding a socket twice counts once
                    holders = Arrays.copyOf(holders, holders.length + 1);
                    holders[holders.length - 1] = pid;
                    byInode.put(inode, holders);
                }
            }
        }
        return new SocketOwnerIndex(byInode, denied.get(), procError);
    }

    private void work() {
        int chunk;
        while ((chunk = nextChunk.getAndIncrement()) * CHUNK < pids.length) {
            int end = Math.min(pids.length, (chunk + 1) * CHUNK);
            for (int i = chunk * CHUNK; i < end; i++) {
                socketsByPidIndex[i] = socketsOf(pids[i]);
            }
        }
    }

    private long[] socketsOf(long pid) {
        List<String> targets;
        try {
            targets = source.fdTargets(pid);
        } catch (AccessDeniedException e) {
            denied.incrementAndGet();
            return NO_SOCKETS;
        } catch (IOException gone) {
            return NO_SOCKETS;                        // exited meanwhile, or not a process after all
        }
        long[] inodes = new long[targets.size()];
        int n = 0;
        for (String t : targets) {
            long inode = SocketLinkParser.socketInode(t);
            if (inode >= 0) {
                inodes[n++] = inode;
            }
        }
        return n == 0 ? NO_SOCKETS : Arrays.copyOf(inodes, n);
    }

    private static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
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
