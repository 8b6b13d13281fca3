package io.github.netstatx.backend.aix;

import io.github.netstatx.core.model.Diagnostic;
import java.util.List;

/**
 * What a parser made of one command's output: the rows it understood and one diagnostic for every line
 * it did not, so nothing is dropped silently.
 *
 * @param items the rows, in the command's order
 * @param diagnostics lines that were not understood, and notes the command printed
 * @param <T> row type
 */
public record ParsedOutput<T>(List<T> items, List<Diagnostic> diagnostics) {

    public ParsedOutput {
        items = List.copyOf(items);
        diagnostics = List.copyOf(diagnostics);
    }
}
