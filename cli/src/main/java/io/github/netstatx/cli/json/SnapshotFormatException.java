package io.github.netstatx.cli.json;

import io.github.netstatx.core.spi.BackendException;

/**
 * A saved snapshot that cannot be used: not JSON, truncated, a value of the wrong type, an unknown
 * major schema version. The message names the file and, where there is one, the line and column.
 */
public class SnapshotFormatException extends BackendException {

    public SnapshotFormatException(String message) {
        super(message);
    }
}
