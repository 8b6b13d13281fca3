package io.github.netstatx.backend.linux;

import io.github.netstatx.core.contract.AbstractBackendContractTest;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.Capability;
import io.github.netstatx.core.spi.NetstatBackend;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The shared backend contract on every Linux fixture scenario, opened through the provider. */
class LinuxBackendContractTest extends AbstractBackendContractTest {

    /** What tools/socket-set.py opens; see ProcNetInetParserTest for the sockets one by one. */
    private static final Map<Protocol, Integer> SOCKET_SET = Map.of(
            Protocol.TCP, 24,      // 8 listeners, 5 established pairs, 2 half-closed pairs, 2 TIME_WAIT
            Protocol.UDP, 5,
            Protocol.UDPLITE, 2,
            Protocol.RAW, 3,
            Protocol.UNIX, 12);

    @Override
    protected List<String> scenarios() {
        return List.of(Fixtures.NETNS, Fixtures.EDGE, Fixtures.BIG_ENDIAN);
    }

    /** The views' captured namespace tree (interfaces, routes, statistics, groups, conntrack). */
    private static final String VIEWS_NS1 = "views-ns1";

    @Override
    protected NetstatBackend openFixtureBackend(String scenario) throws Exception {
        if (scenario.equals(VIEWS_NS1)) {
            Path ns1 = Path.of(System.getProperty("netstatx.fixtures", "../fixtures"), "views", "ns1", "tree");
            return new LinuxBackendProvider().open(new BackendConfig(ns1, ByteOrder.LITTLE_ENDIAN,
                    Duration.ofSeconds(5), 1));
        }
        return new LinuxBackendProvider().open(Fixtures.config(scenario));
    }

    /** The socket scenarios hold no view sources (each view then says what is missing); ns1 holds all. */
    @Override
    protected List<String> viewScenarios() {
        return List.of(Fixtures.NETNS, VIEWS_NS1);
    }

    @Override
    protected Set<Capability> viewsWithItems(String scenario) {
        return scenario.equals(VIEWS_NS1) ? EnumSet.of(Capability.INTERFACES, Capability.ROUTES,
                Capability.STATISTICS, Capability.MULTICAST_GROUPS, Capability.MASQUERADE) : Set.of();
    }

    @Override
    protected Map<Protocol, Integer> expectedCounts(String scenario) {
        return switch (scenario) {
            case Fixtures.NETNS, Fixtures.BIG_ENDIAN -> SOCKET_SET;
            // see edge-cases/fixture.properties: what is left after the malformed lines
            case Fixtures.EDGE -> Map.of(Protocol.TCP, 7, Protocol.UDP, 2, Protocol.RAW, 1, Protocol.UNIX, 7);
            default -> throw new IllegalArgumentException(scenario);
        };
    }

    @Override
    protected int minimumDiagnostics(String scenario) {
        // edge-cases: 4 tables with skipped lines, udplite and udplite6 missing, no /proc/net/sctp
        return Fixtures.EDGE.equals(scenario) ? 7 : 0;
    }
}
