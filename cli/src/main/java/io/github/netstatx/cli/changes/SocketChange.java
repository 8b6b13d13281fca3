package io.github.netstatx.cli.changes;

import io.github.netstatx.core.model.SocketEntry;
import java.util.Objects;

/**
 * What happened to one socket between two samples.
 *
 * @param kind appeared, disappeared or changed state
 * @param socket the socket as the newer sample saw it; for {@link Kind#DISAPPEARED} as the older one did
 * @param previous for {@link Kind#STATE_CHANGED}: the socket as the older sample saw it; otherwise {@code null}
 */
public record SocketChange(Kind kind, SocketEntry socket, SocketEntry previous) {

    /** Kinds of change. */
    public enum Kind {
        APPEARED,
        DISAPPEARED,
        STATE_CHANGED
    }

    public SocketChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(socket, "socket");
        if ((kind == Kind.STATE_CHANGED) != (previous != null)) {
            throw new IllegalArgumentException("a previous socket goes with state changes and only with them");
        }
    }
}
