package io.github.netstatx.cli;

import io.github.netstatx.cli.summary.SummaryText;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import io.github.netstatx.core.spi.BackendException;
import java.io.IOException;

/**
 * A dialect's table output for one kind of run. {@link SampleLoop} collects one {@link Sample} per pass
 * for the run's {@link ViewRequest} and calls {@link #pass} with it, unless {@code --format json} replaces
 * the tables; it asks {@link #socketRow} for single rows when it prints change events ({@code --changes}).
 * A table view never sees a backend.
 */
public interface TableView {

    /**
     * Writes one pass of the dialect's table from {@code sample}, with what the dialect says on stderr
     * about gaps.
     *
     * @param sample what this pass collected (sections whose collection failed are rethrown with
     *     {@link Sample#requireCollected} where the native tool would have read them)
     * @param index 0 for the first pass of a run, then 1, 2, ...
     * @return 0 to go on, or the exit status that ends the run
     * @throws BackendException only a collection failure recorded in the sample
     */
    int pass(Sample sample, int index) throws IOException, BackendException;

    /**
     * One socket as a row of this dialect's socket listing, without the line end, or {@code null}
     * when this listing would not show the socket. Only socket listings are asked.
     */
    default String socketRow(SocketEntry socket) {
        throw new UnsupportedOperationException("this listing has no socket rows");
    }

    /**
     * How {@code --summary} prints in this dialect. The default spells states with their canonical names;
     * the Linux and Windows dialects use their own words.
     */
    default SummaryText summaryText() {
        return SummaryText.netTools(TcpState::name);
    }

    /** A pass of a table that lists no sockets. */
    @FunctionalInterface
    interface Pass {
        int run(Sample sample, int index) throws IOException, BackendException;
    }

    /** A table view of a listing without socket rows (interfaces, routes, statistics...). */
    static TableView of(Pass pass) {
        return pass::run;
    }
}
