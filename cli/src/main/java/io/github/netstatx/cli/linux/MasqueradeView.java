package io.github.netstatx.cli.linux;

import io.github.netstatx.cli.ExitCodes;
import io.github.netstatx.cli.Rendering;
import io.github.netstatx.cli.Sample;
import io.github.netstatx.cli.OutputSink;
import io.github.netstatx.cli.names.PortNames;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.ConntrackEntry;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.spi.BackendException;
import io.github.netstatx.core.spi.UnsupportedCapabilityException;
import java.io.IOException;
import java.util.List;

/**
 * {@code -M}: masqueraded connections in net-tools 2.10's layout ({@code lib/masq_info.c}).
 *
 * <p>net-tools reads {@code /proc/net/ip_masquerade}, which Linux dropped in 2.4; on every current kernel it
 * prints {@code netstat: no support for `ip_masquerade' on this system.} and exits 1. netstatx takes the
 * source-NATed IPv4 entries of connection tracking instead (reply destination differs from original source)
 * and prints them in the old layout; only where the backend has no connection tracking (module not loaded,
 * not readable) does it print net-tools' message.
 */
final class MasqueradeView implements NetToolsView {

    static final String NO_SUPPORT = "netstat: no support for `ip_masquerade' on this system.";

    @Override
    public int render(NetToolsOptions options, Sample sample, Rendering rendering, int pass)
            throws IOException, BackendException {
        if (sample.failures().get(Sample.Section.MASQUERADE) instanceof UnsupportedCapabilityException) {
            rendering.err().println(NO_SUPPORT);
            return ExitCodes.FAILURE;
        }
        sample.requireCollected(Sample.Section.MASQUERADE);
        Snapshot<ConntrackEntry> s = sample.masquerade();
        if (s.items().isEmpty() && s.diagnostics().stream().anyMatch(d -> d.code() == Diagnostic.Code.SOURCE_MISSING
                || d.code() == Diagnostic.Code.SOURCE_UNREADABLE)) {
            rendering.err().println(NO_SUPPORT);
            return ExitCodes.FAILURE;
        }
        ViewDiagnostics.report(s.diagnostics(), rendering.err());
        List<ConntrackEntry> masqueraded = s.items().stream().filter(MasqueradeView::isSourceNat).toList();
        if (masqueraded.isEmpty()) {
            return ExitCodes.OK;
        }
        // net-tools passes flag_exp, which starts at 1: no -e gives the short layout
        boolean extended = options.extend() >= 1;
        OutputSink out = rendering.out();
        out.println("IP masquerading entries");
        out.println(extended
                ? "prot   expire    initseq delta prevd source               destination          ports"
                : "prot   expire source               destination          ports");
        PortNames ports = options.numericPorts() ? null : LinuxDialect.portNames(rendering);
        EndpointText portText = new EndpointText(null, ports, true);
        try (NetToolsAddressNames names = options.numericHosts() ? NetToolsAddressNames.numericOnly()
                : NetToolsAddressNames.of(rendering)) {
            for (ConntrackEntry e : masqueraded) {
                out.println(row(e, extended, names, options.numericHosts(), portText));
            }
        }
        return ExitCodes.OK;
    }

    /** An IPv4 entry whose reply goes to another address than the original sender: source NAT. */
    static boolean isSourceNat(ConntrackEntry e) {
        return e.family() == AddressFamily.IPV4 && e.reply() != null
                && !e.reply().destination().address().equals(e.original().source().address());
    }

    private static String row(ConntrackEntry e, boolean extended, NetToolsAddressNames names, boolean numeric,
            EndpointText ports) {
        StringBuilder sb = new StringBuilder(100);
        Columns.left(sb, e.protocolName(), 4);
        long hundredths = (e.expiresInSeconds() == null ? 0 : e.expiresInSeconds()) * 100;
        Columns.right(sb, hundredths / 6000, 3);
        sb.append(':').append(two(hundredths / 100 % 60)).append('.').append(two(hundredths % 100)).append(' ');
        if (extended) {
            // connection tracking keeps no sequence deltas: 0 and no previous delta
            sb.append("         0     0     - ");
        }
        Columns.left(sb, names.inet(e.original().source().address(), numeric), 20);
        sb.append(' ');
        Columns.left(sb, names.inet(e.original().destination().address(), numeric), 20);
        sb.append(' ');
        String services = e.protocolName();
        sb.append(ports.port(e.original().source().port(), services)).append(" -> ")
                .append(ports.port(e.original().destination().port(), services)).append(" (")
                .append(ports.port(e.reply().destination().port(), services)).append(')');
        return sb.toString();
    }

    private static String two(long v) {
        return v < 10 ? "0" + v : Long.toString(v);
    }
}
