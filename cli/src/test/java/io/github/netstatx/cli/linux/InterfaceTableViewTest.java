package io.github.netstatx.cli.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.netstatx.cli.OutputSink;
import io.github.netstatx.core.model.InterfaceAddress;
import io.github.netstatx.core.model.InterfaceCounters;
import io.github.netstatx.core.model.InterfaceFlag;
import io.github.netstatx.core.model.LinkType;
import io.github.netstatx.core.model.NetInterface;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Cases the captured namespace does not have, built from net-tools 2.10's lib/interface.c and lib/hw.c. */
class InterfaceTableViewTest {

    private static final InterfaceCounters COUNTERS = new InterfaceCounters(1536L, 3L, 0L, 0L, 0L, 0L, 0L, 0L,
            null, null, null, 5L * 1024 * 1024 * 1024 + 1, 7L, 0L, 0L, 0L, 0L, 0L, 0L, null, null);

    private static NetInterface iface(String name, Set<InterfaceFlag> flags, LinkType type, String mac,
            List<InterfaceAddress> addresses) {
        return new NetInterface(name, 9, null, 1480, null, flags, null, mac, null, 100L, addresses, COUNTERS, type);
    }

    private static String render(List<NetInterface> list, boolean extended) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        OutputSink out = new OutputSink(b);
        new InterfaceTableView().render(list, new InterfaceTableView.Options(true, extended, null), out);
        out.flush();
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void noFlagsAtAllPrintAsNetToolsPrintsThem() throws IOException {
        NetInterface bare = iface("sit0", Set.of(), LinkType.SIT, null, List.of());
        // the short table writes [NO FLAGS]; the long form's "flags=0<>" loses its '>' to net-tools' trimming
        assertEquals(InterfaceTableView.HEADER + "\n"
                + "sit0             1480        3      0      0 0             7      0      0      0 [NO FLAGS]\n",
                render(List.of(bare), false));
        String block = render(List.of(bare), true);
        assertEquals("sit0: flags=0<  mtu 1480", block.lines().findFirst().orElseThrow());
        assertEquals("        sit  txqueuelen 100  (IPv6-in-IPv4)", block.lines().skip(1).findFirst().orElseThrow());
    }

    @Test
    void dynamicMakesTheShortFlagWordNegative() throws IOException {
        String block = render(List.of(iface("ppp0", Set.of(InterfaceFlag.UP, InterfaceFlag.POINT_TO_POINT,
                InterfaceFlag.DYNAMIC), LinkType.PPP, null, List.of())), true);
        assertEquals("ppp0: flags=-32751<UP,POINTOPOINT,DYNAMIC>  mtu 1480", block.lines().findFirst().orElseThrow());
        assertEquals("        ppp  txqueuelen 100  (Point-to-Point Protocol)", block.lines().skip(1).findFirst()
                .orElseThrow());
    }

    @Test
    void hardwareLinesOfTunnelsAndUnknownTypes() throws IOException {
        String tunnel = render(List.of(iface("tunl0", Set.of(InterfaceFlag.NO_ARP), LinkType.IPIP_TUNNEL, null,
                List.of())), true);
        assertEquals("        tunnel   txqueuelen 100  (IPIP Tunnel)", tunnel.lines().skip(1).findFirst().orElseThrow());
        String gre = render(List.of(iface("gre1", Set.of(InterfaceFlag.NO_ARP), LinkType.OTHER, "0a:00:00:01",
                List.of())), true);
        assertEquals("        unspec 0A-00-00-01-00-00-00-00-00-00-00-00-00-00-00-00  txqueuelen 100  (UNSPEC)",
                gre.lines().skip(1).findFirst().orElseThrow());
    }

    @Test
    void byteCountsUseTruncatedBinaryUnits() throws IOException {
        String block = render(List.of(iface("eth0", Set.of(InterfaceFlag.UP), LinkType.ETHERNET,
                "02:00:00:00:00:01", List.of())), true);
        assertEquals("        RX packets 3  bytes 1536 (1.5 KiB)", block.lines().skip(2).findFirst().orElseThrow());
        assertEquals("        TX packets 7  bytes 5368709121 (5.0 GiB)", block.lines().skip(4).findFirst()
                .orElseThrow());
        assertEquals("1024.0 B", InterfaceTableView.byteUnits(1024L));
        assertEquals("1.0 KiB", InterfaceTableView.byteUnits(1025L));
        // 2^64-1 divided by 2^60/10 (rounded down to 115292150460684697) is 160: "16.0 EiB"
        assertEquals("16.0 EiB", InterfaceTableView.byteUnits(-1L));
    }

    @Test
    void pointToPointWithoutPeerShowsItsOwnAddressAsDestination() throws Exception {
        InterfaceAddress a = new InterfaceAddress(InetAddress.getByName("10.8.0.1"), 24, null, null, null);
        String block = render(List.of(iface("tun0", Set.of(InterfaceFlag.UP, InterfaceFlag.POINT_TO_POINT),
                LinkType.OTHER, null, List.of(a))), true);
        assertEquals("        inet 10.8.0.1  netmask 255.255.255.0  destination 10.8.0.1",
                block.lines().skip(1).findFirst().orElseThrow());
    }

    @Test
    void anAbsentInterfaceNameIsReported() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        assertFalse(new InterfaceTableView().render(List.of(), new InterfaceTableView.Options(false, false, "eth9"),
                new OutputSink(b)));
    }
}
