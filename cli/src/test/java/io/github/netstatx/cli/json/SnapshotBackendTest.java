package io.github.netstatx.cli.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.cli.Sample;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.query.RouteQuery;
import io.github.netstatx.core.query.Scope;
import io.github.netstatx.core.query.SocketQuery;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** A saved snapshot answers what it holds as a live backend would, and says clearly what it lacks. */
class SnapshotBackendTest {

    private static SnapshotBackend backend(Sample s) throws Exception {
        // Through the document, as --input does.
        String json = GoldenJsonTest.write(s, true);
        return new SnapshotBackend(new DocumentReader("web01.json").read(json.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), "web01.json");
    }

    private static SocketQuery query(Scope scope, boolean owners, Protocol... protocols) {
        return new SocketQuery(EnumSet.of(protocols[0], protocols), EnumSet.of(AddressFamily.IPV4, AddressFamily.IPV6),
                scope, owners, false, false);
    }

    @Test
    void aNarrowerQueryIsAnsweredByFilteringAndLeavesOutDetailsItDidNotAskFor() throws Exception {
        SnapshotBackend b = backend(SampleFixtures.everything());
        Snapshot<SocketEntry> s = b.sockets(query(Scope.LISTENING, false, Protocol.TCP, Protocol.UDP));
        assertEquals(2, s.items().size());
        for (SocketEntry e : s.items()) {
            assertTrue(e.listening());
            assertEquals(0, e.owners().size());
            assertNull(e.user());
            assertNull(e.timer());
        }
        // Diagnostics of other protocols stay out; those of no protocol stay in.
        assertEquals(2, s.diagnostics().size());
        assertEquals(1, b.sockets(query(Scope.ALL, false, Protocol.UNIX)).diagnostics().size());
        assertEquals("web01", b.host().hostname());
        assertEquals("linux-procfs", b.id());
    }

    @Test
    void missingSocketsAndDetailsAreNamed() throws Exception {
        SnapshotBackend b = backend(SampleFixtures.tcpListeners());
        String msg = assertThrows(SnapshotFormatException.class,
                () -> b.sockets(query(Scope.ALL, true, Protocol.TCP, Protocol.UDP))).getMessage();
        assertEquals("web01.json lacks what this listing needs: udp sockets, non-listening sockets, process owners"
                + " (it holds listening tcp sockets over ipv4, ipv6, without owners, user names or timers);"
                + " collect it again with options that include them", msg);
        assertEquals(1, b.sockets(query(Scope.LISTENING, false, Protocol.TCP)).items().size());
    }

    @Test
    void missingViewsAreNamedWithWhatTheDocumentHolds() throws Exception {
        SnapshotBackend b = backend(SampleFixtures.tcpListeners());
        assertEquals("web01.json holds no routing table (it holds sockets); collect it again with options that"
                + " include it", assertThrows(SnapshotFormatException.class, () -> b.routes(RouteQuery.tables())).getMessage());
        SnapshotBackend w = backend(SampleFixtures.windows());
        assertTrue(assertThrows(SnapshotFormatException.class, w::statistics).getMessage()
                .startsWith("web01.json holds no protocol statistics (it holds sockets, interfaces)"));
    }

    @Test
    void theRoutingCacheOnlyWhenAskedAndWhenHeld() throws Exception {
        SnapshotBackend b = backend(SampleFixtures.everything());
        assertEquals(4, b.routes(RouteQuery.withCache()).items().size());
        assertEquals(3, b.routes(RouteQuery.tables()).items().size());
    }
}
