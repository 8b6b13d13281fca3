package io.github.netstatx.cli.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NetToolsInterfaceOrderTest {

    /** The expectations of net-tools' own NSTRCMP_TEST (lib/nstrcmp.c), as signs. */
    @Test
    void comparesAsNetToolsOwnTestSays() {
        String[][] cases = {
            {"eth1", "eth1", "0"}, {"eth0:1", "eth0:1", "0"}, {"lan", "lan", "0"}, {"100", "100", "0"},
            {"", "", "0"}, {":", ":", "0"}, {"a:b:c", "a:b:c", "0"}, {"a:", "a:", "0"}, {":a", ":a", "0"},
            {"a", "aa", "-1"}, {"eth0", "eth1", "-1"}, {"eth1", "eth20", "-1"}, {"eth20", "eth100", "-1"},
            {"eth1", "eth13", "-1"}, {"eth", "eth2", "-1"}, {"eth0:1", "eth0:2", "-1"}, {"eth1:10", "eth13:10", "-1"},
            {"eth1:1", "eth1:13", "-1"}, {"a", "a:", "-1"},
            {"aa", "a", "1"}, {"eth2", "eth1", "1"}, {"eth13", "eth1", "1"}, {"eth2", "eth", "1"},
            {"eth2:10", "eth2:1", "1"}, {"eth2:5", "eth2:4", "1"}, {"eth3:2", "eth2:3", "1"}, {"eth13:1", "eth1:0", "1"},
            {"a:", "a", "1"}, {"a1b12", "a1b2", "1"},
            {"eth1", "eth01", "1"}, {"eth01", "eth1", "-1"}, {"eth1:1", "eth01:1", "1"}, {"eth01:1", "eth1:1", "-1"},
            {"eth1:1", "eth01:01", "1"}, {"eth1:01", "eth01:1", "1"}, {"eth01:1", "eth1:01", "-1"},
            {"eth01:01", "eth1:1", "-1"}};
        for (String[] c : cases) {
            assertEquals(Integer.parseInt(c[2]), Integer.signum(NetToolsInterfaceOrder.nstrcmp(c[0], c[1])),
                    c[0] + " vs " + c[1]);
        }
    }

    @Test
    void insertionOrderMatchesWhatNetstatPrinted() {
        // /proc/net/dev order, then SIOCGIFCONF labels; netstat -ia printed v0, v0:1, v1 and put v0:peer last
        assertEquals(List.of("brlongname12345", "ifb9", "lo", "t0", "v0", "v0:1", "v1", "v0:peer"),
                NetToolsInterfaceOrder.insertAll(List.of("lo", "v1", "v0", "t0", "brlongname12345", "ifb9", "lo",
                        "v1", "v0", "v0:1", "v0:peer", "v0", "t0")));
        assertEquals(List.of("eth2", "eth10", "eth10:2", "eth10:10"),
                NetToolsInterfaceOrder.insertAll(List.of("eth10", "eth2", "eth10:10", "eth10:2")));
    }
}
