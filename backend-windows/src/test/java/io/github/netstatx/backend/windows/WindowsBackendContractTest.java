package io.github.netstatx.backend.windows;

import io.github.netstatx.core.contract.AbstractBackendContractTest;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.spi.Capability;
import io.github.netstatx.core.spi.NetstatBackend;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The backend contract on captured Wine tables ({@code wine-netns}: the known socket set, 7 TCP and 3 UDP
 * sockets; {@code wine-host}: the sandbox host, one TCP listener) and on an all-empty hand-made scenario.
 */
class WindowsBackendContractTest extends AbstractBackendContractTest {

    @Override
    protected List<String> scenarios() {
        return List.of("wine-netns", "wine-host", "empty");
    }

    @Override
    protected NetstatBackend openFixtureBackend(String scenario) {
        FixtureIpHelperSource source = scenario.equals("empty") ? empty() : Fixtures.wine(scenario);
        return new WindowsBackend(WindowsBackendProvider.ID, source, null, Clock.systemUTC());
    }

    private static FixtureIpHelperSource empty() {
        Map<FixtureIpHelperSource.Key, FixtureIpHelperSource.Answer> answers = new HashMap<>();
        byte[] four = new byte[4];
        byte[] eight = new byte[8];
        for (int af : List.of(2, 23)) {
            answers.put(new FixtureIpHelperSource.Key("GetExtendedTcpTable", af, 5), new FixtureIpHelperSource.Answer(0, four));
            answers.put(new FixtureIpHelperSource.Key("GetExtendedTcpTable", af, 8), new FixtureIpHelperSource.Answer(0, eight));
            answers.put(new FixtureIpHelperSource.Key("GetExtendedUdpTable", af, 1), new FixtureIpHelperSource.Answer(0, four));
            answers.put(new FixtureIpHelperSource.Key("GetExtendedUdpTable", af, 2), new FixtureIpHelperSource.Answer(0, eight));
        }
        answers.put(new FixtureIpHelperSource.Key("GetTcpTable2", 2, 0), new FixtureIpHelperSource.Answer(0, four));
        answers.put(new FixtureIpHelperSource.Key("GetTcp6Table2", 23, 0), new FixtureIpHelperSource.Answer(0, four));
        return new FixtureIpHelperSource(answers, Map.of(), true);
    }

    /** The hand-made empty scenario answers the socket calls only. */
    @Override
    protected List<String> viewScenarios() {
        return List.of("wine-netns", "wine-host");
    }

    /** wine-host holds the interface, route and statistics tables; the other views are not claimed. */
    @Override
    protected Set<Capability> viewsWithItems(String scenario) {
        return scenario.equals("wine-host")
                ? EnumSet.of(Capability.INTERFACES, Capability.ROUTES, Capability.STATISTICS) : Set.of();
    }

    @Override
    protected Map<Protocol, Integer> expectedCounts(String scenario) {
        return switch (scenario) {
            case "wine-netns" -> Map.of(Protocol.TCP, 7, Protocol.UDP, 3);
            case "wine-host" -> Map.of(Protocol.TCP, 1);
            default -> Map.of();
        };
    }
}
