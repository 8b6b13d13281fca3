package io.github.netstatx.backend.linux;

import io.github.netstatx.core.model.Severity;
import io.github.netstatx.core.parse.ParseResult;
import io.github.netstatx.core.text.SurrogateEscape;
import java.util.List;
import java.util.function.Function;

/**
 * Reads one text source of the views (interfaces, routes, statistics, groups, conntrack) through the
 * reporting reader, decodes it losslessly and hands the lines to its parser; skipped lines become a
 * diagnostic.
 */
final class ViewSources {

    private final ReportingReader reader;

    ViewSources(ReportingReader reader) {
        this.reader = reader;
    }

    /**
     * The parsed items of a file, or null when it could not be read (the reader has recorded why).
     *
     * @param ifMissing how much it matters when the file does not exist
     */
    <T> List<T> parse(String relative, Severity ifMissing, Function<List<String>, ParseResult<T>> parser) {
        byte[] data = reader.read(relative, null, ifMissing);
        return data == null ? null : parse(relative, lines(data), parser);
    }

    /** Parses lines that were already read, recording skipped ones against {@code relative}. */
    <T> List<T> parse(String relative, List<String> lines, Function<List<String>, ParseResult<T>> parser) {
        ParseResult<T> r = parser.apply(lines);
        if (!r.skippedLines().isEmpty()) {
            reader.malformed(relative, null, r.skippedLines().size());
        }
        return r.items();
    }

    static List<String> lines(byte[] data) {
        return SurrogateEscape.decode(data).lines().toList();
    }
}
