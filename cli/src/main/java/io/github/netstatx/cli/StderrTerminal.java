package io.github.netstatx.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is a terminal, which decides whether habit hints are shown. Java 17 only says
 * whether stdin and stdout both are ({@link System#console()}), which is false in exactly the case hints
 * exist for: {@code netstatx -ano | findstr :443} pipes stdout while stderr stays on the terminal. On Linux
 * the link {@code /proc/self/fd/2} names the device: a pseudo-terminal ({@code /dev/pts/N}), a virtual
 * console ({@code /dev/ttyN}) or {@code /dev/console}. Where that link does not exist (Windows, macOS, AIX)
 * the console check stands in.
 */
public final class StderrTerminal {

    private StderrTerminal() {
    }

    /**
     * @param fdLink the link naming file descriptor 2 ({@code /proc/self/fd/2} on Linux)
     * @param consoleAttached what {@link System#console()} says, used when the link cannot be read
     */
    public static boolean check(Path fdLink, boolean consoleAttached) {
        String target;
        try {
            target = Files.readSymbolicLink(fdLink).toString();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return consoleAttached;
        }
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    }
}
