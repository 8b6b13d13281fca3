package io.github.netstatx.core.spi;

/**
 * A backend, as found by {@link java.util.ServiceLoader}. Implementations must be cheap to construct
 * and must not load native code in constructors or static initialisers: only {@link #probe} and
 * {@link #open} may do that.
 */
public interface BackendProvider {

    /** Stable identifier, e.g. {@code linux-procfs}, {@code windows-iphlpapi}; used by {@code --backend}. */
    String id();

    /** Higher wins when several providers are available. */
    int priority();

    /** One line describing the backend for {@code --list-backends}. */
    String description();

    /** Whether the backend can run here. Never throws. */
    Availability probe(BackendConfig config);

    /** Opens the backend. */
    NetstatBackend open(BackendConfig config) throws BackendException;
}
