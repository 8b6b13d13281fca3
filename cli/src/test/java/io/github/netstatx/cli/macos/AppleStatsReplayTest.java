package io.github.netstatx.cli.macos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.netstatx.cli.CommandRun;
import io.github.netstatx.cli.FakeBackend;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.OsFamily;
import io.github.netstatx.core.model.StatisticsCounter;
import io.github.netstatx.core.model.StatisticsGroup;
import io.github.netstatx.core.spi.BackendProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Apple {@code -s} end to end: the macOS capture ({@code fixtures/macos/capture-13}, macOS 13 data, so
 * network_cmds-644's lines) replayed with {@code --replay} through the CLI, and a Linux host's groups through the
 * same dialect. The expected lines are the capture's counters in network_cmds-644's formats and rules, checked by
 * hand against its inet.c and inet6.c.
 */
class AppleStatsReplayTest {

    private static CommandRun replay(String... args) throws Exception {
        List<BackendProvider> discovered = new ArrayList<>();
        java.util.ServiceLoader.load(BackendProvider.class).forEach(discovered::add);
        List<String> all = new ArrayList<>(List.of("--replay", MacCaptureInEveryDialectTest.CAPTURE.toString(),
                "--dialect", "macos"));
        all.addAll(List.of(args));
        return CommandRun.run(discovered, Map.of(), "Linux", false, all.toArray(String[]::new));
    }

    @Test
    void nonZeroLinesOfACapture() throws Exception {
        CommandRun r = replay("-ss");
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(List.of("tcp:",
                "\t1000 packets sent",
                "\t\t9 data packets (0 byte) retransmitted",
                "\t950 packets received",
                "\t\t1 discarded for bad checksum",
                "\t40 connection requests",
                "\t12 connection accepts",
                "udp:",
                "\t500 datagrams received",
                "\t\t20 dropped due to no socket",
                "\t\t480 delivered",
                "\t480 datagrams output",
                "ip:",
                "\t1200 total packets received",
                "\t\t1 bad header checksum",
                "\t\t4 fragments received",
                "\t\t\t2 reassembled ok",
                "\t\t1150 packets for this host",
                "\t1100 packets sent from this host",
                "icmp:",
                "\t3 calls to icmp_error",
                "\t1 bad checksum",
                "mptcp:",
                "ip6:",
                "\t300 total packets received",
                "\t\t290 packets for this host",
                // printf, not p(): printed by -ss too
                "\tMbuf statistics:",
                "\t\t0 one mbuf",
                "\t\t0 one ext mbuf",
                "\t\t0 two or more ext mbuf"), lines.subList(0, 30));
        // PRINT_SCOPESTAT: a block's header always, the unnamed scopes always, the named ones (1 2 5 14) by p()
        assertEquals(List.of("\t\tsource addresses on an outgoing I/F", "\t\t\t0 addresses scope=0",
                "\t\t\t0 addresses scope=3"), lines.subList(30, 33));
        assertFalse(lines.contains("\t\t\t0 link-local"));
        int icmp6 = lines.indexOf("icmp6:");
        assertEquals(List.of("icmp6:", "\t2 calls to icmp_error", "\tHistogram of error messages to be generated:",
                "\t\t0 no route"), lines.subList(icmp6, icmp6 + 4));
        assertEquals("\t\t0 unknown", lines.get(lines.size() - 1));
    }

    @Test
    void oneProtocolOfACapture() throws Exception {
        CommandRun r = replay("-s", "-p", "tcp");
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(List.of("tcp:", "\t1000 packets sent", "\t\t0 data packet (0 byte)",
                "\t\t9 data packets (0 byte) retransmitted"), lines.subList(0, 4));
        assertEquals(1, lines.stream().filter(l -> !l.startsWith("\t")).count(), "only the tcp section");
        assertFalse(lines.contains("\t0 FIN_WAIT timeout drop"), "644 has no FIN_WAIT line (705 added it)");
        assertEquals("\t0 timer drift greater than to 1000 ms", lines.get(lines.size() - 1));
    }

    @Test
    void inet6OnlyPrintsTcpAndUdpThenTheInet6ProtocolsThenMptcp() throws Exception {
        CommandRun r = replay("-f", "inet6", "-s");
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of("tcp:", "udp:", "ip6:", "icmp6:", "mptcp:"),
                r.out().lines().filter(l -> !l.startsWith("\t")).toList());
    }

    @Test
    void aProtocolNoBackendCounts() throws Exception {
        CommandRun r = replay("-s", "-p", "igmp");
        assertEquals(1, r.status());
        assertEquals("", r.out());
        assertEquals("netstatx: Apple netstat -s -p igmp is not available in netstatx yet: no backend reports igmp "
                + "statistics", r.err().strip());
    }

    @Test
    void linuxGroupsUnderTheirOwnNames() throws Exception {
        HostInfo linux = new HostInfo("box", OsFamily.LINUX, "Debian GNU/Linux 12", "6.1.0", "x86_64");
        List<StatisticsGroup> groups = List.of(
                new StatisticsGroup("Ip", AddressFamily.IPV4, List.of(new StatisticsCounter("InReceives", 70L))),
                new StatisticsGroup("Tcp", null, List.of(new StatisticsCounter("ActiveOpens", 5L),
                        new StatisticsCounter("AttemptFails", 0L))),
                new StatisticsGroup("Ip6", AddressFamily.IPV6, List.of(new StatisticsCounter("Ip6InReceives", 9L))),
                new StatisticsGroup("TcpExt", null, List.of(new StatisticsCounter("SyncookiesSent", 0L))));
        AppleRun apple = new AppleRun(new FakeBackend(linux, List.of(), List.of()).withStatistics(groups));
        CommandRun all = apple.run("-s");
        assertEquals("", all.err());
        assertEquals(List.of("Tcp:", "\t5 ActiveOpens", "\t0 AttemptFails", "TcpExt:", "\t0 SyncookiesSent", "Ip:",
                "\t70 InReceives", "Ip6:", "\t9 Ip6InReceives"), all.out().lines().toList(),
                "in Apple's protocol order, nothing invented");
        assertEquals(List.of("Tcp:", "\t5 ActiveOpens", "TcpExt:"), apple.run("-ss", "-p", "tcp").out().lines().toList());
        assertEquals(List.of("Ip:", "\t70 InReceives"), apple.run("-f", "inet", "-s", "-p", "ip").out().lines().toList());
    }
}
