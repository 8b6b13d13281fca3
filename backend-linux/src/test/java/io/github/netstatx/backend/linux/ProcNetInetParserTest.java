package io.github.netstatx.backend.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import io.github.netstatx.core.model.TimerKind;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The inet socket tables: the captured scenario (sockets opened by tools/socket-set.py) and the
 * hand-made edge cases.
 */
class ProcNetInetParserTest {

    private static final String LONG_V6 = "2001:db8:1234:5678:9abc:def0:1234:5678";

    private static SocketEntry only(List<SocketEntry> entries, Predicate<SocketEntry> p, String what) {
        List<SocketEntry> found = entries.stream().filter(p).toList();
        assertEquals(1, found.size(), what + " in " + entries);
        return found.get(0);
    }

    private static InetAddress literal(String s) throws Exception {
        return InetAddress.getByName(s);   // a literal: no lookup
    }

    @Test
    void everyCapturedLineIsReadAndNoneIsMalformed() {
        for (ProcNetTable t : ProcNetTable.values()) {
            byte[] data = Fixtures.read(Fixtures.NETNS, t.path);
            long lines = new String(data, StandardCharsets.ISO_8859_1).lines().count() - 1;
            ParsedTable parsed = Fixtures.table(Fixtures.NETNS, t);
            assertEquals(0, parsed.malformed(), t.path);
            assertEquals(lines, parsed.entries().size(), t.path);
            parsed.entries().forEach(e -> {
                assertEquals(t.protocol, e.protocol());
                assertEquals(t.family, e.family());
            });
        }
    }

    @Test
    void listenersOfBothFamiliesIncludingTheLongIpv6Address() throws Exception {
        List<SocketEntry> tcp = Fixtures.table(Fixtures.NETNS, ProcNetTable.TCP).entries();
        SocketEntry ssh = only(tcp, e -> e.local().port() == 22 && e.state() == TcpState.LISTEN, "0.0.0.0:22");
        assertEquals(literal("0.0.0.0"), ssh.local().address());
        assertEquals(literal("0.0.0.0"), ssh.remote().address());
        assertEquals(0, ssh.remote().port());
        assertEquals("LISTEN", ssh.platformState());
        assertEquals(0x0A, ssh.stateCode());
        assertEquals(0L, ssh.uid());
        assertTrue(ssh.inode() > 0);

        SocketEntry nobody = only(tcp, e -> e.local().port() == 7070, "nobody's listener");
        assertEquals(literal("127.0.0.1"), nobody.local().address());
        assertEquals(65534L, nobody.uid());

        List<SocketEntry> tcp6 = Fixtures.table(Fixtures.NETNS, ProcNetTable.TCP6).entries();
        SocketEntry https = only(tcp6, e -> e.local().port() == 443 && e.state() == TcpState.LISTEN, "[long]:443");
        assertEquals(literal(LONG_V6), https.local().address());
        assertEquals(literal("::"), https.remote().address());
        SocketEntry alt = only(tcp6, e -> e.local().port() == 8080 && e.state() == TcpState.LISTEN, "[::1]:8080");
        assertEquals(literal("::1"), alt.local().address());
    }

    @Test
    void dualStackConnectionsInTcp6CarryIpv4MappedAddressesAsIpv4() throws Exception {
        List<SocketEntry> tcp6 = Fixtures.table(Fixtures.NETNS, ProcNetTable.TCP6).entries();
        SocketEntry mapped = only(tcp6, e -> e.local().port() == 5556 && e.state() == TcpState.ESTABLISHED,
                "accepted side of the dual-stack listener");
        assertEquals(AddressFamily.IPV6, mapped.family());
        assertInstanceOf(Inet4Address.class, mapped.local().address());
        assertEquals(literal("127.0.0.1"), mapped.local().address());
        assertEquals(literal("127.0.0.1"), mapped.remote().address());
        SocketEntry listener = only(tcp6, e -> e.local().port() == 5556 && e.state() == TcpState.LISTEN, "dual");
        assertEquals(literal("::"), listener.local().address());
    }

