package io.github.netstatx.core.spi;

/** What a backend can collect. Front ends check these before asking, and say so when one is missing. */
public enum Capability {
    /** TCP/UDP socket lists. */
    SOCKETS,
    /** Raw IP sockets. */
    RAW_SOCKETS,
    /** UNIX domain sockets. */
    UNIX_SOCKETS,
    /** Owning processes of sockets. */
    PROCESS_OWNERS,
    /** Receive and send queue sizes. */
    QUEUES,
    /** Socket timers. */
    TIMERS,
    /** Socket inodes and uids. */
    INODES,
    /** Interface table and counters. */
    INTERFACES,
    /** Routing tables. */
    ROUTES,
    /** Protocol statistics (MIB-II counters). */
    STATISTICS,
    /** Multicast group memberships. */
    MULTICAST_GROUPS,
    /** Kernel network memory buffer (mbuf) statistics. */
    MEMORY_BUFFERS,
    /** Masqueraded / connection-tracking entries. */
    MASQUERADE
}
