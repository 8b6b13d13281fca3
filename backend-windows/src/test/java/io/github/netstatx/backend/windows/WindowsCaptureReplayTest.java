package io.github.netstatx.backend.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.backend.windows.capture.CapturingIpHelperSource;
import io.github.netstatx.backend.windows.decode.LeBytes;
import io.github.netstatx.core.capture.CaptureManifest;
import io.github.netstatx.core.capture.DirectoryCaptureSink;
import io.github.netstatx.core.capture.DirectoryCaptureSource;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.OsFamily;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.query.RouteQuery;
import io.github.netstatx.core.query.SocketQuery;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.BackendException;
import io.github.netstatx.core.spi.NetstatBackend;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import io.github.netstatx.backend.windows.FixtureIpHelperSource.Answer;
import io.github.netstatx.backend.windows.FixtureIpHelperSource.Key;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Capture and replay of the windows-iphlpapi format with the Wine tables standing in for the live API: the
 * backend over the recording source and the backend the provider opens over the capture directory (on
 * Linux: no JNA) produce the same model, item for item, diagnostic for diagnostic, with the same time and
 * host, so every renderer prints the same bytes from both.
 */
class WindowsCaptureReplayTest {

    private static final Instant AT = Instant.parse("2026-12-02T10:15:30.123456789Z");
    private static final HostInfo HOST = new HostInfo("WINE-HOST", OsFamily.WINDOWS, "Windows 10", "10.0", "amd64");
    private static final long MODULE_BASE = 0x7ff6_1234_0000L;

    /** The wine-netns tables with two owned IPv4 connections instead of Wine's IPv4 TCP rows (Wine shows PID 0). */
    private static final String WITH_OWNERS = "wine-netns with owners";

    @TempDir
    Path tmp;

    /**
     * {@link #WITH_OWNERS}: PID 4242 ({@code curl.exe}, image path readable) and PID 4343 (image path refused,
     * named from the process snapshot if at all), both in OWNER_PID and OWNER_MODULE form; not elevated.
     */
    private static FixtureIpHelperSource withOwners() {
        byte[] pidTable = LeBytes.table(2, 4, 24).u32(4, 5).ipv4(8, 10, 0, 0, 2).port(12, 49832, 0)
                .ipv4(16, 93, 184, 216, 34).port(20, 443, 0).u32(24, 4242)
                .u32(28, 2).ipv4(32, 0, 0, 0, 0).port(36, 445, 0).u32(48, 4343).array();
        byte[] moduleTable = LeBytes.table(2, 8, 160).u32(8, 5).ipv4(12, 10, 0, 0, 2).port(16, 49832, 0)
                .ipv4(20, 93, 184, 216, 34).port(24, 443, 0).u32(28, 4242).u64(32, 133_485_408_000_000_000L)
                .u32(168, 2).ipv4(172, 0, 0, 0, 0).port(176, 445, 0).u32(188, 4343).array();
        byte[] image = LeBytes.of(2 * 22).wchars(0, "C:\\Tools\\bin\\curl.exe").array();
        Map<Key, Answer> answers = new HashMap<>(Fixtures.wine("wine-netns").answers());
        answers.put(new Key("GetExtendedTcpTable", 2, 5), new Answer(0, pidTable));
        answers.put(new Key("GetExtendedTcpTable", 2, 8), new Answer(0, moduleTable));
        return new FixtureIpHelperSource(answers, Map.of(4242L, image), false);
    }

    /** Everything a run can ask for, with and without owners. */
    private static List<Object> collectAll(NetstatBackend b) throws BackendException {
        List<Object> out = new ArrayList<>();
        out.add(b.id());
        out.add(b.host());
        out.add(b.capabilities());
        for (SocketQuery q : List.of(SocketQuery.everything().withOwners(false), SocketQuery.everything().withOwners(true),
                SocketQuery.everything().withOwners(true).withProcessDetails(true))) {
            out.add(contents(b.sockets(q)));
        }
        out.add(contents(b.interfaces()));
        out.add(contents(b.routes(RouteQuery.tables())));
        out.add(contents(b.statistics()));
        return out;
    }

    private static List<Object> contents(Snapshot<?> s) {
        return List.of(s.items(), s.diagnostics(), s.collectedAt());
    }

