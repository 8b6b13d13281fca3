package io.github.netstatx.core.capture;

import io.github.netstatx.core.spi.BackendException;

/** A capture directory that cannot be replayed: no manifest, a broken index, an unknown format version. */
public class InvalidCaptureException extends BackendException {

    public InvalidCaptureException(String message) {
        super(message);
    }

    public InvalidCaptureException(String message, Throwable cause) {
        super(message, cause);
    }
}
