package io.github.netstatx.backend.aix;

import io.github.netstatx.core.contract.AbstractBackendContractTest;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.NetstatBackend;
import java.util.List;
import java.util.Map;

/** The backend contract over the recorded AIX scenario (see {@code aix/PROVENANCE.md}). */
class AixBackendContractTest extends AbstractBackendContractTest {

    @Override
    protected List<String> scenarios() {
        return List.of("quoted-rows", "gopsutil-aix73");
    }

    @Override
    protected NetstatBackend openFixtureBackend(String scenario) throws Exception {
        return AixBackendProvider.open(BackendConfig.live(), RecordedCommandRunner.scenario(scenario), null);
    }

    @Override
    protected Map<Protocol, Integer> expectedCounts(String scenario) {
        return scenario.equals("quoted-rows") ? Map.of(Protocol.TCP, 5)
                : Map.of(Protocol.TCP, 8, Protocol.UDP, 3, Protocol.UNIX, 4);
    }

    @Override
    protected int minimumDiagnostics(String scenario) {
        // No lsof on the recorded host: the owners asked for by the everything-query are reported missing.
        return 1;
    }
}
