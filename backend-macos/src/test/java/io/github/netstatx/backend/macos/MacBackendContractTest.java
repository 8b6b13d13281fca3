package io.github.netstatx.backend.macos;

import io.github.netstatx.backend.macos.fixtures.MacScenario;
import io.github.netstatx.backend.macos.fixtures.XnuLayout.Release;
import io.github.netstatx.core.contract.AbstractBackendContractTest;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.spi.NetstatBackend;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The backend contract over sockets encoded in the formats of macOS 10.15, 12, 13 and 15 (and an item-less
 * TCP answer, which must be a diagnostic, not an empty table).
 */
class MacBackendContractTest extends AbstractBackendContractTest {

    private static final Map<String, Release> RELEASES = Map.of("macos-10.15", Release.MACOS_10_15,
            "macos-12", Release.MACOS_12, "macos-13", Release.MACOS_13, "macos-15", Release.MACOS_15_4,
            "macos-15-itemless-tcp", Release.MACOS_15_4);

    @Override
    protected List<String> scenarios() {
        return List.of("macos-10.15", "macos-12", "macos-13", "macos-15", "macos-15-itemless-tcp");
    }

    @Override
    protected NetstatBackend openFixtureBackend(String scenario) {
        MacScenario s = MacScenario.of(RELEASES.get(scenario));
        if (scenario.endsWith("itemless-tcp")) {
            s = s.withItemlessTcp();
        }
        return new MacBackend("macos-sysctl", s.source(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), null, null);
    }

    @Override
    protected Map<Protocol, Integer> expectedCounts(String scenario) {
        Release r = RELEASES.get(scenario);
        int tcp = scenario.endsWith("itemless-tcp") ? 0 : 5 + (r.ventura() ? 1 : 0);
        int udp = 3 + (r.ventura() ? 1 : 0) + (r.ordinal() >= Release.MACOS_15_0.ordinal() ? 1 : 0);
        return Map.of(Protocol.TCP, tcp, Protocol.UDP, udp, Protocol.RAW, 2, Protocol.UNIX, 4);
    }

    @Override
    protected int minimumDiagnostics(String scenario) {
        // the full scenarios report the TCP PCB newer than the list's generation; the item-less one says
        // that TCP is unknown instead
        return 1;
    }
}