    /** Collects everything from the Wine tables {@code fixture}, live and while capturing into {@code dir}. */
    private static List<Object> capture(String fixture, Path dir) throws Exception {
        IpHelperSource live = new WineHost(fixture.equals(WITH_OWNERS) ? withOwners() : Fixtures.wine(fixture));
        Clock clock = Clock.fixed(AT, ZoneOffset.UTC);
        List<Object> expected = collectAll(new WindowsBackend(WindowsBackendProvider.ID, live, HOST, clock));
        DirectoryCaptureSink sink = DirectoryCaptureSink.create(dir);
        NetstatBackend capturing = new WindowsBackend(WindowsBackendProvider.ID,
                new CapturingIpHelperSource(live, sink), HOST, clock);
        List<Object> captured = collectAll(capturing);
        capturing.close();
        sink.finish(new CaptureManifest(CaptureManifest.FORMAT_VERSION, capturing.id(), capturing.host(), AT, null));
        assertEquals(expected, captured, "capturing changes nothing");
        return expected;
    }

    @ParameterizedTest
    @ValueSource(strings = {"wine-host", "wine-netns", WITH_OWNERS})
    void aReplayedCaptureGivesTheModelTheLiveCallsGave(String fixture) throws Exception {
        Path dir = tmp.resolve("cap");
        List<Object> expected = capture(fixture, dir);
        // Off Windows: the provider refuses to open live, yet replays.
        WindowsBackendProvider provider = new WindowsBackendProvider(p -> p.equals("os.name") ? "Linux" : null);
        assertFalse(provider.probe(BackendConfig.live()).available());
        assertTrue(provider.canCapture());
        NetstatBackend replay = provider.openReplay(BackendConfig.live().withReplay(DirectoryCaptureSource.open(dir)));
        assertEquals(expected, collectAll(replay));
    }

    @Test
    void everyCallIsAFileNamedAfterItOrAFailRecord() throws Exception {
        Path dir = tmp.resolve("cap");
        capture(WITH_OWNERS, dir);
        for (String name : List.of("GetExtendedTcpTable.AF_INET.TCP_TABLE_OWNER_PID_ALL",
                "GetExtendedTcpTable.AF_INET6.TCP_TABLE_OWNER_MODULE_ALL", "GetExtendedUdpTable.AF_INET.UDP_TABLE_OWNER_PID",
                "GetTcpTable2.AF_INET", "GetTcp6Table2.AF_INET6", "GetIfTable2", "GetIpForwardTable2.AF_UNSPEC",
                "GetIpStatisticsEx.AF_INET6", "GetTcpStatisticsEx.AF_INET", "Process32NextW", "processes.txt",
                "elevated")) {
            assertTrue(Files.isRegularFile(dir.resolve(name)), name);
        }
        String index = Files.readString(dir.resolve("capture.index"));
        assertTrue(index.contains("fail\tGetIpInterfaceTable.AF_INET\tfailed\t50 GetIpInterfaceTable error 50\n"),
                index);
        assertTrue(index.contains("fail\tGetTcpStatisticsEx2.AF_INET\t") == false, "the fallback answered: " + index);
        String processes = Files.readString(dir.resolve("processes.txt"));
        assertTrue(processes.startsWith("# pid\tstatus\tcreation FILETIME\timage path\n"), processes);

        NetstatBackend replay = new WindowsBackendProvider()
                .openReplay(BackendConfig.live().withReplay(DirectoryCaptureSource.open(dir)));
        Snapshot<SocketEntry> owned = replay.sockets(SocketQuery.everything().withOwners(true));
        assertTrue(owned.items().stream().anyMatch(e -> !e.owners().isEmpty() && "svchost-module".equals(
                e.owners().get(0).module())), "owner modules came back through their captured base address");
        assertTrue(owned.diagnostics().stream().anyMatch(d -> d.message().startsWith("not running elevated")),
                "elevation was captured");
    }

    @Test
    void aLinuxCaptureIsNotReplayedAsWindows() throws Exception {
        Path dir = tmp.resolve("cap");
        DirectoryCaptureSink.create(dir).finish(new CaptureManifest(CaptureManifest.FORMAT_VERSION, "linux-procfs",
                HOST, AT, null));
        BackendException e = assertThrows(BackendException.class, () -> new WindowsBackendProvider()
                .openReplay(BackendConfig.live().withReplay(DirectoryCaptureSource.open(dir))));
        assertEquals("backend windows-iphlpapi cannot replay a linux-procfs capture", e.getMessage());
    }

