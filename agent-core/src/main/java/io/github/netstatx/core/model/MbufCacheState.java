package io.github.netstatx.core.model;

/** The state of an mbuf class's per-CPU cache ({@code MCS_*}). */
public enum MbufCacheState {
    DISABLED, ONLINE, PURGING, OFFLINE
}
