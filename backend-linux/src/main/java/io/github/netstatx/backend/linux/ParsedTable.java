package io.github.netstatx.backend.linux;

import io.github.netstatx.core.model.SocketEntry;
import java.util.List;

/**
 * What a socket-table parser made of one file.
 *
 * @param entries one entry per well-formed line, in the file's order
 * @param malformed lines skipped because they could not be read
 */
record ParsedTable(List<SocketEntry> entries, int malformed) {
}
