package io.github.netstatx.backend.linux.views;

import io.github.netstatx.core.model.StatisticsCounter;
import io.github.netstatx.core.parse.ParseResult;
import java.util.List;

/**
 * The line format shared by {@code /proc/net/snmp6} and {@code /proc/net/sctp/snmp}: one counter per line,
 * the name, blanks or a tab, the decimal value.
 */
final class NameValueCounterLines {

    private NameValueCounterLines() {
    }

    static ParseResult<StatisticsCounter> parse(List<String> lines) {
        return ParseResult.eachLine(lines, 0, line -> {
            String[] f = line.strip().split("\\s+");
            Long value = f.length == 2 ? StatisticsValues.parse(f[1]) : null;
            return value == null ? null : new StatisticsCounter(f[0], value);
        });
    }
}
