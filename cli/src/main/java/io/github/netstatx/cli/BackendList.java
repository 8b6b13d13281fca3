package io.github.netstatx.cli;

import io.github.netstatx.core.spi.Backends;
import java.util.List;

/**
 * {@code --list-backends}: every provider, its priority, whether it can run here and why; then every
 * registered provider that failed to load, and why.
 */
final class BackendList {

    private final OutputSink out;

    BackendList(OutputSink out) {
        this.out = out;
    }

    int print(BackendAccess access) {
        var candidates = access.backends().candidates(access.config());
        List<Backends.LoadFailure> failures = access.backends().failures();
        if (candidates.isEmpty()) {
            out.println(failures.isEmpty() ? "no backend providers are on the class path"
                    : "no backend provider could be loaded");
            printFailures(failures);
            return ExitCodes.NO_BACKEND;
        }
        boolean chosen = false;
        for (Backends.Candidate c : candidates) {
            boolean available = c.availability().available();
            String mark = available && !chosen ? "*" : " ";
            chosen |= available;
            out.println(String.format(java.util.Locale.ROOT, "%s %-18s priority %-3d %-11s %s", mark, c.id(),
                    c.priority(), available ? "available" : "unavailable", c.description()));
            out.println("    " + c.availability().reason());
        }
        printFailures(failures);
        out.println("(* = chosen when no --backend is given" + (failures.isEmpty() ? ")"
                : "; ! = registered but failed to load)"));
        return ExitCodes.OK;
    }

    /** Providers registered on the class path that could not be loaded, each with the JDK's reason. */
    private void printFailures(List<Backends.LoadFailure> failures) {
        for (Backends.LoadFailure f : failures) {
            out.println("! (failed to load)");
            out.println("    " + TerminalSafe.dotted(f.reason()));
        }
    }
}
