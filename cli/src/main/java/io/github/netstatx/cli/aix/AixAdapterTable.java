package io.github.netstatx.cli.aix;

import io.github.netstatx.cli.TerminalSafe;
import io.github.netstatx.core.model.AdapterStatistics;
import io.github.netstatx.core.model.InterfaceCounters;
import io.github.netstatx.core.model.InterfaceFlag;
import io.github.netstatx.core.model.LinkType;
import io.github.netstatx.core.model.NetInterface;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * AIX {@code netstat -v}: the general sections of each adapter's device-driver statistics. Layout measured
 * on a real block ({@code entstat -d en0}, chef/ohai's AIX fixture; {@code netstat -v} prints the same
 * blocks):
 *
 * <pre>
 * -------------------------------------------------------------
 * ETHERNET STATISTICS (en0) :
 * Device Type: Virtual I/O Ethernet Adapter (l-lan)
 * Hardware Address: 62:c5:1c:3a:5d:03
 * Elapsed Time: 141 days 2 hours 15 minutes 31 seconds
 *
 * Transmit Statistics:                          Receive Statistics:
 * --------------------                          -------------------
 * Packets: 34322371                             Packets: 116444596
 * </pre>
 *
 * A rule of 61 dashes, the title, up to three header lines (an adapter's block has only those its driver
 * printed; other interfaces print all three, {@code -} where unknown), then two columns: transmit left-aligned in 46, receive
 * after it. Only the lines the model holds are printed (packets, bytes, errors, drops, broadcast and
 * multicast per direction, the data rate); the driver's other counters and its device-specific sections
 * are not. Any backend's interfaces are shown: the ones whose link is Ethernet as far as the model knows
 * (an AIX adapter block, link type Ethernet, or an unknown link type with a 48-bit hardware address; AIX
 * prints blocks for adapters only, never for loopback or tunnels). Values the model does not know print as
 * {@code -}, as in the other AIX tables.
 */
final class AixAdapterTable {

    static final String RULE = "-".repeat(61);
    /** Where the receive column starts. */
    static final int RIGHT_COLUMN = 46;

    List<String> render(List<NetInterface> interfaces) {
        List<String> lines = new ArrayList<>();
        for (NetInterface i : interfaces) {
            String kind = kind(i);
            if (kind == null) {
                continue;
            }
            if (!lines.isEmpty()) {
                // Between two adapters: an empty line, the rule, an empty line (a real netstat -v quoted in
                // pedz/Snapper's spec/entstat_elxent_spec.rb ends a block so, before the next title).
                lines.add("");
                lines.add(RULE);
                lines.add("");
            } else {
                // The first block starts with the rule and its title, as entstat -d prints it.
                lines.add(RULE);
            }
            block(lines, i, kind);
        }
        return lines;
    }

    private static void block(List<String> lines, NetInterface i, String kind) {
        AdapterStatistics a = i.adapter();
        InterfaceCounters c = a != null && a.counters() != null ? a.counters() : i.counters();
        String name = a != null ? a.adapterName() : i.name();
        lines.add(TerminalSafe.dotted(kind) + " STATISTICS (" + TerminalSafe.dotted(name) + ") :");
        if (a != null) {
            // A driver leaves out header lines it has nothing for (a VIOS trunk adapter prints no Elapsed
            // Time): what the block did not print is not printed.
            header(lines, "Device Type: ", a.deviceType());
            header(lines, "Hardware Address: ", a.hardwareAddress());
            header(lines, "Elapsed Time: ", a.elapsed() == null ? null : elapsed(a.elapsed()));
        } else {
            lines.add("Device Type: " + (i.description() == null ? "-" : TerminalSafe.dotted(i.description())));
            lines.add("Hardware Address: " + (i.hardwareAddress() == null ? "-"
                    : TerminalSafe.dotted(i.hardwareAddress())));
            lines.add("Elapsed Time: -");
        }
        lines.add("");
        lines.add(two("Transmit Statistics:", "Receive Statistics:"));
        lines.add(two("--------------------", "-------------------"));
        lines.add(pair("Packets: ", c, InterfaceCounters::txPackets, "Packets: ", InterfaceCounters::rxPackets));
        lines.add(pair("Bytes: ", c, InterfaceCounters::txBytes, "Bytes: ", InterfaceCounters::rxBytes));
        lines.add(pair("Transmit Errors: ", c, InterfaceCounters::txErrors, "Receive Errors: ",
                InterfaceCounters::rxErrors));
        lines.add(pair("Packets Dropped: ", c, InterfaceCounters::txDropped, "Packets Dropped: ",
                InterfaceCounters::rxDropped));
        lines.add("");
        lines.add(two("Broadcast Packets: " + count(a == null ? null : a.txBroadcast()),
                "Broadcast Packets: " + count(a == null ? null : a.rxBroadcast())));
        lines.add(two("Multicast Packets: " + count(a == null ? null : a.txMulticast()),
                "Multicast Packets: " + count(c == null ? null : c.rxMulticast())));
        lines.add("");
        lines.add("General Statistics:");
        lines.add("-------------------");
        lines.add("Adapter Data Rate: " + count(a == null ? null : a.dataRateMbps()));
    }

    private static void header(List<String> lines, String label, String value) {
        if (value != null) {
            lines.add(label + TerminalSafe.dotted(value));
        }
    }

    /** The title's word, or {@code null} for an interface AIX would print no block for. */
    private static String kind(NetInterface i) {
        if (i.adapter() != null) {
            return i.adapter().kind() == null ? "-" : i.adapter().kind();
        }
        if (i.flags().contains(InterfaceFlag.LOOPBACK) || i.linkType() == LinkType.LOOPBACK) {
            return null;
        }
        boolean ethernet = i.linkType() == LinkType.ETHERNET
                || (i.linkType() == null && i.hardwareAddress() != null && i.hardwareAddress().length() == 17);
        return ethernet ? "ETHERNET" : null;
    }

    private static String pair(String txLabel, InterfaceCounters c, Function<InterfaceCounters, Long> tx,
            String rxLabel, Function<InterfaceCounters, Long> rx) {
        return two(txLabel + count(c == null ? null : tx.apply(c)), rxLabel + count(c == null ? null : rx.apply(c)));
    }

    private static String two(String transmit, String receive) {
        return AixText.left(new StringBuilder(80), transmit, RIGHT_COLUMN).append(receive).toString();
    }

    private static String count(Long v) {
        return v == null ? "-" : Long.toUnsignedString(v);
    }

    /**
     * {@code 141 days 2 hours 15 minutes 31 seconds}, as recorded. Whether AIX writes {@code 1 day} for one
     * has not been recorded; the plural of the recording is used for every value.
     */
    private static String elapsed(Duration d) {
        return d.toDays() + " days " + d.toHoursPart() + " hours " + d.toMinutesPart() + " minutes "
                + d.toSecondsPart() + " seconds";
    }
}
