package io.github.netstatx.core.spi;

/** A backend could not produce a result at all (as opposed to a partial result with diagnostics). */
public class BackendException extends Exception {

    public BackendException(String message) {
        super(message);
    }

    public BackendException(String message, Throwable cause) {
        super(message, cause);
    }
}
