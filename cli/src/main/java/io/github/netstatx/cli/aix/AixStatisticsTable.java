package io.github.netstatx.cli.aix;

import io.github.netstatx.cli.CountedLines;
import io.github.netstatx.core.format.AixNetstatSLayout;
import io.github.netstatx.core.format.AixNetstatSLayout.Kind;
import io.github.netstatx.core.format.AixNetstatSLayout.Line;
import io.github.netstatx.core.format.AixNetstatSLayout.Section;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.StatisticsCounter;
import io.github.netstatx.core.model.StatisticsGroup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * AIX {@code netstat -s}, {@code -ss} and {@code -p PROTOCOL}, printed through {@link AixNetstatSLayout}
 * (the layout of a real AIX recording). From that recording:
 *
 * <pre>
 * udp:
 * 	1225766753 datagrams received
 * 	0 incomplete headers
 * </pre>
 *
 * <p>Any backend's groups print: a layout line whose counters the group has is printed as AIX prints it;
 * a line whose counters it lacks is left out (a Linux host has no "ipintrq overflows"); a header is printed
 * when a line under it is. Counters the layout does not know (other AIX levels, other platforms'
 * counters) follow their section's known lines as {@code N name}, and groups no AIX section matches follow
 * the AIX sections under their own names, so nothing collected is hidden.
 */
final class AixStatisticsTable {

    private final boolean nonZeroOnly;

    /** @param nonZeroOnly {@code -ss}: lines whose numbers are all zero are left out */
    AixStatisticsTable(boolean nonZeroOnly) {
        this.nonZeroOnly = nonZeroOnly;
    }

    /**
     * @param groups the model's groups
     * @param protocol the {@code -p} protocol (an AIX section title), or {@code null} for all
     * @param family the {@code -f} family, or {@code null} for both
     */
    List<String> render(List<StatisticsGroup> groups, String protocol, AddressFamily family) {
        List<String> out = new ArrayList<>();
        Set<StatisticsGroup> shown = new HashSet<>();
        for (Section s : AixNetstatSLayout.SECTIONS) {
            if ((protocol != null && !protocol.equals(s.word())) || !familyMatches(s.family(), family)) {
                continue;
            }
            Optional<StatisticsGroup> g = groups.stream().filter(x -> !shown.contains(x) && matches(s, x)).findFirst();
            if (g.isEmpty()) {
                continue;
            }
            shown.add(g.get());
            if (s.blankLineBefore() && !out.isEmpty()) {
                out.add("");
            }
            out.add(s.word() + ":");
            section(s, g.get(), out);
        }
        if (protocol == null) {
            for (StatisticsGroup g : groups) {
                if (!shown.contains(g) && familyMatches(g.family(), family)) {
                    CountedLines.appendGroup(g, nonZeroOnly, out);
                }
            }
        }
        return out;
    }

    /** Whether the AIX section {@code s} shows group {@code g}: same name, and no family conflict. */
    private static boolean matches(Section s, StatisticsGroup g) {
        return s.group().equals(g.name())
                && (s.family() == null || g.family() == null || s.family() == g.family());
    }

    private static boolean familyMatches(AddressFamily of, AddressFamily wanted) {
        return wanted == null || of == null || of == wanted;
    }

    private void section(Section s, StatisticsGroup g, List<String> out) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (StatisticsCounter c : g.counters()) {
            values.put(c.name(), c.value());
        }
        Set<String> used = new HashSet<>();
        // Headers wait until a line under them is printed.
        List<Line> pendingHeaders = new ArrayList<>();
        for (Line l : s.lines()) {
            if (l.kind() == Kind.HEADER) {
                pendingHeaders.removeIf(h -> h.depth() >= l.depth());
                pendingHeaders.add(l);
                continue;
            }
            pendingHeaders.removeIf(h -> h.depth() >= l.depth());
            if (!values.keySet().containsAll(l.counters())) {
                continue;
            }
            long[] v = l.counters().stream().mapToLong(values::get).toArray();
            used.addAll(l.counters());
            boolean zero = Arrays.stream(v).allMatch(x -> x == 0);
            if (zero && (nonZeroOnly || l.kind() == Kind.SPARSE)) {
                continue;
            }
            for (Line h : pendingHeaders) {
                out.add(h.text());
            }
            pendingHeaders.clear();
            out.add(l.text(v));
        }
        List<StatisticsCounter> rest = g.counters().stream().filter(c -> !used.contains(c.name())).toList();
        CountedLines.append(rest, nonZeroOnly, out);
    }
}
