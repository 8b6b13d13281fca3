package io.github.netstatx.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.ConntrackEntry;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.MulticastGroup;
import io.github.netstatx.core.model.NetInterface;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Route;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.StatisticsGroup;
import io.github.netstatx.core.query.RouteQuery;
import io.github.netstatx.core.query.Scope;
import io.github.netstatx.core.query.SocketQuery;
import io.github.netstatx.core.spi.BackendException;
import io.github.netstatx.core.spi.Capability;
import io.github.netstatx.core.spi.NetstatBackend;
import io.github.netstatx.core.spi.UnsupportedCapabilityException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What every backend must do, checked on that backend's own fixtures (the Netty pattern). A backend's
 * test subclasses this, names its fixture scenarios, opens a backend on each and says how many
 * sockets of each protocol the scenario holds; the suite does the rest.
 *
 * <p>It covers every capability: sockets per protocol and family (UNIX and RAW included), and the
 * views (interfaces, routes, statistics, multicast groups, masquerade). A backend that cannot deliver a
 * protocol, family or view must say so, with a diagnostic carrying a documented code or, for a whole
 * view, by not claiming the capability; an empty answer alone is a failure here.
 */
public abstract class AbstractBackendContractTest {

    /** Names of the fixture scenarios this backend ships. */
    protected abstract List<String> scenarios();

    /** A backend that reads the given scenario's fixtures instead of the live system. */
    protected abstract NetstatBackend openFixtureBackend(String scenario) throws Exception;

    /** How many sockets of each protocol the scenario holds (protocols absent from the map: none). */
    protected abstract Map<Protocol, Integer> expectedCounts(String scenario);

    /** How many diagnostics an everything-query on the scenario must report (at least). */
    protected int minimumDiagnostics(String scenario) {
        return 0;
    }

    /**
     * Scenarios to run the views on (by default the socket scenarios): a backend whose view fixtures live
     * in another tree names it here.
     */
    protected List<String> viewScenarios() {
        return scenarios();
    }

    /** The views whose fixtures in {@code scenario} hold items: the suite insists these are not empty. */
    protected Set<Capability> viewsWithItems(String scenario) {
        return Set.of();
    }

    /** Whether identical rows are impossible on this platform (Linux: every socket has its own inode). */
    protected boolean rowsAreUnique() {
        return true;
    }

