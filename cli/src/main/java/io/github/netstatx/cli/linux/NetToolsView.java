package io.github.netstatx.cli.linux;

import io.github.netstatx.cli.Invocation;
import io.github.netstatx.core.spi.BackendException;
import io.github.netstatx.core.spi.NoBackendException;
import java.io.IOException;

/**
 * A net-tools table other than the socket listing ({@code -i}, {@code -r}, {@code -s}, {@code -M},
 * and the {@code -g} groups printed inside the socket listing). The dialect parses the options,
 * repeats the view for {@code -c} and flushes; a view only writes one pass to
 * {@code invocation.out()} / {@code invocation.err()}. Views are found through {@link NetToolsViews}.
 */
public interface NetToolsView {

    /**
     * Writes one pass of the table.
     *
     * @param options the parsed command line
     * @param invocation streams, backend, environment
     * @param pass 0 for the first pass, then 1, 2, ... while repeating (net-tools prints some titles
     *     only in the first pass)
     * @return 0 to go on, or the exit status that ends the run (net-tools stops repeating then)
     */
    int render(NetToolsOptions options, Invocation invocation, int pass)
            throws IOException, NoBackendException, BackendException;
}
