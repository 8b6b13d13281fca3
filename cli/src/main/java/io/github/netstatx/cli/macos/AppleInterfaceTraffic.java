package io.github.netstatx.cli.macos;

import io.github.netstatx.core.model.InterfaceCounters;
import io.github.netstatx.core.model.NetInterface;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Apple netstat's interval view ({@code -w wait}, or a bare trailing number): network_cmds {@code if.c}
 * {@code sidewaysintpr}, the same layout from 543 to 741. A two-line banner ({@code input (Total) output} or the
 * {@code -I} interface in parentheses, then the column names), nothing more for the first sample, and one line
 * per later sample with what the counters grew by since the one before: packets, errors and bytes in, packets,
 * errors, bytes and collisions out, {@code -d} adding the send drops. The banner repeats before every 21st
 * sample. {@code -v} indents the banner by nine columns and starts each line with the sample's local time.
 * Counters of all interfaces are summed, as {@code IFMIB_IFALLDATA} sums them; a missing counter counts 0.
 */
final class AppleInterfaceTraffic {

    /** One sample's counters: in packets, errors, bytes; out packets, errors, bytes, collisions, drops. */
    record Totals(long inPackets, long inErrors, long inBytes, long outPackets, long outErrors, long outBytes,
            long collisions, long drops) {
    }

    private final AppleOptions o;
    private final ZoneId zone;
    private Totals previous;

    AppleInterfaceTraffic(AppleOptions o, ZoneId zone) {
        this.o = o;
        this.zone = zone;
    }

    /** The totals of the {@code -I} interface when it exists, else of every interface. */
    Totals totals(List<NetInterface> interfaces) {
        Optional<NetInterface> chosen = interesting(interfaces);
        long[] t = new long[8];
        for (NetInterface i : chosen.map(List::of).orElse(interfaces)) {
            InterfaceCounters c = i.counters();
            if (c == null) {
                continue;
            }
            Long[] v = {c.rxPackets(), c.rxErrors(), c.rxBytes(), c.txPackets(), c.txErrors(), c.txBytes(),
                c.collisions(), c.txDropped()};
            for (int k = 0; k < v.length; k++) {
                t[k] += v[k] == null ? 0 : v[k];
            }
        }
        return new Totals(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7]);
    }

    private Optional<NetInterface> interesting(List<NetInterface> interfaces) {
        return o.interfaceName().flatMap(n -> interfaces.stream().filter(i -> i.name().equals(n)).findFirst());
    }

    /** The lines of sample {@code index} (0 for the first), collected at {@code at}. */
    List<String> sample(int index, List<NetInterface> interfaces, Instant at) {
        List<String> lines = new ArrayList<>();
        if (index % 21 == 0) {
            lines.addAll(banner(interesting(interfaces).map(i -> "(" + i.name() + ")").orElse("(Total)")));
        }
        Totals now = totals(interfaces);
        if (previous != null) {
            StringBuilder sb = new StringBuilder();
            if (o.verbose() > 0) {
                LocalTime t = LocalTime.ofInstant(at, zone);
                sb.append(String.format(Locale.ROOT, "%02d:%02d:%02d ", t.getHour(), t.getMinute(), t.getSecond()));
            }
            sb.append(String.format(Locale.ROOT, "%10s %5s %10s ", grew(now.inPackets(), previous.inPackets()),
                    grew(now.inErrors(), previous.inErrors()), grew(now.inBytes(), previous.inBytes())));
            sb.append(String.format(Locale.ROOT, "%10s %5s %10s %5s", grew(now.outPackets(), previous.outPackets()),
                    grew(now.outErrors(), previous.outErrors()), grew(now.outBytes(), previous.outBytes()),
                    grew(now.collisions(), previous.collisions())));
            if (o.drops()) {
                sb.append(String.format(Locale.ROOT, " %5s", grew(now.drops(), previous.drops())));
            }
            lines.add(sb.toString());
        }
        previous = now;
        return lines;
    }

    private List<String> banner(String title) {
        String indent = o.verbose() > 0 ? String.format(Locale.ROOT, "%9s", " ") : "";
        // snprintf(ift_name, 16, "(%s)"): at most 15 characters
        String name = title.length() > 15 ? title.substring(0, 15) : title;
        StringBuilder second = new StringBuilder(indent)
                .append(String.format(Locale.ROOT, "%10s %5s %10s ", "packets", "errs", "bytes"))
                .append(String.format(Locale.ROOT, "%10s %5s %10s %5s", "packets", "errs", "bytes", "colls"));
        if (o.drops()) {
            second.append(String.format(Locale.ROOT, " %5.5s", "drops"));
        }
        return List.of(indent + String.format(Locale.ROOT, "%17s %14s %16s", "input", name, "output"),
                second.toString());
    }

    /** {@code %llu} of the difference: a counter that went back wraps as unsigned arithmetic does. */
    private static String grew(long now, long before) {
        return Long.toUnsignedString(now - before);
    }
}
