package io.github.netstatx.cli.macos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.StatisticsCounter;
import io.github.netstatx.core.model.StatisticsGroup;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Apple {@code netstat -s} and {@code -ss} for tcp, udp, ip, icmp, mptcp, ip6 and icmp6 against network_cmds' own
 * printers: the {@code stats/expected-TAG-*.txt} files are what {@code tcp_stats}, {@code udp_stats},
 * {@code ip_stats}, {@code icmp_stats}, {@code mptcp_stats} ({@code inet.c}) and {@code ip6_stats}, {@code icmp6_stats}
 * ({@code inet6.c}) of that network_cmds tag print, compiled with gcc over structs declared from the recorded
 * XNU layouts (explicit padding to the recorded offsets) and filled with {@code stats/values-TAG.tsv}, the
 * sysctls they read besides the struct failing (so the pcbcount and mask-reply lines are not printed, as
 * netstatx has no such data) and 10.13-11's ip perf data reading as zeros (its lines print only when not
 * zero; {@code ip6s_m2m}, the per-interface mbuf counts netstat names by the counting Mac's interface index,
 * held at zero, as netstatx does not print them). Only the outputs are committed, never network_cmds' code or
 * a recipe that builds it; the pairs compared are 543.50.4/xnu-4570, 543.270.1/xnu-4903, 596.100.2/xnu-6153,
 * 606.140.1/xnu-7195, 644.140.2/xnu-8796, 705.100.5/xnu-11417. The values include zeros, ones, twos and counts of 2^31 and more, so the plural rules ({@code n > 1} on an int) and {@code -ss}'s per-line rule are exercised.
 */
class AppleStatsPrintfTest {

    @ParameterizedTest
    @ValueSource(strings = {"543.50.4", "543.270.1", "596.100.2", "606.140.1", "644.140.2", "705.100.5"})
    void everyLineAsNetworkCmdsPrintsIt(String tag) throws IOException {
        List<StatisticsGroup> groups = groups(tag);
        for (String suffix : new String[] {"s", "ss"}) {
            List<String> expected = read("stats/expected-" + tag + "-" + suffix + ".txt").lines().toList();
            List<String> actual = new AppleStatisticsTable(AppleStatisticsLayout.load(tag), suffix.equals("ss"))
                    .render(groups, null, true, true);
            assertEquals(String.join("\n", expected), String.join("\n", actual), tag + " -" + suffix);
        }
    }

    /** Which network_cmds' lines the data's release gets (the tags' contents compared with the same script). */
    @org.junit.jupiter.api.Test
    void theReleaseOfTheDataPicksTheTable() {
        String[][] byRelease = {{"10.13.6", "543.50.4"}, {"10.14.6", "543.270.1"}, {"10.15.7", "596.100.2"},
            {"11.7.10", "606.140.1"}, {"12.7.6", "644.140.2"}, {"13.6.1", "644.140.2"}, {"14.5", "644.140.2"},
            {"15.4", "705.100.5"}};
        for (String[] r : byRelease) {
            assertEquals(r[1], AppleStatisticsLayout.tagFor(io.github.netstatx.core.model.OsFamily.MACOS, r[0]), r[0]);
        }
        assertEquals("705.100.5", AppleStatisticsLayout.tagFor(io.github.netstatx.core.model.OsFamily.LINUX, "6.1"));
    }

    /** The tsv's counters as backend-macos reports them: one group per struct, kernel field names. */
    static List<StatisticsGroup> groups(String tag) throws IOException {
        Map<String, List<StatisticsCounter>> byStruct = new LinkedHashMap<>();
        for (String line : read("stats/values-" + tag + ".tsv").lines().toList()) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            byStruct.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new StatisticsCounter(f[1], Long.parseLong(f[2])));
        }
        List<StatisticsGroup> groups = new ArrayList<>();
        byStruct.forEach((struct, counters) -> groups.add(new StatisticsGroup(struct,
                struct.equals("ipstat") || struct.equals("icmpstat") ? AddressFamily.IPV4
                        : struct.endsWith("6stat") ? AddressFamily.IPV6 : null, counters)));
        return groups;
    }

    static String read(String resource) throws IOException {
        try (InputStream in = AppleStatsPrintfTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
