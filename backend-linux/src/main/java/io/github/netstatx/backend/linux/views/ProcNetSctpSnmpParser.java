package io.github.netstatx.backend.linux.views;

import io.github.netstatx.core.model.StatisticsCounter;
import io.github.netstatx.core.model.StatisticsGroup;
import io.github.netstatx.core.parse.ParseResult;
import java.util.List;

/**
 * Parses {@code /proc/net/sctp/snmp} (present only while the sctp module is loaded): one counter per line,
 * name and value separated by blanks, all of one section that net-tools titles {@code Sctp}.
 *
 * <pre>
 * SctpCurrEstab                   	0
 * SctpActiveEstabs                	0
 * SctpPassiveEstabs               	0
 * </pre>
 */
public final class ProcNetSctpSnmpParser {

    private ProcNetSctpSnmpParser() {
    }

    public static ParseResult<StatisticsGroup> parse(List<String> lines) {
        ParseResult<StatisticsCounter> counters = NameValueCounterLines.parse(lines);
        return new ParseResult<>(List.of(new StatisticsGroup("Sctp", null, counters.items())),
                counters.skippedLines());
    }
}