    @Test
    void queuesTimeWaitAndTimersAsTheKernelPrintedThem() {
        List<SocketEntry> tcp = Fixtures.table(Fixtures.NETNS, ProcNetTable.TCP).entries();
        SocketEntry unread = only(tcp, e -> e.local().port() == 5555 && e.state() == TcpState.ESTABLISHED,
                "accepted side holding 100 unread bytes");
        assertEquals(100L, unread.recvQueue());
        assertEquals(0L, unread.sendQueue());

        SocketEntry keepalive = only(tcp, e -> e.remote().port() == 5555 && e.state() == TcpState.ESTABLISHED,
                "client with SO_KEEPALIVE");
        assertEquals(TimerKind.KEEPALIVE, keepalive.timer().kind());
        assertEquals(2, keepalive.timer().platformCode());
        assertTrue(keepalive.timer().remaining().compareTo(Duration.ofHours(2)) <= 0);

        SocketEntry writer = only(tcp, e -> e.remote().port() == 3306 && e.state() == TcpState.ESTABLISHED,
                "client writing to a peer that never reads");
        assertTrue(writer.sendQueue() > 1_000_000, "Send-Q " + writer.sendQueue());
        SocketEntry reader = only(tcp, e -> e.local().port() == 3306 && e.state() == TcpState.ESTABLISHED, "peer");
        assertTrue(reader.recvQueue() > 0);

        SocketEntry timeWait = only(tcp, e -> e.state() == TcpState.TIME_WAIT, "TIME_WAIT line");
        assertEquals(5555, timeWait.remote().port());
        assertEquals(0L, timeWait.inode(), "the kernel prints inode 0 for TIME_WAIT");
        assertEquals(TimerKind.TIME_WAIT, timeWait.timer().kind());
        assertTrue(timeWait.timer().remaining().compareTo(Duration.ofSeconds(60)) <= 0);
        assertTrue(timeWait.timer().remaining().compareTo(Duration.ZERO) > 0);

        // the closed FIN_WAIT2 socket is a time-wait mini socket in substate 05
        SocketEntry orphan = only(tcp, e -> e.state() == TcpState.FIN_WAIT_2 && e.inode() == 0, "orphan FIN_WAIT2");
        assertEquals("FIN_WAIT2", orphan.platformState());
        assertEquals(TimerKind.TIME_WAIT, orphan.timer().kind());
        SocketEntry halfClosed = only(tcp, e -> e.state() == TcpState.FIN_WAIT_2 && e.inode() != 0, "FIN_WAIT2");
        assertEquals(22, halfClosed.remote().port());
        assertEquals(2, tcp.stream().filter(e -> e.state() == TcpState.CLOSE_WAIT).count());

        List<SocketEntry> tcp6 = Fixtures.table(Fixtures.NETNS, ProcNetTable.TCP6).entries();
        assertEquals(8080, only(tcp6, e -> e.state() == TcpState.TIME_WAIT, "TIME_WAIT on ::1").remote().port());
    }

    @Test
    void timersOnlyWhenAsked() {
        byte[] data = Fixtures.read(Fixtures.NETNS, ProcNetTable.TCP.path);
        ProcNetInetParser.parse(data, Protocol.TCP, AddressFamily.IPV4, ByteOrder.LITTLE_ENDIAN, false).entries()
                .forEach(e -> assertNull(e.timer(), e.toString()));
    }

    @Test
    void udpUdpliteAndRawKeepTheKernelStateNumberAndNoTcpState() throws Exception {
        List<SocketEntry> udp = Fixtures.table(Fixtures.NETNS, ProcNetTable.UDP).entries();
        SocketEntry mdns = only(udp, e -> e.local().port() == 5353, "0.0.0.0:5353");
        assertNull(mdns.state());
        assertEquals(7, mdns.stateCode());
        assertEquals("CLOSE", mdns.platformState());
        assertTrue(mdns.recvQueue() > 0, "an unread datagram is queued");
        SocketEntry connected = only(udp, e -> e.remote().port() == 5353, "connected UDP");
        assertEquals(1, connected.stateCode());
        assertEquals("ESTABLISHED", connected.platformState());

        List<SocketEntry> udp6 = Fixtures.table(Fixtures.NETNS, ProcNetTable.UDP6).entries();
        assertEquals(literal(LONG_V6), only(udp6, e -> e.local().port() == 48389, "udp6 48389").local().address());

        assertEquals(5400, only(Fixtures.table(Fixtures.NETNS, ProcNetTable.UDPLITE).entries(), e -> true, "udplite")
                .local().port());
        assertEquals(5400, only(Fixtures.table(Fixtures.NETNS, ProcNetTable.UDPLITE6).entries(), e -> true,
                "udplite6").local().port());

        List<SocketEntry> raw = Fixtures.table(Fixtures.NETNS, ProcNetTable.RAW).entries();
        SocketEntry icmp = only(raw, e -> e.local().port() == 1, "raw ICMP: the port column is the protocol");
        assertEquals(7, icmp.stateCode());
        assertNull(icmp.state());
        SocketEntry connectedRaw = only(raw, e -> e.local().port() == 253, "connected raw socket");
        assertEquals(1, connectedRaw.stateCode());
        assertEquals(literal("127.0.0.1"), connectedRaw.remote().address());
        assertEquals(58, only(Fixtures.table(Fixtures.NETNS, ProcNetTable.RAW6).entries(), e -> true, "raw6")
                .local().port());
    }

