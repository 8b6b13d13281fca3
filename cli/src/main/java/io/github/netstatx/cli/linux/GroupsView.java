package io.github.netstatx.cli.linux;

import io.github.netstatx.cli.ExitCodes;
import io.github.netstatx.cli.Rendering;
import io.github.netstatx.cli.Sample;
import io.github.netstatx.cli.OutputSink;
import io.github.netstatx.cli.TerminalSafe;
import io.github.netstatx.core.model.MulticastGroup;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.spi.BackendException;
import java.io.IOException;
import java.net.Inet4Address;

/**
 * {@code -g}: the multicast memberships, as net-tools 2.10 prints them inside its socket listing
 * ({@code netstat.c} {@code igmp_do_one}): the three heading lines, then {@code %-15s %-6d %s} rows, IPv4
 * groups when IPv4 is listed, then IPv6 groups when IPv6 is. Groups are named unless {@code -n} or
 * {@code --numeric-hosts}.
 */
final class GroupsView implements NetToolsView {

    @Override
    public int render(NetToolsOptions options, Sample sample, Rendering rendering, int pass)
            throws IOException, BackendException {
        OutputSink out = rendering.out();
        out.println("IPv6/IPv4 Group Memberships");
        out.println("Interface       RefCnt Group");
        out.println("--------------- ------ ---------------------");
        sample.requireCollected(Sample.Section.GROUPS);
        Snapshot<MulticastGroup> s = sample.groups();
        ViewDiagnostics.report(s.diagnostics(), rendering.err());
        boolean numeric = options.numericHosts();
        try (NetToolsAddressNames names = numeric ? NetToolsAddressNames.numericOnly()
                : NetToolsAddressNames.of(rendering)) {
            for (MulticastGroup g : s.items()) {
                boolean v4 = g.group() instanceof Inet4Address;
                if (v4 ? options.inet() : options.inet6()) {
                    StringBuilder sb = new StringBuilder(64);
                    Columns.left(sb, TerminalSafe.dotted(g.interfaceName()), 15);
                    sb.append(' ');
                    Columns.left(sb, (int) g.refCount(), 6);
                    sb.append(' ').append(v4 ? names.inet(g.group(), numeric) : names.inet6(g.group(), numeric));
                    out.println(sb);
                }
            }
        }
        return ExitCodes.OK;
    }
}
