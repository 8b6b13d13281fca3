package io.github.netstatx.backend.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.backend.windows.FixtureIpHelperSource.Answer;
import io.github.netstatx.backend.windows.FixtureIpHelperSource.Key;
import io.github.netstatx.backend.windows.decode.LeBytes;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.NetInterface;
import io.github.netstatx.core.model.OffloadState;
import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Route;
import io.github.netstatx.core.model.RouteFlag;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.StatisticsGroup;
import io.github.netstatx.core.model.TcpState;
import io.github.netstatx.core.query.RouteQuery;
import io.github.netstatx.core.query.Scope;
import io.github.netstatx.core.query.SocketQuery;
import io.github.netstatx.core.spi.BackendException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WindowsBackendTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);

    private static WindowsBackend backend(IpHelperSource source) {
        return new WindowsBackend("windows-iphlpapi", source, null, CLOCK);
    }

    private static final Key TCP4_PID = new Key("GetExtendedTcpTable", 2, 5);
    private static final Key TCP4_MODULE = new Key("GetExtendedTcpTable", 2, 8);

    /** One ESTABLISHED IPv4 row owned by PID 4242, in OWNER_PID and OWNER_MODULE form, plus an offload row. */
    private static FixtureIpHelperSource oneConnection(Boolean elevated) {
        byte[] pidTable = LeBytes.table(1, 4, 24).u32(4, 5).ipv4(8, 10, 0, 0, 2).port(12, 49832, 0x7777)
                .ipv4(16, 93, 184, 216, 34).port(20, 443, 0).u32(24, 4242).array();
        byte[] moduleTable = LeBytes.table(1, 8, 160).u32(8, 5).ipv4(12, 10, 0, 0, 2).port(16, 49832, 0)
                .ipv4(20, 93, 184, 216, 34).port(24, 443, 0).u32(28, 4242).u64(32, 133_485_408_000_000_000L).array();
        byte[] table2 = LeBytes.table(1, 4, 28).u32(4, 5).ipv4(8, 10, 0, 0, 2).port(12, 49832, 0)
                .ipv4(16, 93, 184, 216, 34).port(20, 443, 0).u32(24, 4242).u32(28, 0).array();
        byte[] processes = LeBytes.of(568).u32(0, 568).u32(8, 4242).wchars(44, "curl.exe").array();
        byte[] image = LeBytes.of(2 * 22).wchars(0, "C:\\Tools\\bin\\curl.exe").array();
        return new FixtureIpHelperSource(Map.of(TCP4_PID, new Answer(0, pidTable), TCP4_MODULE,
                new Answer(0, moduleTable), new Key("GetTcpTable2", 2, 0), new Answer(0, table2),
                new Key("Process32NextW", 0, 0), new Answer(0, processes)), Map.of(4242L, image), elevated);
    }

    private static SocketQuery tcp4(boolean owners) {
        return new SocketQuery(EnumSet.of(Protocol.TCP), EnumSet.of(AddressFamily.IPV4), Scope.ALL, owners, false,
                false);
    }

    @Test
    void aConnectionCarriesTheWindowsStateWordCodeAndOffloadState() throws Exception {
        SocketEntry e = backend(oneConnection(true)).sockets(tcp4(false)).items().get(0);
        assertEquals(TcpState.ESTABLISHED, e.state());
        assertEquals("ESTABLISHED", e.platformState());
        assertEquals(5, e.stateCode());
        assertEquals(49832, e.local().port());
        assertEquals(OffloadState.IN_HOST, e.offload());
        assertTrue(e.owners().isEmpty(), "owners were not asked for");
        assertNull(e.createdAt(), "the OWNER_PID table has no creation time");
    }

    @Test
    void ownersComeWithImagePathNameAndCreationTime() throws Exception {
        Snapshot<SocketEntry> s = backend(oneConnection(true)).sockets(tcp4(true));
        SocketEntry e = s.items().get(0);
        ProcessRef owner = e.firstOwner();
        assertEquals(4242, owner.pid());
        assertEquals("curl.exe", owner.name());
        assertEquals("C:\\Tools\\bin\\curl.exe", owner.path());
        assertNull(owner.module(), "the fixture source has no GetOwnerModuleFromTcpEntry (like Wine)");
        assertEquals(Instant.parse("2024-01-01T00:00:00Z"), e.createdAt());
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.source().equals("GetOwnerModuleFrom*Entry")
                && d.count() == 1), s.diagnostics().toString());
    }

    @Test
    void notElevatedIsSaidWhenOwnersAreAsked() throws Exception {
        List<Diagnostic> d = backend(oneConnection(false)).sockets(tcp4(true)).diagnostics();
        assertTrue(d.stream().anyMatch(x -> x.source().equals(WindowsBackend.ELEVATION_SOURCE)), d.toString());
        assertTrue(backend(oneConnection(false)).sockets(tcp4(false)).diagnostics().stream()
                .noneMatch(x -> x.source().equals(WindowsBackend.ELEVATION_SOURCE)));
    }

    @Test
    void aProcessWhoseImageCannotBeReadIsNamedFromTheSnapshot() throws Exception {
        FixtureIpHelperSource src = oneConnection(true);
        FixtureIpHelperSource noImage = new FixtureIpHelperSource(src.answers(), Map.of(), true);
        Snapshot<SocketEntry> s = backend(noImage).sockets(tcp4(true));
        ProcessRef owner = s.items().get(0).firstOwner();
        assertEquals("curl.exe", owner.name());
        assertNull(owner.path());
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.source().equals("QueryFullProcessImageNameW")));
    }

    @Test
    void anUnreadableTableIsADiagnosticAndTheOthersStillCount() throws Exception {
        FixtureIpHelperSource src = Fixtures.wine("wine-netns").with(new Key("GetExtendedUdpTable", 23, 1),
                new Answer(8, null));
        Snapshot<SocketEntry> s = backend(src).sockets(SocketQuery.everything().withOwners(false));
        assertEquals(9, s.items().size(), "everything but the one UDPv6 socket");
        Diagnostic d = s.diagnostics().get(0);
        assertEquals(Diagnostic.Code.SOURCE_UNREADABLE, d.code());
        assertEquals("GetExtendedUdpTable(AF_INET6, class 1)", d.source());
        assertEquals(Protocol.UDP, d.protocol());
    }

    @Test
    void aTruncatedTableIsAMalformedDiagnosticNotAStackTrace() throws Exception {
        byte[] truncated = java.util.Arrays.copyOf(LeBytes.table(2, 4, 24).array(), 30);
        FixtureIpHelperSource src = Fixtures.wine("wine-netns").with(TCP4_PID, new Answer(0, truncated));
        Snapshot<SocketEntry> s = backend(src).sockets(SocketQuery.everything().withOwners(false));
        Diagnostic d = s.diagnostics().stream().filter(x -> x.code() == Diagnostic.Code.MALFORMED_LINES)
                .findFirst().orElseThrow();
        assertEquals("MIB_TCPTABLE_OWNER_PID: 2 rows of 24 bytes from offset 4 needs 52 bytes but the buffer holds 30",
                d.message());
        assertEquals(6, s.items().size(), "the other tables' sockets");
    }

    @Test
    void rowsWithAStateOutsideTheMibAreSkippedAndCounted() throws Exception {
        byte[] table = LeBytes.table(2, 4, 24).u32(4, 2).port(12, 80, 0).u32(28, 13).port(36, 81, 0).array();
        FixtureIpHelperSource src = oneConnection(true).with(TCP4_PID, new Answer(0, table));
        Snapshot<SocketEntry> s = backend(src).sockets(tcp4(false));
        assertEquals(1, s.items().size());
        assertEquals("LISTENING", s.items().get(0).platformState());
        assertEquals(1, s.diagnostics().stream().filter(d -> d.code() == Diagnostic.Code.MALFORMED_LINES)
                .mapToLong(Diagnostic::count).sum());
    }

    @Test
    void filterInterfaceRowsAreLeftOut() throws Exception {
        byte[] ifs = LeBytes.table(2, 8, 1352).u32(8 + 8, 5).wchars(8 + 28, "Ethernet").u32(8 + 1128, 6)
                .u8(8 + 1152, 0x05).u32(8 + 1160, 1).u32(8 + 1156, 1).u64(8 + 1208, 1000)
                .u32(1360 + 8, 6).wchars(1360 + 28, "Ethernet-WFP Native MAC Layer LightWeight Filter-0000")
                .u32(1360 + 1128, 6).u8(1360 + 1152, 0x02).u64(1360 + 1208, 1000).array();
        FixtureIpHelperSource src = new FixtureIpHelperSource(Map.of(new Key("GetIfTable2", 0, 0),
                new Answer(0, ifs)), Map.of(), true);
        Snapshot<NetInterface> s = backend(src).interfaces();
        assertEquals(List.of("Ethernet"), s.items().stream().map(NetInterface::name).toList());
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.source().equals("GetIfTable2") && d.count() == 1));
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.source().startsWith("GetIpInterfaceTable")),
                "metrics unknown is said");
        assertEquals(1000L, s.items().get(0).counters().rxBytes());
    }

    @Test
    void routesFromTheWineHostCaptureHaveAGatewayAndIndexes() throws Exception {
        Snapshot<Route> s = backend(Fixtures.wine("wine-host")).routes(RouteQuery.tables());
        assertEquals(2, s.items().size());
        Route def = s.items().stream().filter(r -> r.prefixLength() == 0).findFirst().orElseThrow();
        assertEquals("0.0.0.0", def.destination().getHostAddress());
        assertEquals("192.0.2.1", def.gateway().getHostAddress());
        assertTrue(def.flags().contains(RouteFlag.GATEWAY));
        assertEquals(4, def.interfaceIndex());
        assertEquals("eth0", def.interfaceName(), "alias from GetIfTable2 by index");
        assertNull(def.interfaceMetric(), "Wine has no GetIpInterfaceTable");
    }

    @Test
    void statisticsFromTheWineCaptureCoverEveryGroupInNetstatOrder() throws Exception {
        Snapshot<StatisticsGroup> s = backend(Fixtures.wine("wine-netns")).statistics();
        assertEquals(List.of("Ip", "Ip6", "Icmp", "IcmpMsg", "Icmp6", "Tcp", "Tcp", "Udp", "Udp6"),
                s.items().stream().map(StatisticsGroup::name).toList());
        StatisticsGroup tcp4 = s.items().get(5);
        assertEquals(AddressFamily.IPV4, tcp4.family());
        assertEquals(-1, tcp4.counters().stream().filter(c -> c.name().equals("MaxConn")).findFirst().orElseThrow()
                .value());
    }

    @Test
    void aTotalFailureOfStatisticsThrows() {
        FixtureIpHelperSource none = new FixtureIpHelperSource(Map.of(), Map.of(), null);
        assertThrows(BackendException.class, () -> backend(none).statistics());
        assertThrows(BackendException.class, () -> backend(none).interfaces());
    }
}
