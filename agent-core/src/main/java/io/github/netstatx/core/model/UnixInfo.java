package io.github.netstatx.core.model;

import java.util.Objects;
import java.util.Set;

/**
 * The UNIX-domain part of a socket row.
 *
 * @param type socket type, or {@code null} when the code is not a known type
 * @param typeCode the platform's type code, or {@code null}
 * @param flags flags that are set
 * @param state connection state, or {@code null} when the code is not a known state
 * @param stateCode the platform's state code, or {@code null}
 * @param refCount reference count, or {@code null} when unknown
 * @param path bound name, or {@code null} for unnamed sockets
 */
public record UnixInfo(UnixSocketType type, Integer typeCode, Set<UnixFlag> flags, UnixState state,
        Integer stateCode, Long refCount, UnixPath path) {

    public UnixInfo {
        flags = Set.copyOf(Objects.requireNonNull(flags, "flags"));
    }

    /** A listening socket: unconnected and accepting. */
    public boolean listening() {
        return state == UnixState.UNCONNECTED && flags.contains(UnixFlag.ACCEPTING);
    }
}
