package io.github.netstatx.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The result of one collection: the items, what could not be seen, and when.
 *
 * @param items collected items in the backend's order
 * @param diagnostics gaps and skipped input; empty when the result is complete
 * @param collectedAt when the collection finished
 * @param <T> item type
 */
public record Snapshot<T>(List<T> items, List<Diagnostic> diagnostics, Instant collectedAt) {

    public Snapshot {
        items = List.copyOf(items);
        diagnostics = List.copyOf(diagnostics);
        Objects.requireNonNull(collectedAt, "collectedAt");
    }
}
