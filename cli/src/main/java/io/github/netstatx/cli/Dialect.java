package io.github.netstatx.cli;

import io.github.netstatx.core.spi.BackendException;
import io.github.netstatx.core.spi.NoBackendException;
import java.io.IOException;
import java.util.List;

/**
 * One flag dialect: its grammar, its layouts and its error texts. Dialects render only from the model
 * (through {@link Invocation#backend()}), never from anything OS-specific.
 */
public interface Dialect {

    /** Which dialect this is. */
    DialectId id();

    /**
     * Runs one command line of this dialect.
     *
     * @param args the arguments left after the shared netstatx options were taken out
     * @return the exit status
     * @throws IOException when writing output fails (a closed pipe ends the run quietly)
     * @throws NoBackendException when the run needs a backend and none can be used
     * @throws BackendException when the backend fails as a whole
     */
    int run(List<String> args, Invocation invocation) throws IOException, NoBackendException, BackendException;
}
