package io.github.netstatx.backend.linux.views;

import java.util.List;

/**
 * What a parser made of one source: the items, and the lines it had to skip because they did not
 * have the source's format. Skipped lines become a diagnostic; they are never dropped silently.
 *
 * @param items parsed items in source order
 * @param skippedLines 1-based numbers of the lines that were skipped
 * @param <T> item type
 */
public record ParseResult<T>(List<T> items, List<Integer> skippedLines) {

    public ParseResult {
        items = List.copyOf(items);
        skippedLines = List.copyOf(skippedLines);
    }
}
