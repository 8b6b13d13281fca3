package io.github.netstatx.cli.linux;

import io.github.netstatx.cli.OutputSink;
import io.github.netstatx.cli.linux.NetToolsStatisticsTables.Entry;
import io.github.netstatx.cli.linux.NetToolsStatisticsTables.Filter;
import io.github.netstatx.cli.linux.NetToolsStatisticsTables.Kind;
import io.github.netstatx.cli.linux.NetToolsStatisticsTables.Table;
import io.github.netstatx.core.model.StatisticsCounter;
import io.github.netstatx.core.model.StatisticsGroup;
import java.util.List;
import java.util.Set;

/**
 * The printing state machine of net-tools 2.10 {@code statistics.c} ({@code newtable}, {@code printval}):
 * one "state" carried across every section of a run decides the indentation of unknown counters and when
 * the ICMP histogram headings appear.
 *
 * <ul>
 *   <li>A section title is printed when the section is unknown, or known and selected by its filter; a known
 *       section resets the state to "number", an unknown one keeps it.</li>
 *   <li>A counter whose name the table lookup misses prints as {@code Name: value} (when not 0) with the
 *       indentation of the current state; the state stays.</li>
 *   <li>A found counter: configuration values and entries without a sentence print nothing and leave the
 *       state; a histogram line first prints its heading (with the old state's indentation) when the state
 *       changes; the line itself follows its kind's rule; then the state becomes the entry's kind.</li>
 * </ul>
 */
final class NetToolsStatisticsPrinter {

    private final OutputSink out;
    private final Set<Filter> filters;
    private Kind state = Kind.NUMBER;

    /**
     * @param filters the tables {@code -t -u -w -S} selected (all of them when none was given)
     */
    NetToolsStatisticsPrinter(OutputSink out, Set<Filter> filters) {
        this.out = out;
        this.filters = Set.copyOf(filters);
    }

    /** One section of the given table family ({@code snmptabs} or {@code snmp6tabs}). */
    void section(StatisticsGroup group, List<Table> tables) {
        Table table = NetToolsStatisticsTables.table(tables, group.name());
        boolean print;
        if (table != null) {
            print = filters.contains(table.filter());
            if (print) {
                out.println(group.name() + ":");
            }
            state = Kind.NUMBER;
        } else {
            out.println(group.name() + ":");
            print = true;
        }
        if (print) {
            for (StatisticsCounter c : group.counters()) {
                value(table, c.name(), c.value());
            }
        }
    }

    private void value(Table table, String name, long value) {
        Entry e = table == null ? null : NetToolsStatisticsTables.find(table, name);
        if (e == null) {
            if (value != 0) {
                out.println(indent(state) + name + ": " + Long.toUnsignedString(value));
            }
            return;
        }
        if (e.kind() == Kind.STATIC || e.text().isEmpty()) {
            return;
        }
        Kind type = e.kind();
        boolean histogram = type == Kind.INPUT_HISTOGRAM || type == Kind.OUTPUT_HISTOGRAM;
        if (histogram && state != type) {
            out.println(indent(state) + (type == Kind.INPUT_HISTOGRAM
                    ? "ICMP input histogram:" : "ICMP output histogram:"));
        }
        boolean show = switch (type) {
            case OPT_NUMBER, INPUT_HISTOGRAM, OUTPUT_HISTOGRAM -> value != 0;
            default -> true;
        };
        if (show) {
            out.println(indent(type) + e.text().replace("%llu", Long.toUnsignedString(value)));
        }
        state = type;
    }

    private static String indent(Kind k) {
        return k == Kind.INPUT_HISTOGRAM || k == Kind.OUTPUT_HISTOGRAM ? "        " : "    ";
    }
}
