package io.github.netstatx.core.acquire;

import java.io.IOException;
import java.util.List;

/**
 * Runs one external command and returns what it printed. Backends that read command output (AIX's
 * {@code netstat}, fallbacks elsewhere) go through this seam so tests can answer with recorded output
 * instead of starting processes.
 *
 * <p>Implementations start the program from the argv list itself, never through a shell, so no
 * argument is ever re-split or expanded.
 */
@FunctionalInterface
public interface CommandRunner {

    /**
     * Runs {@code argv} to completion, to its time limit or to its output limit, whichever comes first.
     *
     * @param argv the program (a name looked up on {@code PATH}, or a path) followed by its arguments
     * @return what the command printed and how it ended; a non-zero exit is a result, not an exception
     * @throws IOException when the program could not be started at all (missing, not executable)
     */
    CommandResult run(List<String> argv) throws IOException;

    /**
     * Runs {@code argv} with {@code input} on its standard input, which is then closed: for a program that
     * reads its commands there (AIX {@code kdb}), so that one run serves a whole batch.
     *
     * <p>Runners that answer from recordings give the recorded output whatever the input. This default
     * runs {@code argv} alone when there is no input, and refuses input otherwise.
     *
     * @throws IOException when the program could not be started, or this runner cannot give it input
     */
    default CommandResult run(List<String> argv, byte[] input) throws IOException {
        if (input.length == 0) {
            return run(argv);
        }
        throw new IOException("cannot give standard input to " + String.join(" ", argv) + " with this runner");
    }
}
