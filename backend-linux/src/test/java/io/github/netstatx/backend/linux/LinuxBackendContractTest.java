package io.github.netstatx.backend.linux;

import io.github.netstatx.core.contract.AbstractBackendContractTest;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.spi.NetstatBackend;
import java.util.List;
import java.util.Map;

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

    @Override
    protected NetstatBackend openFixtureBackend(String scenario) throws Exception {
        return new LinuxBackendProvider().open(Fixtures.config(scenario));
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
