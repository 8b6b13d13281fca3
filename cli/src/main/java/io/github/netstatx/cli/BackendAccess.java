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
 * or a translation never load one.
 */
public final class BackendAccess implements AutoCloseable {

    private final Backends backends;
    private final BackendConfig config;
    private final Optional<String> forcedId;
    private NetstatBackend open;

    public BackendAccess(Backends backends, BackendConfig config, Optional<String> forcedId) {
        this.backends = backends;
        this.config = config;
        this.forcedId = forcedId;
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
            BackendProvider p = backends.select(config, forcedId);
            open = p.open(config);
        }
        return open;
    }

    @Override
    public void close() {
        if (open != null) {
            open.close();
        }
    }
}
