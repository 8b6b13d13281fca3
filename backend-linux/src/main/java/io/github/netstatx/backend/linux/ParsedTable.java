package io.github.netstatx.backend.linux;

import io.github.netstatx.core.model.SocketEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What a socket-table parser made of one file.
 *
 * @param entries one entry per well-formed line, in the file's order
 * @param malformed lines skipped because they could not be read
 */
record ParsedTable(List<SocketEntry> entries, int malformed) {

    /**
     * Runs {@code line} over every data line of a table with one header line; a line it returns
     * {@code null} for is counted as malformed, a blank line is passed over.
     *
     * @param bytesPerLine a typical line length, to size the result
     */
    static ParsedTable parseLines(byte[] data, int bytesPerLine, Function<ProcLineCursor, SocketEntry> line) {
        List<SocketEntry> entries = new ArrayList<>(Math.max(16, data.length / bytesPerLine));
        int malformed = 0;
        ProcLineCursor c = new ProcLineCursor(data);
        c.nextLine(); // column header
        while (c.nextLine()) {
            if (c.blankLine()) {
                continue;
            }
            SocketEntry e = line.apply(c);
            if (e == null) {
                malformed++;
            } else {
                entries.add(e);
            }
        }
        return new ParsedTable(entries, malformed);
    }
}
