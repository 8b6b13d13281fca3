package io.github.netstatx.core.model;

/** TCP chimney offload state (Windows {@code TCP_CONNECTION_OFFLOAD_STATE}). */
public enum OffloadState {
    IN_HOST,
    OFFLOADING,
    OFFLOADED,
    UPLOADING
}
