package io.github.netstatx.cli.linux;

import io.github.netstatx.cli.OutputSink;
import io.github.netstatx.cli.TerminalSafe;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.Severity;
import java.util.List;

/**
 * What the non-socket tables say about gaps in their data: warnings and errors go to stderr as
 * {@code netstatx: <message>}; information (a source that is simply absent on this system, as net-tools
 * would silently skip it) is not shown.
 */
final class ViewDiagnostics {

    private ViewDiagnostics() {
    }

    static void report(List<Diagnostic> diagnostics, OutputSink err) {
        for (Diagnostic d : diagnostics) {
            if (d.severity() != Severity.INFO) {
                err.println("netstatx: " + TerminalSafe.dotted(d.message()));
            }
        }
    }
}
