package io.github.netstatx.cli.windows;

import io.github.netstatx.cli.Sample;
import io.github.netstatx.core.model.InterfaceCounters;
import io.github.netstatx.core.model.InterfaceFlag;
import io.github.netstatx.core.model.NetInterface;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.spi.BackendException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code -e}: netstat.exe's "Interface Statistics", the counters of all interfaces summed.
 *
 * <p>Which interfaces count: every interface with counters except loopback ones (Windows' loopback pseudo
 * interface has none, and on Linux {@code lo} counts every local packet twice, once sent and once received).
 * Virtual interfaces count as the kernel counts them (a bridge and its ports each count the traffic they
 * carry). Backends leave out rows that only repeat another adapter's traffic (Windows NDIS filter rows).
 *
 * <p>Where a platform has no unicast/non-unicast split (Linux), received unicast is packets minus multicast,
 * received non-unicast is multicast, sent unicast is all sent packets and sent non-unicast 0 (Linux does not
 * count sent multicast per interface); a counter the platform lacks adds 0.
 *
 * <pre>
 * Interface Statistics
 *
 *                            Received            Sent
 *
 * Bytes                     145791184       593757391
 * Unicast packets             9212606         5940630
 * Non-unicast packets          939064          152220
 * Discards                        428               0
 * Errors                            0               0
 * Unknown protocols                 0
 * </pre>
 */
final class InterfaceStatisticsView implements WindowsViewRenderer {

    @Override
    public List<String> render(Request request) throws BackendException {
        request.sample().requireCollected(Sample.Section.INTERFACES);
        Snapshot<NetInterface> s = request.sample().interfaces();
        s.diagnostics().forEach(request.diagnostics());
        List<InterfaceCounters> counted = new ArrayList<>();
        for (NetInterface i : s.items()) {
            if (i.counters() != null && !i.flags().contains(InterfaceFlag.LOOPBACK)) {
                counted.add(i.counters());
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("Interface Statistics");
        lines.add("");
        lines.add("                           Received            Sent");
        lines.add("");
        lines.add(row("Bytes", sum(counted, InterfaceCounters::rxBytes), sum(counted, InterfaceCounters::txBytes)));
        lines.add(row("Unicast packets", sum(counted, InterfaceStatisticsView::rxUnicast),
                sum(counted, c -> c.txUnicast() != null ? c.txUnicast() : c.txPackets())));
        lines.add(row("Non-unicast packets", sum(counted, c -> c.rxNonUnicast() != null ? c.rxNonUnicast()
                : c.rxMulticast()), sum(counted, InterfaceCounters::txNonUnicast)));
        lines.add(row("Discards", sum(counted, InterfaceCounters::rxDropped),
                sum(counted, InterfaceCounters::txDropped)));
        lines.add(row("Errors", sum(counted, InterfaceCounters::rxErrors), sum(counted, InterfaceCounters::txErrors)));
        lines.add(WindowsColumns.left("Unknown protocols", 21) + WindowsColumns.right(Long.toUnsignedString(
                sum(counted, InterfaceCounters::rxUnknownProtocols)), 14));
        return lines;
    }

    private static Long rxUnicast(InterfaceCounters c) {
        if (c.rxUnicast() != null) {
            return c.rxUnicast();
        }
        if (c.rxPackets() == null) {
            return null;
        }
        return c.rxMulticast() == null ? c.rxPackets() : c.rxPackets() - c.rxMulticast();
    }

    /** Unsigned 64-bit sum; counters a platform lacks add 0. */
    private static long sum(List<InterfaceCounters> counters, Function<InterfaceCounters, Long> field) {
        long total = 0;
        for (InterfaceCounters c : counters) {
            Long v = field.apply(c);
            total += v == null ? 0 : v;
        }
        return total;
    }

    /** Label in 21 columns, received right-aligned to column 35, sent right-aligned to column 51. */
    private static String row(String label, long received, long sent) {
        return WindowsColumns.left(label, 21) + WindowsColumns.right(Long.toUnsignedString(received), 14) + "  "
                + WindowsColumns.right(Long.toUnsignedString(sent), 14);
    }
}
