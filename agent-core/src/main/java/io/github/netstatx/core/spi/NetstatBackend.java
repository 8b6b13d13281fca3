package io.github.netstatx.core.spi;

import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.query.SocketQuery;
import java.util.Set;

/**
 * An open backend. Every collection returns a {@link Snapshot}: a partial result carries
 * diagnostics; only a total failure throws.
 */
public interface NetstatBackend extends AutoCloseable {

    /** The provider id this backend was opened from. */
    String id();

    /** What this backend can collect on this host. */
    Set<Capability> capabilities();

    /** The host being observed. Never throws; unknown parts are {@code null}. */
    HostInfo host();

    /** Sockets matching the query. */
    Snapshot<SocketEntry> sockets(SocketQuery query) throws BackendException;

    @Override
    default void close() {
    }
}
