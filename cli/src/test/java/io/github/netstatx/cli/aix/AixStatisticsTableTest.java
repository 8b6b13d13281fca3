package io.github.netstatx.cli.aix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.StatisticsCounter;
import io.github.netstatx.core.model.StatisticsGroup;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Other platforms' counters in AIX's {@code netstat -s} layout. Expected lines worked out by hand: a
 * MIB-named counter takes its AIX line (unless that line has a second number the data lacks, as
 * {@code RetransSegs} in "N data packets (N bytes) retransmitted"), the rest follow as {@code N name}.
 */
class AixStatisticsTableTest {

    private static final List<StatisticsGroup> LINUX_SHAPED = List.of(
            new StatisticsGroup("Ip", null, List.of(new StatisticsCounter("Forwarding", 1),
                    new StatisticsCounter("InReceives", 5000), new StatisticsCounter("OutRequests", 4000))),
            new StatisticsGroup("Icmp", null, List.of(new StatisticsCounter("InEchos", 0),
                    new StatisticsCounter("OutEchoReps", 3))),
            new StatisticsGroup("Tcp", null, List.of(new StatisticsCounter("ActiveOpens", 12),
                    new StatisticsCounter("PassiveOpens", 0), new StatisticsCounter("InSegs", 900),
                    new StatisticsCounter("CurrEstab", 2), new StatisticsCounter("RetransSegs", 7))),
            new StatisticsGroup("TcpExt", null, List.of(new StatisticsCounter("SyncookiesSent", 0),
                    new StatisticsCounter("TW\u001b[2J", 4))));

    @Test
    void linuxShapedCountersInAixOrder() {
        assertEquals(List.of(
                "icmp:",
                "\tOutput histogram:",
                "\t\techo reply: 3",
                "tcp:",
                "\t900 packets received",
                "\t12 connection requests",
                "\t0 connection accepts",
                "\t2 CurrEstab",
                "\t7 RetransSegs",
                "ip:",
                "\t5000 total packets received",
                "\t4000 packets sent from this host",
                "\t1 Forwarding",
                "TcpExt:",
                "\t0 SyncookiesSent",
                "\t4 TW.[2J"), new AixStatisticsTable(false).render(LINUX_SHAPED, null, null));
    }

    @Test
    void nonZeroOnlyAndOneProtocol() {
        assertEquals(List.of("tcp:", "\t900 packets received", "\t12 connection requests", "\t2 CurrEstab",
                "\t7 RetransSegs"), new AixStatisticsTable(true).render(LINUX_SHAPED, "tcp", null));
        assertEquals(List.of(), new AixStatisticsTable(false).render(LINUX_SHAPED, "ipv6", null));
    }
}
