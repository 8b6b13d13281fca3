package io.github.netstatx.backend.linux.views;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.StatisticsCounter;
import io.github.netstatx.core.model.StatisticsGroup;
import io.github.netstatx.core.parse.ParseResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses {@code /proc/net/snmp6}: one counter per line, the name padded to 32, a tab, the value.
 *
 * <pre>
 * Ip6InReceives                   	21
 * Icmp6InMsgs                     	1
 * Udp6InDatagrams                 	0
 * UdpLite6InDatagrams             	0
 * </pre>
 *
 * The file has no section lines; sections are cut the way net-tools cuts them: the section title is the
 * name up to and including its first {@code 6} ({@code Ip6}, {@code Icmp6}, {@code Udp6}, {@code UdpLite6}),
 * and a new section starts at the first name that does not contain the current title.
 */
public final class ProcNetSnmp6Parser {

    private ProcNetSnmp6Parser() {
    }

    public static ParseResult<StatisticsGroup> parse(List<String> lines) {
        ParseResult<StatisticsCounter> counters = NameValueCounterLines.parse(lines);
        List<StatisticsGroup> out = new ArrayList<>();
        String title = null;
        List<StatisticsCounter> section = new ArrayList<>();
        for (StatisticsCounter c : counters.items()) {
            if (title == null || !c.name().contains(title)) {
                if (title != null) {
                    out.add(new StatisticsGroup(title, AddressFamily.IPV6, section));
                }
                title = titleOf(c.name());
                section = new ArrayList<>();
            }
            section.add(c);
        }
        if (title != null) {
            out.add(new StatisticsGroup(title, AddressFamily.IPV6, section));
        }
        return new ParseResult<>(out, counters.skippedLines());
    }

    /** The name up to and including the first '6' (the whole name when it has none). */
    static String titleOf(String name) {
        int six = name.indexOf('6');
        return six < 0 ? name : name.substring(0, six + 1);
    }
}
