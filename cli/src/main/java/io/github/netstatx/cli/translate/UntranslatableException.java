package io.github.netstatx.cli.translate;

/** The arguments are not a valid command line of the dialect they are read in. */
public final class UntranslatableException extends Exception {

    private static final long serialVersionUID = 1L;

    public UntranslatableException(String message) {
        super(message);
    }
}
