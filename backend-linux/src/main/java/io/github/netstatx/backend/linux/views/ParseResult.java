package io.github.netstatx.backend.linux.views;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

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

    /**
     * The usual loop of a line-per-item source: from line {@code first} (0-based; headers come before it),
     * blank lines are ignored, every other line is given to {@code parseLine}, and a line it returns null for
     * is recorded as skipped.
     */
    static <T> ParseResult<T> eachLine(List<String> lines, int first, Function<String, T> parseLine) {
        List<T> items = new ArrayList<>();
        List<Integer> skipped = new ArrayList<>();
        for (int i = first; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            T item = parseLine.apply(line);
            if (item == null) {
                skipped.add(i + 1);
            } else {
                items.add(item);
            }
        }
        return new ParseResult<>(items, skipped);
    }
}