    @TestFactory
    Stream<DynamicTest> contract() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String s : scenarios()) {
            tests.add(DynamicTest.dynamicTest(s + ": counts per protocol", () -> countsMatch(s)));
            tests.add(DynamicTest.dynamicTest(s + ": entries are well formed", () -> wellFormed(s)));
            tests.add(DynamicTest.dynamicTest(s + ": scopes partition the sockets", () -> scopesPartition(s)));
            tests.add(DynamicTest.dynamicTest(s + ": protocol and family filters hold", () -> filtersHold(s)));
            tests.add(DynamicTest.dynamicTest(s + ": no owners or timers unless asked", () -> onlyWhatWasAsked(s)));
            tests.add(DynamicTest.dynamicTest(s + ": diagnostics are reported", () -> diagnosticsReported(s)));
            tests.add(DynamicTest.dynamicTest(s + ": every protocol and family is listed or said to be unsupported",
                    () -> everyProtocolAnswered(s)));
        }
        for (String s : viewScenarios()) {
            for (Capability view : VIEWS) {
                tests.add(DynamicTest.dynamicTest(s + ": view " + view.name().toLowerCase(Locale.ROOT)
                        + " is delivered or said to be unsupported", () -> viewAnswered(s, view)));
            }
        }
        return tests.stream();
    }

    /** The capabilities that are whole views, each with its own backend method. */
    private static final List<Capability> VIEWS = List.of(Capability.INTERFACES, Capability.ROUTES,
            Capability.STATISTICS, Capability.MULTICAST_GROUPS, Capability.MASQUERADE);

    /** Diagnostic codes that say "this protocol's sockets could not be listed" (see docs/JSON.md). */
    private static final Set<Diagnostic.Code> PROTOCOL_GAPS = EnumSet.of(Diagnostic.Code.PROTOCOL_UNSUPPORTED,
            Diagnostic.Code.CAPABILITY_UNSUPPORTED, Diagnostic.Code.SOURCE_MISSING, Diagnostic.Code.SOURCE_UNREADABLE);

    private Snapshot<SocketEntry> everything(String scenario) throws Exception {
        try (NetstatBackend b = openFixtureBackend(scenario)) {
            assertTrue(b.capabilities().contains(Capability.SOCKETS), "every backend lists sockets");
            return b.sockets(SocketQuery.everything());
        }
    }

    private void countsMatch(String scenario) throws Exception {
        Map<Protocol, Integer> actual = new EnumMap<>(Protocol.class);
        for (SocketEntry e : everything(scenario).items()) {
            actual.merge(e.protocol(), 1, Integer::sum);
        }
        Map<Protocol, Integer> expected = new EnumMap<>(Protocol.class);
        expected.putAll(expectedCounts(scenario));
        expected.values().removeIf(v -> v == 0);
        assertEquals(expected, actual, "sockets per protocol in " + scenario);
    }

    private void wellFormed(String scenario) throws Exception {
        List<SocketEntry> items = everything(scenario).items();
        for (SocketEntry e : items) {
            String row = e.toString();
            if (e.protocol().isStreamOriented()) {
                assertNotNull(e.state(), "TCP rows carry a canonical state: " + row);
            } else {
                assertNull(e.state(), "only TCP/SCTP rows carry a TCP state: " + row);
            }
            if (e.protocol() == Protocol.UNIX) {
                assertEquals(AddressFamily.UNIX, e.family(), row);
                assertNull(e.local(), row);
                continue;
            }
            assertFalse(e.family() == AddressFamily.UNIX, row);
            if (e.family() == AddressFamily.IPV4) {
                assertTrue(e.local().address() instanceof Inet4Address, "IPv4 table holds IPv4 addresses: " + row);
                assertTrue(e.remote().address() instanceof Inet4Address, row);
            } else {
                // IPv4-mapped addresses are normalised to Inet4Address; nothing else may be IPv4 here.
                boolean mapped = e.local().address() instanceof Inet4Address;
                assertTrue(mapped || e.local().address() instanceof Inet6Address, row);
            }
            if (e.protocol() == Protocol.TCP && e.state() == io.github.netstatx.core.model.TcpState.LISTEN) {
                assertEquals(0, e.remote().port(), "a listener has no remote port: " + row);
                assertTrue(e.remote().isUnspecifiedAddress(), "a listener has no remote address: " + row);
            }
            if (e.recvQueue() != null) {
                assertTrue(e.recvQueue() >= 0, row);
            }
            if (e.sendQueue() != null) {
                assertTrue(e.sendQueue() >= 0, row);
            }
            e.owners().forEach(o -> assertTrue(o.pid() >= 0, row));
        }
        if (rowsAreUnique()) {
            assertEquals(items.size(), items.stream().distinct().count(), "no duplicate rows in " + scenario);
        }
    }

    private void scopesPartition(String scenario) throws Exception {
        try (NetstatBackend b = openFixtureBackend(scenario)) {
            SocketQuery all = SocketQuery.everything().withOwners(false);
            List<SocketEntry> every = b.sockets(all).items();
            List<SocketEntry> listening = b.sockets(all.withScope(Scope.LISTENING)).items();
            List<SocketEntry> connected = b.sockets(all.withScope(Scope.CONNECTED)).items();
            listening.forEach(e -> assertTrue(e.listening(), "LISTENING returned " + e));
            connected.forEach(e -> assertFalse(e.listening(), "CONNECTED returned " + e));
            assertEquals(every.size(), listening.size() + connected.size(), "scopes add up in " + scenario);
        }
    }

    private void filtersHold(String scenario) throws Exception {
        try (NetstatBackend b = openFixtureBackend(scenario)) {
            for (Protocol p : Protocol.values()) {
                for (AddressFamily f : List.of(AddressFamily.IPV4, AddressFamily.IPV6)) {
                    SocketQuery q = new SocketQuery(EnumSet.of(p), EnumSet.of(f), Scope.ALL, false, false, false);
                    for (SocketEntry e : b.sockets(q).items()) {
                        assertEquals(p, e.protocol(), "protocol filter " + p + ": " + e);
                        if (p != Protocol.UNIX) {
                            assertEquals(f, e.family(), "family filter " + f + ": " + e);
                        }
                    }
                }
            }
        }
    }

    private void onlyWhatWasAsked(String scenario) throws Exception {
        try (NetstatBackend b = openFixtureBackend(scenario)) {
            SocketQuery bare = new SocketQuery(EnumSet.allOf(Protocol.class),
                    EnumSet.of(AddressFamily.IPV4, AddressFamily.IPV6), Scope.ALL, false, false, false);
            for (SocketEntry e : b.sockets(bare).items()) {
                assertTrue(e.owners().isEmpty(), "owners were not asked for: " + e);
                assertNull(e.timer(), "timers were not asked for: " + e);
                assertNull(e.user(), "user names were not asked for: " + e);
            }
        }
    }

    private void diagnosticsReported(String scenario) throws Exception {
        Snapshot<SocketEntry> s = everything(scenario);
        assertTrue(s.diagnostics().size() >= minimumDiagnostics(scenario),
                "expected at least " + minimumDiagnostics(scenario) + " diagnostics in " + scenario + ", got "
                        + s.diagnostics());
    }

    /**
     * For every protocol and family on its own: the protocols the backend lists answer without a
     * "protocol unsupported" diagnostic; every other one answers with no rows and a diagnostic naming it.
     * The declared protocols agree with the declared capabilities.
     */
    private void everyProtocolAnswered(String scenario) throws Exception {
        try (NetstatBackend b = openFixtureBackend(scenario)) {
            Set<Protocol> listed = b.socketProtocols();
            Set<Capability> caps = b.capabilities();
            assertEquals(caps.contains(Capability.SOCKETS), listed.contains(Protocol.TCP) && listed.contains(Protocol.UDP),
                    "SOCKETS capability and TCP/UDP listing agree");
            assertEquals(caps.contains(Capability.RAW_SOCKETS), listed.contains(Protocol.RAW),
                    "RAW_SOCKETS capability and RAW listing agree");
            assertEquals(caps.contains(Capability.UNIX_SOCKETS), listed.contains(Protocol.UNIX),
                    "UNIX_SOCKETS capability and UNIX listing agree");
            for (Protocol p : Protocol.values()) {
                for (AddressFamily f : List.of(AddressFamily.IPV4, AddressFamily.IPV6)) {
                    SocketQuery q = new SocketQuery(EnumSet.of(p), EnumSet.of(f), Scope.ALL, false, false, false);
                    Snapshot<SocketEntry> answer = b.sockets(q);
                    List<Diagnostic> aboutP = answer.diagnostics().stream().filter(d -> d.protocol() == p).toList();
                    String what = p.id() + "/" + f + " in " + scenario;
                    if (listed.contains(p)) {
                        assertTrue(aboutP.stream().noneMatch(d -> d.code() == Diagnostic.Code.PROTOCOL_UNSUPPORTED),
                                "a listed protocol is not unsupported: " + what + ": " + aboutP);
                    } else {
                        assertEquals(List.of(), answer.items(), "an unlisted protocol has no rows: " + what);
                        assertTrue(aboutP.stream().anyMatch(d -> PROTOCOL_GAPS.contains(d.code())),
                                "an unlisted protocol is named by a diagnostic: " + what + ", got "
                                        + answer.diagnostics());
                    }
                    for (Diagnostic d : answer.diagnostics()) {
                        assertFalse(d.message().isBlank(), "a diagnostic says something: " + d);
                    }
                }
            }
        }
    }

    /**
     * A view the backend claims answers (with items where the fixtures hold some, every item well formed);
     * a view it does not claim is refused with {@link UnsupportedCapabilityException} naming it.
     */
    private void viewAnswered(String scenario, Capability view) throws Exception {
        try (NetstatBackend b = openFixtureBackend(scenario)) {
            if (!b.capabilities().contains(view)) {
                UnsupportedCapabilityException e = assertThrows(UnsupportedCapabilityException.class,
                        () -> collect(b, view), "an unclaimed view is refused: " + view);
                assertEquals(view, e.capability());
                return;
            }
            Snapshot<?> s = collect(b, view);
            assertNotNull(s.items(), view.name());
            if (viewsWithItems(scenario).contains(view)) {
                assertFalse(s.items().isEmpty(), view + " of " + scenario + " has items; diagnostics: "
                        + s.diagnostics());
            }
            for (Object item : s.items()) {
                wellFormedViewItem(view, item);
            }
        }
    }

    private static Snapshot<?> collect(NetstatBackend b, Capability view) throws BackendException {
        return switch (view) {
            case INTERFACES -> b.interfaces();
            case ROUTES -> b.routes(RouteQuery.tables());
            case STATISTICS -> b.statistics();
            case MULTICAST_GROUPS -> b.multicastGroups();
            case MASQUERADE -> b.masquerade();
            default -> throw new IllegalArgumentException(view + " is not a view");
        };
    }

    private static void wellFormedViewItem(Capability view, Object item) {
        String row = String.valueOf(item);
        switch (view) {
            case INTERFACES -> {
                NetInterface i = (NetInterface) item;
                assertFalse(i.name() == null || i.name().isEmpty(), "an interface has a name: " + row);
                if (i.mtu() != null) {
                    assertTrue(i.mtu() >= 0, row);
                }
            }
            case ROUTES -> {
                Route r = (Route) item;
                int bits = r.family() == AddressFamily.IPV4 ? 32 : 128;
                assertTrue(r.prefixLength() >= 0 && r.prefixLength() <= bits, "prefix within the family: " + row);
                assertEquals(r.family() == AddressFamily.IPV4, r.destination() instanceof Inet4Address,
                        "destination of the route's family: " + row);
                assertFalse(r.family() == AddressFamily.UNIX, row);
            }
            case STATISTICS -> {
                StatisticsGroup g = (StatisticsGroup) item;
                assertFalse(g.name() == null || g.name().isEmpty(), "a statistics group has a name: " + row);
                assertNotNull(g.counters(), row);
            }
            case MULTICAST_GROUPS -> {
                MulticastGroup g = (MulticastGroup) item;
                assertTrue(g.group() == null || g.group().isMulticastAddress(), "a group address is multicast: " + row);
                assertTrue(g.refCount() >= 0, row);
            }
            case MASQUERADE -> {
                ConntrackEntry c = (ConntrackEntry) item;
                assertFalse(c.family() == AddressFamily.UNIX, row);
                assertTrue(c.protocolNumber() >= 0 && c.protocolNumber() <= 255, "an IP protocol number: " + row);
            }
            default -> throw new IllegalArgumentException(view.name());
        }
    }
}
