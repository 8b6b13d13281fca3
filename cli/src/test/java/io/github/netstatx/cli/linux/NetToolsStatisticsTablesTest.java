package io.github.netstatx.cli.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.netstatx.cli.linux.NetToolsStatisticsTables.Entry;
import io.github.netstatx.cli.linux.NetToolsStatisticsTables.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetToolsStatisticsTablesTest {

    private static List<String> missed(Table t) {
        return t.entries().stream().map(Entry::name).filter(n -> NetToolsStatisticsTables.find(t, n) == null)
                .toList();
    }

    /**
     * glibc's bsearch over 2.10's mis-sorted tables misses exactly these names (they print as
     * "Name: value"; ../shared/reference/linux.md A.16 lists them, and netstat -s printed "Forwarding: 2",
     * "TCPTimeouts: ..." accordingly).
     */
    @Test
    void theMisSortedTablesMissTheEntriesNetToolsMisses() {
        assertEquals(List.of("Forwarding"), missed(NetToolsStatisticsTables.IP));
        assertEquals(List.of("TCPDirectCopyFromPrequeue", "TCPDSACKOfoRecv", "TCPDSACKOfoSent", "TCPDSACKOldSent",
                "TCPDSACKRecv", "TCPDSackUndo", "TCPDSACKUndo", "TCPLoss", "TCPPrequeueDropped",
                "TCPRenoRecoveryFailed", "TCPRenoRecoveryFail", "TCPSackFailures", "TCPSackRecoveryFail",
                "TCPSackRecovery", "TCPSACKReneging", "TCPTimeouts", "TWKilled"),
                missed(NetToolsStatisticsTables.TCP_EXT));
        for (Table t : List.of(NetToolsStatisticsTables.ICMP, NetToolsStatisticsTables.ICMP6,
                NetToolsStatisticsTables.TCP, NetToolsStatisticsTables.UDP, NetToolsStatisticsTables.UDP6,
                NetToolsStatisticsTables.IP6, NetToolsStatisticsTables.SCTP)) {
            assertEquals(List.of(), missed(t), t.title());
        }
    }

    @Test
    void keysThatDifferFromTheKernelsNeverMatch() {
        assertNull(NetToolsStatisticsTables.find(NetToolsStatisticsTables.ICMP6, "Icmp6OutRouterAdvertisements"));
        assertNull(NetToolsStatisticsTables.find(NetToolsStatisticsTables.TCP_EXT, "TCPLostRetransmit"));
        assertNotNull(NetToolsStatisticsTables.find(NetToolsStatisticsTables.TCP_EXT, "TW"));
    }
}
