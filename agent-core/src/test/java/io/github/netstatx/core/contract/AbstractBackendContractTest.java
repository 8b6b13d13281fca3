package io.github.netstatx.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.query.Scope;
import io.github.netstatx.core.query.SocketQuery;
import io.github.netstatx.core.spi.Capability;
import io.github.netstatx.core.spi.NetstatBackend;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What every backend must do, checked on that backend's own fixtures (the Netty pattern). A backend's
 * test subclasses this, names its fixture scenarios, opens a backend on each and says how many
 * sockets of each protocol the scenario holds; the suite does the rest.
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
        }
        return tests.stream();
    }

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
}
