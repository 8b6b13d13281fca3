package io.github.netstatx.core.model;

/** Type of a UNIX domain socket. */
public enum UnixSocketType {
    STREAM,
    DGRAM,
    RAW,
    RDM,
    SEQPACKET
}
