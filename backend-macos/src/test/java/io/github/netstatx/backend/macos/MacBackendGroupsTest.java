package io.github.netstatx.backend.macos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.netstatx.backend.macos.fixtures.MacScenario;
import io.github.netstatx.backend.macos.fixtures.XnuLayout.Release;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.MulticastGroup;
import io.github.netstatx.core.model.Snapshot;
import java.net.Inet6Address;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The RTM_NEWMADDR2 messages of NET_RT_IFLIST2, encoded from each release's layouts, as model memberships. */
class MacBackendGroupsTest {

    @ParameterizedTest
    @EnumSource(Release.class)
    void everyReleaseDecodesTheSameMemberships(Release r) {
        Snapshot<MulticastGroup> snap = new MacBackend("macos-sysctl", MacScenario.of(r).source(),
                Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), null, null).multicastGroups();
        List<MulticastGroup> g = snap.items();
        assertEquals(List.of("lo0 224.0.0.1", "lo0 ff02:0:0:0:0:0:0:1%1", "en0 224.0.0.251", "en0 ff02:0:0:0:0:0:0:fb%3"),
                g.stream().map(m -> m.interfaceName() + " " + m.group().getHostAddress()).toList());
        assertNull(g.get(0).linkLayerAddress(), "lo0 maps groups to no link-layer address");
        assertEquals("01:00:5e:00:00:fb", g.get(2).linkLayerAddress());
        assertEquals(2, g.get(2).refCount());
        assertEquals(3, ((Inet6Address) g.get(3).group()).getScopeId());
        assertEquals("33:33:00:00:00:fb", g.get(3).linkLayerAddress());
        assertEquals(List.of(Diagnostic.Code.OTHER), snap.diagnostics().stream().map(Diagnostic::code).toList(),
                "the link-layer membership is counted, not listed");
    }
}
