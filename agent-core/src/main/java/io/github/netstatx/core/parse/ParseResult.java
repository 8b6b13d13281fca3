package io.github.netstatx.core.parse;

import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a parser made of one text source (a procfs file, a command's output): the items, and the lines it
 * had to skip because they did not have the source's format. Skipped lines become a
 * {@link Diagnostic.Code#MALFORMED_LINES} diagnostic ({@link #malformedLines}); they are never dropped
 * silently. Every backend's line parsers return this type.
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
    public static <T> ParseResult<T> eachLine(List<String> lines, int first, Function<String, T> parseLine) {
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

    /**
     * The diagnostic for the skipped lines, or empty when none was skipped.
     *
     * @param source the file or command the lines came from, as diagnostics name it
     * @param protocol the protocol the source serves, or {@code null}
     */
    public Optional<Diagnostic> malformedLines(String source, Protocol protocol) {
        return skippedLines.isEmpty() ? Optional.empty() : Optional.of(malformedLines(source, protocol,
                skippedLines.size()));
    }

    /** The diagnostic for {@code count} malformed lines of {@code source} (parsers that only count them). */
    public static Diagnostic malformedLines(String source, Protocol protocol, int count) {
        return new Diagnostic(Diagnostic.Code.MALFORMED_LINES, Severity.WARNING, source,
                "skipped " + count + " malformed line" + (count == 1 ? "" : "s") + " in " + source, protocol, count,
                null);
    }
}
