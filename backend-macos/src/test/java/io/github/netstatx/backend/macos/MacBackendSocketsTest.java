package io.github.netstatx.backend.macos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.backend.macos.fixtures.MacScenario;
import io.github.netstatx.backend.macos.fixtures.PcbStreamWriter;
import io.github.netstatx.backend.macos.fixtures.InetSpec;
import io.github.netstatx.backend.macos.fixtures.XnuLayout.Release;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import io.github.netstatx.core.query.SocketQuery;
import io.github.netstatx.core.capture.DirectoryCaptureSource;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.NetstatBackend;
import java.net.Inet6Address;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the decoded sockets say, for every release's encoding. */
class MacBackendSocketsTest {

    private static MacBackend backend(MacScenario s) {
        return new MacBackend("macos-sysctl", s.source(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), null, null);
    }

    private static SocketEntry find(List<SocketEntry> all, Protocol p, int localPort) {
        return all.stream().filter(e -> e.protocol() == p && e.local() != null && e.local().port() == localPort)
                .findFirst().orElseThrow(() -> new AssertionError("no " + p + " port " + localPort + " in " + all));
    }

    @ParameterizedTest
    @EnumSource(Release.class)
    void everyReleaseDecodesTheSameSockets(Release r) {
        Snapshot<SocketEntry> snap = backend(MacScenario.of(r)).sockets(SocketQuery.everything());
        List<SocketEntry> all = snap.items();

        SocketEntry ssh = find(all, Protocol.TCP, 22);
        assertEquals(TcpState.LISTEN, ssh.state());
        assertEquals("LISTEN", ssh.platformState());
        assertEquals(AddressFamily.IPV4, ssh.family());
        assertEquals(128, ssh.bsd().listenLimit());

        SocketEntry dual = find(all, Protocol.TCP, 8080);
        assertTrue(dual.dualStack(), "vflag 0x3 is tcp46");
        assertEquals(AddressFamily.IPV6, dual.family());

        SocketEntry est = find(all, Protocol.TCP, 50000);
        assertEquals(8080, est.remote().port(), "ports are in network byte order");
        assertEquals("127.0.0.1", est.remote().address().getHostAddress());
        assertEquals(31L, est.recvQueue(), "Recv-Q is the receive buffer's byte count");
        // The fixture writer puts two thirds of the bytes (and one packet each way) in slot 0, a third in slot 1.
        if (r == Release.MACOS_15_4) {
            assertEquals(4958L - 4958 / 3, est.bsd().rxBytes(), "15.4: slot SO_STATS_DATA alone is the traffic");
            assertEquals(3996L - 3996 / 3, est.bsd().txBytes());
            assertEquals(4958L / 3, est.bsd().rxDroppedBytes(), "15.4: slot SO_STATS_SBNOSPACE is the drops");
            assertEquals(0L, est.bsd().rxDroppedPackets());
        } else {
            assertEquals(4958L, est.bsd().rxBytes(), "before 15.4 byte counts are summed over traffic classes");
            assertEquals(3996L, est.bsd().txBytes());
            assertNull(est.bsd().rxDroppedBytes(), "drops are not counted apart before 15.4");
            assertNull(est.bsd().rxDroppedPackets());
        }
        assertEquals(1L, est.bsd().rxPackets());
        assertEquals(1L, est.bsd().txPackets());
        assertEquals(List.of(new ProcessRef(403, "proc403", null, null, null, null, ProcessRef.Role.LAST),
                new ProcessRef(403, "proc403", null, null, null, null, ProcessRef.Role.EFFECTIVE)),
                est.owners().stream().filter(o -> o.role() != ProcessRef.Role.OWNER).toList(),
                "so_last_pid and so_e_pid, after libproc's holders (MacBackendOwnersTest)");
        assertEquals(Long.toHexString(0x7fb03cb900000000L + 3 * 0x1000L + 0x20), est.pcbAddress(),
                "TCP rows show the tcpcb handle, as netstat -A does");

        if (r.ventura()) {
            assertEquals(est.bsd().flowHash() * 16, est.bsd().generation(), "so_gencnt of the 104-byte xsocket_n");
            assertEquals(0x80L, est.bsd().socketFlags());
            assertEquals(0x800L, est.bsd().socketFlags1());
            assertEquals(2, est.bsd().useCount());
            assertEquals(0, est.bsd().retainCount());
            assertEquals(1L, est.bsd().filterFlags());
        } else {
            assertNull(est.bsd().generation(), "the 76-byte xsocket_n has none of the macOS 13 fields");
        }

        SocketEntry ll = find(all, Protocol.TCP, 50001);
        assertEquals(4, ((Inet6Address) ll.local().address()).getScopeId(), "scope comes from bytes 2-3");
        assertEquals("fe80:0:0:0:aede:48ff:fe00:1122%4", ll.local().address().getHostAddress());

        assertEquals(TcpState.TIME_WAIT, find(all, Protocol.TCP, 50002).state());
        assertTrue(all.stream().noneMatch(e -> e.local() != null && e.local().port() == 50003),
                "a PCB newer than the list's generation is left out");
        assertTrue(snap.diagnostics().stream().anyMatch(d -> d.message().contains("created during the copy")));

        SocketEntry icmp = all.stream().filter(e -> e.protocol() == Protocol.RAW && e.family() == AddressFamily.IPV4)
                .findFirst().orElseThrow();
        assertEquals(1, icmp.local().port(), "raw sockets carry the IP protocol in the local port");
        assertEquals(8136L, icmp.recvQueue());

        List<SocketEntry> unix = all.stream().filter(e -> e.protocol() == Protocol.UNIX).toList();
        assertEquals(4, unix.size());
        SocketEntry mdns = unix.stream().filter(e -> e.unix().path() != null
                && e.unix().path().name().equals("/var/run/mDNSResponder")).findFirst().orElseThrow();
        assertTrue(mdns.listening());
        assertEquals("7fb03cb94d74825d", mdns.pcbAddress());
        assertEquals("7fb03cb94d700001", mdns.bsd().vnodeAddress());
        if (r.ventura()) {
            assertEquals(List.of(777L, 300L, 300L), mdns.owners().stream().map(ProcessRef::pid).toList(),
                    "libproc's holder, then pcblist_n's so_last_pid and so_e_pid for UNIX sockets");
        } else {
            assertEquals(List.of(777L), mdns.owners().stream().map(ProcessRef::pid).toList(),
                    "pcblist64 has no pid: only libproc's holder");
        }
    }

