package io.github.netstatx.cli.linux;

import io.github.netstatx.cli.ExitCodes;
import io.github.netstatx.cli.Rendering;
import io.github.netstatx.cli.Sample;
import io.github.netstatx.cli.linux.NetToolsStatisticsTables.Filter;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.StatisticsGroup;
import io.github.netstatx.core.spi.BackendException;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;

/**
 * {@code -s} with {@code -t -u -w -S} and {@code -6}, byte for byte as net-tools 2.10 ({@code statistics.c}
 * {@code parsesnmp}, {@code parsesnmp6}; the printing rules are {@link NetToolsStatisticsPrinter}'s).
 *
 * <p>IPv4 (the default family): every section that is not IPv6-only, in the backend's order (Linux:
 * /proc/net/snmp, /proc/net/netstat, /proc/net/sctp/snmp). IPv6: the IPv6 sections (/proc/net/snmp6), then
 * the {@code Tcp} section, which Linux counts for both families. Any other family list, {@code inet,inet6}
 * included, is refused as net-tools refuses it.
 */
final class StatisticsView implements NetToolsView {

    @Override
    public int render(NetToolsOptions options, Sample sample, Rendering rendering, int pass)
            throws IOException, BackendException {
        String family = options.addressFamilies().isEmpty() ? "inet" : options.addressFamilies();
        if (!family.equals("inet") && !family.equals("inet6")) {
            rendering.out().println("netstat: No statistics support for specified address family: " + family);
            return ExitCodes.FAILURE;
        }
        sample.requireCollected(Sample.Section.STATISTICS);
        Snapshot<StatisticsGroup> s = sample.statistics();
        ViewDiagnostics.report(s.diagnostics(), rendering.err());
        NetToolsStatisticsPrinter printer = new NetToolsStatisticsPrinter(rendering.out(), filters(options));
        if (family.equals("inet")) {
            for (StatisticsGroup g : s.items()) {
                if (g.family() != AddressFamily.IPV6) {
                    printer.section(g, NetToolsStatisticsTables.SNMP_TABLES);
                }
            }
        } else {
            for (StatisticsGroup g : s.items()) {
                if (g.family() == AddressFamily.IPV6) {
                    printer.section(g, NetToolsStatisticsTables.SNMP6_TABLES);
                }
            }
            for (StatisticsGroup g : s.items()) {
                if (g.name().equals("Tcp") && g.family() != AddressFamily.IPV6) {
                    printer.section(g, NetToolsStatisticsTables.SNMP_TABLES);
                }
            }
        }
        return ExitCodes.OK;
    }

    /** net-tools' f_raw, f_tcp, f_udp, f_sctp: -s alone already switched every protocol on. */
    private static Set<Filter> filters(NetToolsOptions options) {
        Set<Filter> f = EnumSet.noneOf(Filter.class);
        if (options.sections().contains(NetToolsSection.RAW)) {
            f.add(Filter.RAW);
        }
        if (options.sections().contains(NetToolsSection.TCP)) {
            f.add(Filter.TCP);
        }
        if (options.sections().contains(NetToolsSection.UDP)) {
            f.add(Filter.UDP);
        }
        if (options.sections().contains(NetToolsSection.SCTP)) {
            f.add(Filter.SCTP);
        }
        return f;
    }
}
