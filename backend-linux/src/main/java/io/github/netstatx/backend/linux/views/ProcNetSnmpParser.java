package io.github.netstatx.backend.linux.views;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.StatisticsCounter;
import io.github.netstatx.core.model.StatisticsGroup;
import io.github.netstatx.core.parse.ParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Parses {@code /proc/net/snmp} and {@code /proc/net/netstat}: pairs of lines, a section title with the
 * counter names, then the same title with the values, in the kernel's order.
 *
 * <pre>
 * Ip: Forwarding DefaultTTL InReceives InHdrErrors InAddrErrors ForwDatagrams InUnknownProtos InDiscards ...
 * Ip: 2 64 5524 0 0 0 0 0 ...
 * Tcp: RtoAlgorithm RtoMin RtoMax MaxConn ActiveOpens PassiveOpens ...
 * Tcp: 1 200 120000 -1 35 2 ...
 * </pre>
 *
 * Values are decimal and may be negative (Tcp MaxConn is -1); larger-than-signed values are kept as their
 * two's-complement bits, which is how net-tools' {@code strtoull} reads them too. Empty lines before a pair
 * (2.6 kernels) are skipped.
 */
public final class ProcNetSnmpParser {

    private ProcNetSnmpParser() {
    }

    /**
     * @param familyOf the family each section's counters are about ({@code null} for both)
     */
    public static ParseResult<StatisticsGroup> parse(List<String> lines, Function<String, AddressFamily> familyOf) {
        List<StatisticsGroup> out = new ArrayList<>();
        List<Integer> skipped = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).isBlank()) {
                i++;
                continue;
            }
            if (i + 1 >= lines.size()) {
                skipped.add(i + 1);
                break;
            }
            StatisticsGroup g = pair(lines.get(i), lines.get(i + 1), familyOf);
            if (g == null) {
                skipped.add(i + 1);
                skipped.add(i + 2);
            } else {
                out.add(g);
            }
            i += 2;
        }
        return new ParseResult<>(out, skipped);
    }

    private static StatisticsGroup pair(String names, String values, Function<String, AddressFamily> familyOf) {
        int nc = names.indexOf(':');
        int vc = values.indexOf(':');
        if (nc <= 0 || vc <= 0 || !names.substring(0, nc).equals(values.substring(0, vc))) {
            return null;
        }
        String title = names.substring(0, nc);
        String[] n = names.substring(nc + 1).strip().split("\\s+");
        String[] v = values.substring(vc + 1).strip().split("\\s+");
        if (n.length != v.length) {
            return null;
        }
        List<StatisticsCounter> counters = new ArrayList<>();
        for (int k = 0; k < n.length; k++) {
            if (n[k].isEmpty()) {
                continue;
            }
            Long value = StatisticsValues.parse(v[k]);
            if (value == null) {
                return null;
            }
            counters.add(new StatisticsCounter(n[k], value));
        }
        return new StatisticsGroup(title, familyOf.apply(title), counters);
    }
}
