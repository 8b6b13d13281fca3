package io.github.netstatx.cli;

import io.github.netstatx.core.model.StatisticsCounter;
import io.github.netstatx.core.model.StatisticsGroup;
import java.util.List;

/**
 * The BSD-style {@code -s} line for counters a dialect's layout has no line for: {@code <tab>N name}, the number
 * unsigned as the kernels count, the name made safe for a terminal. The AIX and Apple dialects print other
 * systems' groups (and counters of levels their layout does not know) this way, so nothing collected is hidden
 * and no counter is given words it was not printed with. {@code -ss} leaves out the zeros.
 */
public final class CountedLines {

    private CountedLines() {
    }

    /** {@code counters} as lines, appended to {@code out}. */
    public static void append(List<StatisticsCounter> counters, boolean nonZeroOnly, List<String> out) {
        for (StatisticsCounter c : counters) {
            if (!nonZeroOnly || c.value() != 0) {
                out.add("\t" + Long.toUnsignedString(c.value()) + " " + TerminalSafe.dotted(c.name()));
            }
        }
    }

    /** A whole group under its own name ({@code Tcp:}), then its counters. */
    public static void appendGroup(StatisticsGroup group, boolean nonZeroOnly, List<String> out) {
        out.add(TerminalSafe.dotted(group.name()) + ":");
        append(group.counters(), nonZeroOnly, out);
    }
}
