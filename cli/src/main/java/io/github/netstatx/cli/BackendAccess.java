package io.github.netstatx.cli;

import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.BackendException;
import io.github.netstatx.core.spi.BackendProvider;
import io.github.netstatx.core.spi.Backends;
import io.github.netstatx.core.spi.NetstatBackend;
import io.github.netstatx.core.spi.NoBackendException;
import java.util.Optional;

/**
 * Chooses and opens the backend the first time a dialect needs it, so runs that only print usage
 * or a translation never load one (nor read an {@code --input} file).
 */
public final class BackendAccess implements AutoCloseable {

    /** Opens a backend that is not chosen by {@link Backends} (a saved snapshot). */
    @FunctionalInterface
    public interface Opener {
        NetstatBackend open() throws BackendException;
    }

    private final Backends backends;
    private final BackendConfig config;
    private final Optional<String> forcedId;
    private final Opener explicit;
    private NetstatBackend open;

    public BackendAccess(Backends backends, BackendConfig config, Optional<String> forcedId) {
        this(backends, config, forcedId, null);
    }

    private BackendAccess(Backends backends, BackendConfig config, Optional<String> forcedId, Opener explicit) {
        this.backends = backends;
        this.config = config;
        this.forcedId = forcedId;
        this.explicit = explicit;
    }

    /** Access to a backend opened by {@code opener} instead of one of the discovered providers. */
    public static BackendAccess explicit(Backends backends, BackendConfig config, Opener opener) {
        return new BackendAccess(backends, config, Optional.empty(), opener);
    }

    public BackendConfig config() {
        return config;
    }

    public Backends backends() {
        return backends;
    }

    /** The selected backend, opened on first use. */
    public NetstatBackend backend() throws NoBackendException, BackendException {
        if (open == null) {
            if (explicit != null) {
                open = explicit.open();
            } else {
                BackendProvider p = backends.select(config, forcedId);
                if (config.capture() != null && !p.canCapture()) {
                    throw new BackendException("backend " + p.id() + " cannot capture its sources");
                }
                open = p.open(config);
            }
        }
        return open;
    }

    /** The backend as its provider opened it, or {@code null} when none was opened. */
    public NetstatBackend opened() {
        return open;
    }

    @Override
    public void close() {
        if (open != null) {
            open.close();
        }
    }
}
