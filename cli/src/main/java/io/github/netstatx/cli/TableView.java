package io.github.netstatx.cli;

import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.spi.BackendException;
import io.github.netstatx.core.spi.NoBackendException;
import java.io.IOException;

/**
 * A dialect's table output for one kind of run. {@link SampleLoop} calls {@link #pass} once per sample
 * unless {@code --format json} replaces the tables, and asks {@link #socketRow} for single rows when it
 * prints change events ({@code --changes}).
 */
public interface TableView {

    /**
     * Writes one pass of the dialect's table: collects what it shows through
     * {@link Invocation#backend()} (a live backend, or a saved snapshot with {@code --input}) and
     * writes it, with what the dialect says on stderr about gaps.
     *
     * @param index 0 for the first pass of a run, then 1, 2, ...
     * @return 0 to go on, or the exit status that ends the run
     */
    int pass(int index) throws IOException, NoBackendException, BackendException;

    /**
     * One socket as a row of this dialect's socket listing, without the line end, or {@code null}
     * when this listing would not show the socket. Only socket listings are asked.
     */
    default String socketRow(SocketEntry socket) {
        throw new UnsupportedOperationException("this listing has no socket rows");
    }

    /** A pass of a table that lists no sockets. */
    @FunctionalInterface
    interface Pass {
        int run(int index) throws IOException, NoBackendException, BackendException;
    }

    /** A table view of a listing without socket rows (interfaces, routes, statistics...). */
    static TableView of(Pass pass) {
        return pass::run;
    }
}
