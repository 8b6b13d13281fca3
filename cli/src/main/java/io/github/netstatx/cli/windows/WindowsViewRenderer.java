package io.github.netstatx.cli.windows;

import io.github.netstatx.cli.Sample;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.spi.BackendException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Renders one display of a {@link WindowsView} from the model. Implementations are registered in
 * {@link WindowsViews#builtIn()}; the dialect calls them once per display (again every interval),
 * writes the returned lines with the host's line ending and handles repetition and Ctrl+C.
 */
@FunctionalInterface
public interface WindowsViewRenderer {

    /**
     * What a view renderer gets.
     *
     * @param options the whole command line ({@code -n}, {@code -p} for {@code -s}, ...)
     * @param sample what this display collected (the dialect's request names the sections each view needs)
     * @param diagnostics where to report gaps; each distinct one is shown once per run on stderr
     */
    record Request(WindowsOptions options, Sample sample, Consumer<Diagnostic> diagnostics) {
    }

    /**
     * The lines of one display, without line terminators.
     *
     * @throws BackendException only a collection failure recorded in the sample
     */
    List<String> render(Request request) throws BackendException;
}
