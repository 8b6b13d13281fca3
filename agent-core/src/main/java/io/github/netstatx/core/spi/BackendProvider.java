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

    /**
     * Whether {@link #open} records every raw source it reads into {@link BackendConfig#capture()}, in the
     * format docs/CAPTURE.md documents under this provider's {@link #id()}. A provider that says no is
     * never asked to capture.
     */
    default boolean canCapture() {
        return false;
    }

    /**
     * Opens the backend over the capture in {@link BackendConfig#replay()}, on any OS: the backend's pure
     * decoders read the captured sources, and nothing native is loaded, no command run, no live source read.
     * Called without {@link #probe}, which describes the live system.
     *
     * @throws BackendException when this backend cannot replay captures, or this one
     */
    default NetstatBackend openReplay(BackendConfig config) throws BackendException {
        throw new BackendException("backend " + id() + " cannot replay captures");
    }
}