    @Test
    void handMadeTcpLinesAllThreeShapesUnknownStatesAndMalformedLines() throws Exception {
        ParsedTable tcp = Fixtures.table(Fixtures.EDGE, ProcNetTable.TCP);
        assertEquals(4, tcp.malformed(), "state 0E, truncated, text and non-hex lines are skipped");
        List<SocketEntry> e = tcp.entries();
        assertEquals(5, e.size());

        SocketEntry listen = e.get(0);
        assertEquals(literal("127.0.0.7"), listen.local().address());
        assertEquals(3306, listen.local().port());

        SocketEntry synSent = e.get(1);
        assertEquals(TcpState.SYN_SENT, synSent.state());
        assertEquals(literal("198.51.100.1"), synSent.local().address());
        assertEquals(literal("203.0.113.200"), synSent.remote().address());
        assertEquals(443, synSent.remote().port());
        assertEquals(1L, synSent.sendQueue());
        assertEquals(TimerKind.RETRANSMIT, synSent.timer().kind());
        assertEquals(Duration.ofMillis(140), synSent.timer().remaining());
        assertEquals(2, synSent.timer().retransmits());

        SocketEntry synRecv = e.get(2);
        assertEquals(TcpState.SYN_RECEIVED, synRecv.state());
        assertEquals("SYN_RECV", synRecv.platformState());
        assertEquals(3, synRecv.stateCode());
        assertEquals(0L, synRecv.inode());
        assertEquals(Duration.ofMillis(1980), synRecv.timer().remaining());
        assertEquals(1, synRecv.timer().retransmits());

        SocketEntry newSynRecv = e.get(3);
        assertEquals(TcpState.SYN_RECEIVED, newSynRecv.state());
        assertEquals("NEW_SYN_RECV", newSynRecv.platformState());
        assertEquals(0x0C, newSynRecv.stateCode());

        assertEquals(1000L, e.get(4).uid());
    }

    @Test
    void handMadeTcp6AndUdpLines() throws Exception {
        ParsedTable tcp6 = Fixtures.table(Fixtures.EDGE, ProcNetTable.TCP6);
        assertEquals(1, tcp6.malformed(), "an 8-digit address in tcp6");
        assertEquals(literal("127.0.0.1"), tcp6.entries().get(0).local().address());
        assertEquals(literal("fe80::2b0:ff:fe12:f000"), tcp6.entries().get(1).local().address());

        ParsedTable udp = Fixtures.table(Fixtures.EDGE, ProcNetTable.UDP);
        assertEquals(1, udp.malformed(), "a line that ends before the inode");
        SocketEntry unknown = udp.entries().get(1);
        assertEquals(14, unknown.stateCode(), "UDP rows keep state numbers net-tools shows as UNKNOWN");
        assertNull(unknown.platformState());
        assertEquals(53, unknown.remote().port());
    }

    @Test
    void bigEndianCaptureReadsToTheSameSocketsAsTheLittleEndianOne() {
        for (ProcNetTable t : ProcNetTable.values()) {
            if (t == ProcNetTable.UNIX) {
                continue;
            }
            List<SocketEntry> little = Fixtures.table(Fixtures.NETNS, t).entries();
            List<SocketEntry> big = Fixtures.table(Fixtures.BIG_ENDIAN, t).entries();
            assertEquals(ByteOrder.BIG_ENDIAN, Fixtures.byteOrder(Fixtures.BIG_ENDIAN));
            assertEquals(little, big, t.path);
            byte[] data = Fixtures.read(Fixtures.BIG_ENDIAN, t.path);
            List<SocketEntry> misread = ProcNetInetParser.parse(data, t.protocol, t.family, ByteOrder.LITTLE_ENDIAN,
                    true).entries();
            boolean anyAddress = little.stream().anyMatch(x -> !x.local().isUnspecifiedAddress());
            if (anyAddress) {
                assertNotEquals(little, misread, "the byte order matters for " + t.path);
            }
        }
    }
}
