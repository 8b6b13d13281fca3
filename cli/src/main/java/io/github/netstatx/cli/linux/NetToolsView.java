package io.github.netstatx.cli.linux;

import io.github.netstatx.cli.Rendering;
import io.github.netstatx.cli.Sample;
import io.github.netstatx.core.spi.BackendException;
import java.io.IOException;

/**
 * A net-tools table other than the socket listing ({@code -i}, {@code -r}, {@code -s}, {@code -M},
 * and the {@code -g} groups printed inside the socket listing). The dialect parses the options,
 * repeats the view for {@code -c}, collects the sample and flushes; a view only writes one pass from the
 * sample to {@code rendering.out()} / {@code rendering.err()}. Views are found through {@link NetToolsViews}.
 */
public interface NetToolsView {

    /**
     * Writes one pass of the table.
     *
     * @param options the parsed command line
     * @param sample what this pass collected
     * @param rendering streams, environment, name files
     * @param pass 0 for the first pass, then 1, 2, ... while repeating (net-tools prints some titles
     *     only in the first pass)
     * @return 0 to go on, or the exit status that ends the run (net-tools stops repeating then)
     * @throws BackendException only a collection failure recorded in the sample
     */
    int render(NetToolsOptions options, Sample sample, Rendering rendering, int pass)
            throws IOException, BackendException;
}
