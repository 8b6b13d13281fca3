package io.github.netstatx.core.model;

/** Flags of a UNIX domain socket. */
public enum UnixFlag {
    /** Accepting connections ({@code SO_ACCEPTCON}, net-tools {@code ACC}). */
    ACCEPTING,
    /** Waiting for data (net-tools {@code W}; modern kernels never set it). */
    WAITING_DATA,
    /** No space to write (net-tools {@code N}; modern kernels never set it). */
    NO_SPACE
}
