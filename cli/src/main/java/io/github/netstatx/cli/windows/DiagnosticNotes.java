package io.github.netstatx.cli.windows;

import io.github.netstatx.cli.OutputSink;
import io.github.netstatx.core.model.Diagnostic;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells the user on stderr what a snapshot could not see, each distinct thing once per run (a
 * repeating listing would otherwise repeat it every interval). Hidden owners get one explanation in
 * netstat.exe's terms instead of the backend's wording.
 */
final class DiagnosticNotes {

    private final OutputSink err;
    private final String eol;
    private final Set<String> told = new HashSet<>();

    DiagnosticNotes(OutputSink err, String eol) {
        this.err = err;
        this.eol = eol;
    }

    /** Reports the diagnostics of one snapshot. */
    void report(List<Diagnostic> diagnostics, WindowsOptions options) {
        for (Diagnostic d : diagnostics) {
            report(d, options);
        }
    }

    void report(Diagnostic d, WindowsOptions options) {
        boolean owners = d.code() == Diagnostic.Code.OWNERS_PARTIAL || d.code() == Diagnostic.Code.OWNERS_UNAVAILABLE;
        if (owners && !options.has(WindowsFlag.PIDS) && !options.has(WindowsFlag.EXECUTABLES)) {
            return;
        }
        tell(owners ? ownersNote(options) : "netstatx: " + d.message());
    }

    private void tell(String line) {
        if (told.add(line)) {
            err.print(line).print(eol);
        }
    }

    /** Why some rows show no PID or no executable, and what to do about it. */
    static String ownersNote(WindowsOptions options) {
        String shown = options.has(WindowsFlag.EXECUTABLES)
                ? "\"Can not obtain ownership information\"" : ActiveConnectionsTable.UNKNOWN_PID + " as the PID";
        return "netstatx: the processes owning some sockets are not visible to this user; those rows show "
                + shown + " (run as root/Administrator to see them)";
    }
}
