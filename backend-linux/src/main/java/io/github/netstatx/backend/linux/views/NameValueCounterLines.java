package io.github.netstatx.backend.linux.views;

import io.github.netstatx.core.model.StatisticsCounter;
import java.util.ArrayList;
import java.util.List;

/**
 * The line format shared by {@code /proc/net/snmp6} and {@code /proc/net/sctp/snmp}: one counter per line,
 * the name, blanks or a tab, the decimal value.
 */
final class NameValueCounterLines {

    private NameValueCounterLines() {
    }

    static ParseResult<StatisticsCounter> parse(List<String> lines) {
        List<StatisticsCounter> counters = new ArrayList<>();
        List<Integer> skipped = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.strip().split("\\s+");
            Long value = f.length == 2 ? StatisticsValues.parse(f[1]) : null;
            if (value == null) {
                skipped.add(i + 1);
            } else {
                counters.add(new StatisticsCounter(f[0], value));
            }
        }
        return new ParseResult<>(counters, skipped);
    }
}