    @Test
    void userSpaceFlowsAreListedWithTheirFamilyFromVflag() {
        List<SocketEntry> all = backend(MacScenario.of(Release.MACOS_13)).sockets(SocketQuery.everything()).items();
        SocketEntry flow = find(all, Protocol.TCP, 50004);
        assertTrue(flow.bsd().userSpaceFlow());
        assertEquals(AddressFamily.IPV4, flow.family());
        assertEquals("0", flow.pcbAddress(), "a user-space flow has no kernel handle");
        SocketEntry udpFlow = find(all, Protocol.UDP, 50010);
        assertEquals(AddressFamily.IPV6, udpFlow.family());
        assertTrue(udpFlow.bsd().userSpaceFlow());
    }

    @Test
    void aSocketlessPcbHasUnknownQueues() {
        List<SocketEntry> all = backend(MacScenario.of(Release.MACOS_15_4)).sockets(SocketQuery.everything()).items();
        SocketEntry s = find(all, Protocol.UDP, 50011);
        assertNull(s.recvQueue(), "kind-0 buffer records carry no byte count");
        assertNull(s.sendQueue());
    }

    @Test
    void anItemlessAnswerIsUnknownNotNone() {
        Snapshot<SocketEntry> snap = backend(MacScenario.of(Release.MACOS_15_4).withItemlessTcp())
                .sockets(SocketQuery.everything());
        assertTrue(snap.items().stream().noneMatch(e -> e.protocol() == Protocol.TCP));
        Diagnostic d = snap.diagnostics().stream().filter(x -> x.protocol() == Protocol.TCP).findFirst().orElseThrow();
        assertEquals(Diagnostic.Code.SOURCE_UNREADABLE, d.code());
        assertTrue(d.message().contains("unknown (not none)"), d.message());
    }

