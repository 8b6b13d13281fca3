package io.github.netstatx.backend.aix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import io.github.netstatx.core.model.UnixSocketType;
import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@code netstat -Aan} of an AIX 7.3 host (gopsutil's recording; provenance in aix/PROVENANCE.md). */
class NetstatAanParserTest {

    private static final String REAL = RecordedCommandRunner.sample("netstat-Aan.gopsutil.txt");

    @Test
    void everyRowOfBothSectionsIsRead() {
        ParsedOutput<SocketEntry> p = NetstatAanParser.parse(REAL);
        assertEquals(List.of(), p.diagnostics());
        assertEquals(15, p.items().size());
        assertEquals(8, p.items().stream().filter(e -> e.protocol() == Protocol.TCP).count());
        assertEquals(3, p.items().stream().filter(e -> e.protocol() == Protocol.UDP).count());
        assertEquals(4, p.items().stream().filter(e -> e.protocol() == Protocol.UNIX).count());
    }

    @Test
    void plainTcpAndUdpAreSocketsOfBothFamilies() throws Exception {
        List<SocketEntry> rows = NetstatAanParser.parse(REAL).items();
        SocketEntry closed = rows.get(0);
        assertEquals("f1000f00055bcbc0", closed.pcbAddress());
        assertEquals(AddressFamily.IPV6, closed.family());
        assertTrue(closed.dualStack());
        assertEquals(TcpState.BOUND, closed.state());
        assertEquals("CLOSED", closed.platformState());
        SocketEntry v4closed = rows.get(1);
        assertEquals(AddressFamily.IPV4, v4closed.family());
        assertFalse(v4closed.dualStack());
        SocketEntry rpcbind = rows.get(8);
        assertEquals(Protocol.UDP, rpcbind.protocol());
        assertTrue(rpcbind.dualStack());
        assertEquals(111, rpcbind.local().port());
        assertTrue(rpcbind.local().isUnspecifiedAddress());
        SocketEntry ssh = rows.get(5);
        assertEquals(InetAddress.getByName("192.168.242.122"), ssh.local().address());
        assertEquals(InetAddress.getByName("24.236.207.124"), ssh.remote().address());
        assertEquals(33236, ssh.remote().port());
        assertEquals(TcpState.ESTABLISHED, ssh.state());
        assertEquals(InetAddress.getByName("::1"), rows.get(6).local().address());
    }

    @Test
    void unixRowsCarryTheirTwoAddressesAndPath() {
        List<SocketEntry> unix = NetstatAanParser.parse(REAL).items().stream()
                .filter(e -> e.protocol() == Protocol.UNIX).toList();
        SocketEntry unbound = unix.get(0);
        assertEquals(AddressFamily.UNIX, unbound.family());
        assertEquals(UnixSocketType.DGRAM, unbound.unix().type());
        assertEquals("f1000f0000144808", unbound.bsd().socketAddress());
        assertEquals("f1000f0000145580", unbound.pcbAddress());
        assertEquals("0", unbound.bsd().vnodeAddress());
        assertEquals("f1000f00055a1b00", unbound.bsd().peerAddress());
        assertEquals("0", unbound.bsd().refsAddress());
        assertEquals("0", unbound.bsd().nextRefAddress());
        assertNull(unbound.unix().path());
        assertNull(unbound.unix().state());
        assertEquals(0L, unbound.recvQueue());
        SocketEntry src = unix.get(1);
        assertEquals("/dev/SRC", src.unix().path().name());
        assertEquals("f1000b02a0354c20", src.bsd().vnodeAddress());
        assertEquals("f1000f000557b280", src.pcbAddress());
        SocketEntry rmc = unix.get(2);
        assertEquals(UnixSocketType.STREAM, rmc.unix().type());
        assertEquals("/var/ct/IW/soc/mc/RMIBM.DRM.0", rmc.unix().path().name());
    }

    @Test
    void aRowWithoutItsPcbLineIsKeptAndReported() {
        String text = "Active UNIX domain sockets\n"
                + "SADR/PCB         Type   Recv-Q Send-Q      Inode            Conn             Refs           "
                + "Nextref      Addr\n"
                + unixRow("f1000f0000144808", "seqpac", "0", "0", " /tmp/a b")
                + unixRow("f1000f000015c808", "stream", "0", "f1000f0000177580", "")
                + "f1000f0000177880\n";
        ParsedOutput<SocketEntry> p = NetstatAanParser.parse(text);
        assertEquals(2, p.items().size());
        assertEquals(UnixSocketType.SEQPACKET, p.items().get(0).unix().type());
        assertEquals("/tmp/a b", p.items().get(0).unix().path().name(), "a path keeps its spaces");
        assertNull(p.items().get(0).pcbAddress());
        assertEquals("f1000f0000177880", p.items().get(1).pcbAddress());
        assertEquals(1, p.diagnostics().size());
        assertTrue(p.diagnostics().get(0).message().contains("f1000f0000144808"), p.diagnostics().toString());
    }

    @Test
    void anUnexpectedLineInTheUnixSectionIsADiagnosticNotARow() {
        String text = "Active UNIX domain sockets\n"
                + unixRow("f1000f000010a408", "dgram", "f1000b02a0354c20", "0", " /dev/SRC")
                + "f1000f000557b280\n"
                + "netstat: kmem read failed\n"
                + "zzzz\n";
        ParsedOutput<SocketEntry> p = NetstatAanParser.parse(text);
        assertEquals(1, p.items().size());
        assertEquals(2, p.diagnostics().size());
        assertTrue(p.diagnostics().stream().allMatch(d -> d.code() == Diagnostic.Code.MALFORMED_LINES));
        assertTrue(p.diagnostics().get(0).message().contains("kmem read failed"));
    }

    @Test
    void theOlderNarrowLayoutIsReadAndItsCutAddressesAreReported() {
        String older = RecordedCommandRunner.sample("netstat-Aan.groovy-aix.txt");
        ParsedOutput<SocketEntry> p = NetstatAanParser.parse(older);
        assertEquals(40, p.items().stream().filter(e -> e.protocol() == Protocol.TCP).count());
        assertEquals(12, p.items().stream().filter(e -> e.protocol() == Protocol.UDP).count());
        assertEquals(5, p.items().stream().filter(e -> e.protocol() == Protocol.UNIX).count());
        // 14 rows hold an address of exactly 18 characters in 18-character columns: netstat may have cut
        // their ports (192.168.9.230.3277 is port 3277 as printed, 3277x on the host); each is named.
        assertEquals(14, p.diagnostics().size(), p.diagnostics().toString());
        assertTrue(p.diagnostics().stream().allMatch(d -> d.code() == Diagnostic.Code.OTHER
                && d.message().contains("18-character column")));
        assertTrue(p.diagnostics().get(0).message().contains("192.168.9.230.3277 192.168.9.230.702"));
        SocketEntry log = p.items().stream().filter(e -> e.protocol() == Protocol.UNIX).toList().get(1);
        assertEquals("/dev/log", log.unix().path().name());
        assertEquals("f100020001219580", log.bsd().refsAddress());
        assertEquals("f100020001219180", log.pcbAddress());
        // The wide layout of AIX 7.3 has room for every IPv4 endpoint: nothing is reported there.
        assertFalse(NetstatAanParser.mayBeCut(
                "f1000f000561c3c0 tcp4       0      0  192.168.242.122.34898 34.120.255.184.443    ESTABLISHED"));
    }

    /** A UNIX row in AIX's columns (empty queues, no Refs/Nextref), with its newline. */
    private static String unixRow(String sadr, String type, String vnode, String conn, String path) {
        return String.format(Locale.ROOT, "%16s %-6s %6d %6d %16s %16s %16s %16s%s\n", sadr, type, 0, 0, vnode, conn,
                "0", "0", path);
    }
}
