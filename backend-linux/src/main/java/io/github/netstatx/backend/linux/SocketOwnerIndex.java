package io.github.netstatx.backend.linux;

/**
 * Which processes hold which socket, from one pass over {@code /proc/*}{@code /fd}.
 *
 * @param pidsByInode socket inode to the pids holding it, ascending
 * @param deniedProcesses processes whose descriptors could not be read (EACCES)
 * @param procError why {@code /proc} itself could not be listed, or {@code null} when it could
 */
record SocketOwnerIndex(PidsByInode pidsByInode, int deniedProcesses, String procError) {

    /** Pids holding the socket, ascending; empty when none is known. */
    long[] pids(long inode) {
        return pidsByInode.get(inode);
    }

    /** True when at least one socket could be tied to a process. */
    boolean mappedAny() {
        return pidsByInode.size() > 0;
    }
}