    @Test
    void aCallTheCaptureLacksIsADiagnosticNamingIt() throws Exception {
        Path dir = tmp.resolve("cap");
        DirectoryCaptureSink.create(dir).finish(new CaptureManifest(CaptureManifest.FORMAT_VERSION,
                WindowsBackendProvider.ID, HOST, AT, null));
        NetstatBackend replay = new WindowsBackendProvider()
                .openReplay(BackendConfig.live().withReplay(DirectoryCaptureSource.open(dir)));
        Snapshot<SocketEntry> s = replay.sockets(SocketQuery.everything().withOwners(false));
        assertTrue(s.items().isEmpty());
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.message().contains(
                "not in the capture (GetExtendedTcpTable.AF_INET.TCP_TABLE_OWNER_PID_ALL)")), s.diagnostics().toString());
        assertEquals(AT, s.collectedAt());
    }

    /**
     * The Wine tables, plus what Wine lacks: GetOwnerModuleFrom*Entry
     * answers IPv4 TCP rows with a module whose strings lie behind a native base address, refuses IPv6 TCP
     * rows (access denied) and finds no owner for UDP rows (ERROR_NOT_FOUND, the normal answer for a gone
     * owner).
     */
    private record WineHost(FixtureIpHelperSource wine) implements IpHelperSource {

        @Override
        public IpHelperBuffer ownerModule(Protocol protocol, AddressFamily family, ByteBuffer row)
                throws IpHelperException {
            IpHelperCall call = IpHelperCall.of("GetOwnerModuleFrom" + (protocol == Protocol.TCP ? "Tcp" : "Udp")
                    + (family == AddressFamily.IPV6 ? "6" : "") + "Entry", family);
            if (protocol == Protocol.UDP) {
                throw IpHelperException.code(call, IpHelperException.ERROR_NOT_FOUND);
            }
            if (family == AddressFamily.IPV6) {
                throw IpHelperException.code(call, 5);
            }
            ByteBuffer b = LeBytes.of(16 + 30 + 64).u64(0, MODULE_BASE + 16).u64(8, MODULE_BASE + 46)
                    .wchars(16, "svchost-module").wchars(46, "C:\\Windows\\system32\\svchost.exe").buffer();
            return new IpHelperBuffer(call, b, MODULE_BASE);
        }

        @Override
        public Boolean elevated() {
            return wine.elevated();
        }

        @Override
        public IpHelperBuffer extendedTcpTable(AddressFamily f, TcpTableClass c) throws IpHelperException {
            return wine.extendedTcpTable(f, c);
        }

        @Override
        public IpHelperBuffer extendedUdpTable(AddressFamily f, UdpTableClass c) throws IpHelperException {
            return wine.extendedUdpTable(f, c);
        }

        @Override
        public IpHelperBuffer tcpTable2(AddressFamily f) throws IpHelperException {
            return wine.tcpTable2(f);
        }

        @Override
        public IpHelperBuffer ifTable2() throws IpHelperException {
            return wine.ifTable2();
        }

        @Override
        public IpHelperBuffer ipForwardTable2(AddressFamily f) throws IpHelperException {
            return wine.ipForwardTable2(f);
        }

        @Override
        public IpHelperBuffer ipInterfaceTable(AddressFamily f) throws IpHelperException {
            return wine.ipInterfaceTable(f);
        }

        @Override
        public IpHelperBuffer unicastAddressTable() throws IpHelperException {
            return wine.unicastAddressTable();
        }

        @Override
        public IpHelperBuffer ipStatistics(AddressFamily f) throws IpHelperException {
            return wine.ipStatistics(f);
        }

        @Override
        public IpHelperBuffer icmpStatistics(AddressFamily f) throws IpHelperException {
            return wine.icmpStatistics(f);
        }

        @Override
        public IpHelperBuffer tcpStatistics(AddressFamily f) throws IpHelperException {
            return wine.tcpStatistics(f);
        }

        @Override
        public IpHelperBuffer udpStatistics(AddressFamily f) throws IpHelperException {
            return wine.udpStatistics(f);
        }

        @Override
        public IpHelperBuffer processEntries() throws IpHelperException {
            return wine.processEntries();
        }

        @Override
        public ProcessImage processImage(long pid) {
            return wine.processImage(pid);
        }
    }
}
