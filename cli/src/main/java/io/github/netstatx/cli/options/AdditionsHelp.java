package io.github.netstatx.cli.options;

import java.util.ArrayList;
import java.util.List;

/** The lines each dialect's help prints for what netstatx adds, from {@link OptionTable}. */
public final class AdditionsHelp {

    /** Where net-tools' usage starts its descriptions, after a 20-column indent. */
    private static final int NET_TOOLS_INDENT = 20;
    private static final int SYNOPSIS_WIDTH = 25;

    private AdditionsHelp() {
    }

    /**
     * The block the Linux dialect's {@code -h} inserts before net-tools' {@code <Socket>} block, laid out
     * as net-tools lays out its own options: a blank line, a heading, then one line an option.
     */
    public static String netToolsBlock() {
        StringBuilder sb = new StringBuilder("\n  netstatx additions:\n");
        String indent = " ".repeat(NET_TOOLS_INDENT);
        sb.append(indent).append(column("N", OptionTable.INTERVAL_SUMMARY)).append('\n');
        for (CliOption o : OptionTable.ALL) {
            if (o.scope() == OptionScope.BOTH || o.scope() == OptionScope.LINUX_ADDITION) {
                sb.append(indent).append(column(o.synopsis(), o.summary())).append('\n');
            }
        }
        return sb.toString();
    }

    /** The options both dialects add, one line each, two columns indented by two spaces. */
    public static List<String> bothDialectsLines() {
        List<String> lines = new ArrayList<>();
        for (CliOption o : OptionTable.of(OptionScope.BOTH)) {
            lines.add("  " + column(o.synopsis(), o.summary()));
        }
        return lines;
    }

    private static String column(String synopsis, String summary) {
        int pad = Math.max(2, SYNOPSIS_WIDTH - synopsis.length());
        return synopsis + " ".repeat(pad) + summary;
    }
}
