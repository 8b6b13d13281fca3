package io.github.netstatx.cli;

import io.github.netstatx.core.spi.Backends;

/** {@code --list-backends}: every provider, its priority, whether it can run here and why. */
final class BackendList {

    private final OutputSink out;

    BackendList(OutputSink out) {
        this.out = out;
    }

    int print(BackendAccess access) {
        var candidates = access.backends().candidates(access.config());
        if (candidates.isEmpty()) {
            out.println("no backend providers are on the class path");
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
        out.println("(* = chosen when no --backend is given)");
        return ExitCodes.OK;
    }
}