    @Test
    void aTruncatedListKeepsItsWholeItemsAndSaysSo() {
        MacScenario s = MacScenario.of(Release.MACOS_12);
        ByteBuffer full = new PcbStreamWriter(Release.MACOS_12.layout()).inetList(
                List.of(InetSpec.of(17, "0.0.0.0", 1000, "0.0.0.0", 0, 1), InetSpec.of(17, "0.0.0.0", 1001, "0.0.0.0",
                        0, 2)), 10, 10, false);
        ByteBuffer cut = ByteBuffer.wrap(java.util.Arrays.copyOf(full.array(), full.limit() - 24 - 100));
        s.put(Sysctl.UDP_PCBLIST_N, cut);
        Snapshot<SocketEntry> snap = backend(s).sockets(SocketQuery.everything());
        List<SocketEntry> udp = snap.items().stream().filter(e -> e.protocol() == Protocol.UDP).toList();
        assertEquals(1, udp.size());
        assertEquals(1000, udp.get(0).local().port());
        assertTrue(snap.diagnostics().stream().anyMatch(d -> d.code() == Diagnostic.Code.MALFORMED_LINES));
    }

    @Test
    void garbageIsADiagnosticNotAnException() {
        MacScenario s = MacScenario.of(Release.MACOS_13).put(Sysctl.TCP_PCBLIST_N, ByteBuffer.wrap(new byte[7]));
        Snapshot<SocketEntry> snap = backend(s).sockets(SocketQuery.everything());
        assertTrue(snap.diagnostics().stream().anyMatch(d -> d.code() == Diagnostic.Code.MALFORMED_LINES
                && d.source().equals("net.inet.tcp.pcblist_n")));
        assertFalse(snap.items().isEmpty(), "the other lists still count");
    }

    @Test
    void aCaptureDirectoryReplaysTheSameSockets(@TempDir Path dir) throws Exception {
        MacScenario s = MacScenario.of(Release.MACOS_13);
        s.writeCapture(dir.resolve("cap"));
        NetstatBackend replay = new MacBackendProvider(k -> "Linux").openReplay(
                BackendConfig.live().withReplay(DirectoryCaptureSource.open(dir.resolve("cap"))));
        SocketQuery q = SocketQuery.everything().withOwners(false);
        assertEquals(backend(s).sockets(q).items(), replay.sockets(q).items());
        assertEquals("13", replay.host().osVersion());
        assertEquals("fixture-mac", replay.host().hostname());
    }

    @Test
    void whatALiveRunReadsIsCapturedAndReplaysToTheSameSockets(@TempDir Path dir) throws Exception {
        MacScenario s = MacScenario.of(Release.MACOS_15_4);
        var sink = io.github.netstatx.core.capture.DirectoryCaptureSink.create(dir.resolve("cap"));
        MacBackend live = new MacBackend("macos-sysctl", new CapturingSysctls(s.source(), sink),
                Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), null, null);
        SocketQuery q = SocketQuery.everything().withOwners(false);
        List<SocketEntry> seen = live.sockets(q).items();
        sink.finish(new io.github.netstatx.core.capture.CaptureManifest(1, "macos-sysctl", live.host(), Instant.EPOCH,
                "test"));
        NetstatBackend replay = new MacBackendProvider(k -> "Linux").openReplay(
                BackendConfig.live().withReplay(DirectoryCaptureSource.open(dir.resolve("cap"))));
        assertEquals(seen, replay.sockets(q).items());
        assertTrue(java.nio.file.Files.exists(dir.resolve("cap").resolve("net.inet.tcp.pcblist_n")));
        // macOS 15 has net.local.*.pcblist_n, so the legacy list was never read and is not in the capture
        assertFalse(java.nio.file.Files.exists(dir.resolve("cap").resolve("net.local.stream.pcblist64")));
    }

    @Test
    void offMacTheProviderSaysWhyAndLoadsNoJna() {
        MacBackendProvider p = new MacBackendProvider(k -> k.equals("os.name") ? "Linux" : null);
        var a = p.probe(BackendConfig.live());
        assertFalse(a.available());
        assertEquals("not macOS (os.name=Linux)", a.reason());
        assertEquals("macos-sysctl", p.id());
    }
}
