package io.github.netstatx.backend.aix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.InterfaceAddress;
import io.github.netstatx.core.model.NetInterface;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Route;
import io.github.netstatx.core.model.RouteFlag;
import io.github.netstatx.core.model.Severity;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import java.net.InetAddress;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every parser on the real AIX outputs in {@code aix/samples} (provenance in {@code aix/PROVENANCE.md}). */
class AixParsersTest {

    @Test
    void routesFromTheGccFarmHost() throws Exception {
        ParsedOutput<Route> p = NetstatRnParser.parse(RecordedCommandRunner.sample("netstat-rnf-inet.oshi.txt"));
        assertEquals(List.of(), p.diagnostics());
        assertEquals(6, p.items().size());
        Route def = p.items().get(0);
        assertEquals(AddressFamily.IPV4, def.family());
        assertEquals(0, def.prefixLength());
        assertEquals(InetAddress.getByName("140.211.9.1"), def.gateway());
        assertEquals(EnumSet.of(RouteFlag.UP, RouteFlag.GATEWAY), def.flags());
        assertEquals(124L, def.refCount());
        assertEquals(27595284L, def.use());
        assertEquals("en1", def.interfaceName());
        Route bcast = p.items().get(1);
        assertEquals(32, bcast.prefixLength());
        assertEquals(EnumSet.of(RouteFlag.UP, RouteFlag.HOST, RouteFlag.STATIC, RouteFlag.BROADCAST,
                RouteFlag.DUPLICATE_KEY), bcast.flags());
        Route abbreviated = p.items().get(2);
        assertEquals(InetAddress.getByName("10.1.0.0"), abbreviated.destination());
        assertEquals(23, abbreviated.prefixLength());
        Route loopNet = p.items().get(4);
        assertEquals(InetAddress.getByName("127.0.0.0"), loopNet.destination());
        assertEquals(8, loopNet.prefixLength());
    }

    @Test
    void ipv6RouteWithZone() {
        ParsedOutput<Route> p = NetstatRnParser.parse(RecordedCommandRunner.sample("netstat-rnf-inet6.oshi.txt"));
        assertEquals(List.of(), p.diagnostics());
        Route r = p.items().get(0);
        assertEquals(AddressFamily.IPV6, r.family());
        assertEquals(128, r.prefixLength());
        assertEquals("::1%1", "::1%" + ((java.net.Inet6Address) r.gateway()).getScopeId());
        assertEquals(EnumSet.of(RouteFlag.UP, RouteFlag.HOST), r.flags());
    }

    @Test
    void nonRootRoutesKeepEveryRowAndNoteTheZFlagOnce() {
        ParsedOutput<Route> p = NetstatRnParser.parse(RecordedCommandRunner.sample("netstat-rn.ohai.txt"));
        assertEquals(7, p.items().size());
        assertEquals(6, p.items().stream().filter(r -> r.family() == AddressFamily.IPV4).count());
        assertEquals(AddressFamily.IPV6, p.items().get(6).family());
        assertEquals(1, p.diagnostics().size());
        assertEquals(Severity.INFO, p.diagnostics().get(0).severity());
        ParsedOutput<Route> noTitle = NetstatRnParser.parse(RecordedCommandRunner.sample("netstat-nrf-inet.ohai.txt"));
        assertEquals(List.of(), noTitle.diagnostics());
        assertEquals(4, noTitle.items().size());
        assertEquals(18, noTitle.items().get(2).prefixLength());
    }

    @Test
    void unexpectedRouteLinesAreDiagnosticsNotDroppedRows() {
        ParsedOutput<Route> p = NetstatRnParser.parse("Routing tables\n"
                + "default            140.211.9.1       UGX     124  27595284 en1      -      -   \n"
                + "somehost           140.211.9.1       UG        1         1 en1      -      -   \n");
        assertEquals(0, p.items().size());
        assertEquals(2, p.diagnostics().size());
        assertTrue(p.diagnostics().get(1).message().contains("somehost"), p.diagnostics().toString());
    }

    @Test
    void socketRowsOfEveryQuotedLevel() throws Exception {
        String text = RecordedCommandRunner.sample("netstat-Aan-and-rmsock.examples.txt");
        ParsedOutput<SocketEntry> p = NetstatAanParser.parse(text);
        // Five netstat rows; every other line of the notes file (comments, rmsock replies) is reported.
        assertEquals(5, p.items().size());
        long notRows = text.lines().filter(l -> !l.isBlank() && !l.startsWith("f1")).count();
        assertEquals(notRows, p.diagnostics().size());
        SocketEntry fin = p.items().get(0);
        assertEquals("f1000e000258d3b8", fin.pcbAddress());
        assertEquals(TcpState.FIN_WAIT_1, fin.state());
        assertEquals(InetAddress.getByName("192.168.1.114"), fin.local().address());
        assertEquals(58420, fin.local().port());
        assertEquals(23, fin.remote().port());
        SocketEntry listener = p.items().get(4);
        assertEquals(TcpState.LISTEN, listener.state());
        assertEquals("LISTEN", listener.platformState());
        assertTrue(listener.local().isUnspecifiedAddress());
        assertEquals(1334, listener.local().port());
        assertTrue(listener.listening());
        assertEquals(0L, listener.recvQueue());
    }

