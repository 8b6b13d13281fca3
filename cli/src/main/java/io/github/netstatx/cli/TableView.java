package io.github.netstatx.cli;

import io.github.netstatx.core.model.SocketEntry;
import java.io.IOException;

/**
 * A dialect's table renderer for one kind of run. {@link SampleLoop} calls it once per sample unless
 * {@code --format json} replaces it, and asks it for single rows when it prints change events.
 */
public interface TableView {

    /**
     * Writes one sample in the dialect's layout, including what the dialect says on stderr about the
     * sample's diagnostics.
     *
     * @param index 0 for the first sample of a run, then 1, 2, ...
     */
    void render(Sample sample, int index, Invocation invocation) throws IOException;

    /**
     * One socket as a row of this dialect's socket listing, without the line end. Used for change
     * events in table form ({@code --changes}); dialects whose run lists no sockets never get asked.
     */
    String socketRow(SocketEntry socket);
}