    @Test
    void socketRowVariants() throws Exception {
        ParsedOutput<SocketEntry> p = NetstatAanParser.parse(
                "udp4       0      0  *.514                 *.*\n"
                        + "tcp6       0      0  ::1.22                ::1.40001             ESTABLISHED\n"
                        + "tcp46      0      0  *.22                  *.*                   LISTEN\n"
                        + "tcp4       0      0  127.0.0.1.22          127.0.0.1.40002       CLOSED\n"
                        + "tcp4       0      0  host.example.22       *.*                   LISTEN\n");
        assertEquals(4, p.items().size());
        assertEquals(Protocol.UDP, p.items().get(0).protocol());
        assertNull(p.items().get(0).state());
        assertEquals(AddressFamily.IPV6, p.items().get(1).family());
        assertEquals(InetAddress.getByName("::1"), p.items().get(1).local().address());
        assertTrue(p.items().get(2).dualStack());
        assertEquals(TcpState.BOUND, p.items().get(3).state());
        assertEquals(1, p.diagnostics().size());
        assertEquals(Diagnostic.Code.MALFORMED_LINES, p.diagnostics().get(0).code());
    }

    @Test
    void interfacesFromCpythonsAixFixture() {
        NetstatInParser.Result r = NetstatInParser.parse(RecordedCommandRunner.sample("netstat-ian.cpython.txt"));
        assertEquals(1, r.interfaces().size());
        NetInterface en0 = r.interfaces().get(0);
        assertEquals("en0", en0.name());
        assertEquals(2, en0.index());
        assertEquals(1500, en0.mtu());
        assertEquals("fe:ad:0c:01:23:04", en0.hardwareAddress());
        assertEquals(1714807956L, en0.counters().rxPackets());
        assertEquals(711348489L, en0.counters().txPackets());
        // The two address rows carry a host name: never looked up, each reported with the membership under it.
        assertEquals(List.of(), en0.addresses());
        assertEquals(4, r.diagnostics().stream().filter(d -> d.code() == Diagnostic.Code.MALFORMED_LINES).count());
        assertEquals(1, r.diagnostics().stream().filter(d -> d.code() == Diagnostic.Code.OTHER).count());
    }

    @Test
    void numericInterfaceRowsDeriveTheirPrefix() throws Exception {
        NetstatInParser.Result r = NetstatInParser.parse(
                "Name  Mtu   Network     Address           Ipkts Ierrs    Opkts Oerrs  Coll\n"
                        + "en0   1500  172.29.128  172.29.174.58     100     0      50     0     0\n"
                        + "                        224.0.0.1\n"
                        + "lo0   16896 127         127.0.0.1         7     0       7     0     0\n"
                        + "lo0   16896 ::1%1       ::1%1             7     0       7     0     0\n");
        assertEquals(List.of(), r.diagnostics());
        InterfaceAddress a = r.interfaces().get(0).addresses().get(0);
        assertEquals(18, a.prefixLength());
        assertEquals(8, r.interfaces().get(1).addresses().get(0).prefixLength());
        assertNull(r.interfaces().get(1).addresses().get(1).prefixLength());
        assertEquals(InetAddress.getByName("224.0.0.1"), r.groups().get(0).group());
    }

    @Test
    void rmsockRepliesInIbmsSpelling() {
        String text = RecordedCommandRunner.sample("netstat-Aan-and-rmsock.examples.txt");
        List<String> replies = text.lines().filter(l -> l.contains("is being held") || l.contains("is removed"))
                .map(l -> l.startsWith("#") ? l.substring(1) : l).toList();
        assertEquals(8, replies.size());
        assertEquals(new RmsockReplyParser.Removed(), RmsockReplyParser.parse(replies.get(0)).orElseThrow());
        assertEquals(new RmsockReplyParser.HeldByProcess(4325554, "javaw"),
                RmsockReplyParser.parse(replies.get(1)).orElseThrow());
        assertEquals(new RmsockReplyParser.HeldByProcess(15854120, "perl"),
                RmsockReplyParser.parse(replies.get(5)).orElseThrow());
        assertEquals(new RmsockReplyParser.HeldByProcess(3211434, "writesrv"),
                RmsockReplyParser.parse(replies.get(6)).orElseThrow());
        assertEquals(new RmsockReplyParser.HeldByKernel(), RmsockReplyParser.parse(replies.get(7)).orElseThrow());
        assertTrue(RmsockReplyParser.parse("rmsock: Unable to read kernel memory").isEmpty());
    }

    @Test
    void lsofFieldOutput() throws Exception {
        LsofFieldParser.Result r = LsofFieldParser.parse(RecordedCommandRunner.sample("lsof-F-pcPtn.debian.txt"));
        assertEquals(0, r.unreadable());
        assertEquals(4, r.sockets().size());
        LsofFieldParser.LsofSocket listener = r.sockets().get(0);
        assertEquals(23138, listener.pid());
        assertEquals("python3", listener.command());
        assertNull(listener.remote());
        assertEquals(52456, r.sockets().get(1).local().port());
        assertEquals(55773, r.sockets().get(1).remote().port());
        assertEquals(Protocol.UDP, r.sockets().get(3).protocol());
        assertEquals(InetAddress.getByName("::1"), r.sockets().get(3).local().address());
    }
}
