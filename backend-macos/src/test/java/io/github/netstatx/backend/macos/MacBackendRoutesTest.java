package io.github.netstatx.backend.macos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.backend.macos.fixtures.MacScenario;
import io.github.netstatx.backend.macos.fixtures.XnuLayout.Release;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.Route;
import io.github.netstatx.core.model.RouteFlag;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.query.RouteQuery;
import java.net.Inet6Address;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** NET_RT_DUMP2, encoded from each release's layouts, as model routes. */
class MacBackendRoutesTest {

    private static Snapshot<Route> routes(MacScenario s) {
        return new MacBackend("macos-sysctl", s.source(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), null, null)
                .routes(RouteQuery.tables());
    }

    @ParameterizedTest
    @EnumSource(Release.class)
    void everyReleaseDecodesTheSameTable(Release r) {
        Snapshot<Route> snap = routes(MacScenario.of(r));
        assertEquals(List.of(), snap.diagnostics());
        List<Route> all = snap.items();
        assertEquals(11, all.size());

        Route dflt = all.get(0);
        assertEquals(AddressFamily.IPV4, dflt.family());
        assertEquals("0.0.0.0", dflt.destination().getHostAddress());
        assertEquals(0, dflt.prefixLength(), "an empty netmask sockaddr is the default route");
        assertEquals("192.168.1.254", dflt.gateway().getHostAddress());
        assertEquals(Set.of(RouteFlag.UP, RouteFlag.GATEWAY, RouteFlag.STATIC), dflt.flags());
        assertEquals(0x10803L, dflt.rawFlags(), "PRCLONING ('c') stays in the raw word");
        assertEquals(83L, dflt.refCount());
        assertEquals(24L, dflt.use());
        assertEquals("en0", dflt.interfaceName());
        assertEquals(3, dflt.interfaceIndex());
        assertEquals(1500L, dflt.bsd().mtu());
        assertEquals("192.168.1.221", dflt.bsd().interfaceAddress().getHostAddress());
        assertNull(dflt.bsd().expires());

        assertEquals(8, all.get(1).prefixLength());
        assertEquals(32, all.get(2).prefixLength(), "a host route without a netmask is full length");
        assertEquals(Set.of(RouteFlag.UP, RouteFlag.HOST), all.get(2).flags());

        Route net = all.get(3);
        assertNull(net.gateway());
        assertEquals(3, net.bsd().gatewayLinkIndex(), "link#3");
        assertNull(net.bsd().gatewayLinkAddress());
        assertEquals(24, net.prefixLength(), "a short netmask (3 bytes) still gives its prefix");
        assertEquals(Instant.ofEpochSecond(MacScenario.EXPIRE - 700), net.bsd().expires());

        Route neighbour = all.get(4);
        assertEquals("fc:ae:34:a1:3a:80", neighbour.bsd().gatewayLinkAddress());
        assertTrue(neighbour.flags().containsAll(Set.of(RouteFlag.HOST, RouteFlag.LINK_INFO, RouteFlag.CLONED)));
        assertFalse(neighbour.bsd().protocolCloned(), "its parent clones, but not per protocol");
        assertTrue(all.get(5).bsd().protocolCloned());
        assertEquals(4, all.get(6).prefixLength());
        assertTrue(all.get(6).flags().contains(RouteFlag.MULTICAST));

        Route v6 = all.get(7);
        assertEquals(AddressFamily.IPV6, v6.family());
        assertEquals(0, v6.prefixLength());
        assertEquals(3, ((Inet6Address) v6.gateway()).getScopeId(), "scope embedded in bytes 2-3");
        assertEquals("fe80:0:0:0:feae:34ff:fea1:3a80%3", v6.gateway().getHostAddress());
        assertEquals(128, all.get(8).prefixLength());
        Route scoped = all.get(9);
        assertEquals(1, ((Inet6Address) scoped.destination()).getScopeId());
        assertEquals(64, scoped.prefixLength());
        assertEquals("lo0", scoped.interfaceName());
        assertEquals(16, all.get(10).prefixLength());
    }

    @ParameterizedTest
    @EnumSource(value = Release.class, names = "MACOS_15_4")
    void aTruncatedTableIsADiagnostic(Release r) throws SysctlException {
        MacScenario s = MacScenario.of(r);
        ByteBuffer good = s.source().read(Sysctl.DUMP2).orElseThrow();
        byte[] cut = new byte[good.remaining() - 10];
        good.get(cut);
        Snapshot<Route> snap = routes(s.put(Sysctl.DUMP2, ByteBuffer.wrap(cut)));
        assertEquals(List.of(), snap.items());
        assertEquals(Diagnostic.Code.MALFORMED_LINES, snap.diagnostics().get(0).code());
    }

    @ParameterizedTest
    @EnumSource(value = Release.class, names = "MACOS_13")
    void withoutTheInterfaceListTheRoutesKeepTheirIndexes(Release r) {
        MacScenario s = MacScenario.of(r).put(Sysctl.IFLIST2, ByteBuffer.wrap(new byte[] {(byte) 0xa0, 0, 5, 0x12, 0, 0, 0, 0}));
        Snapshot<Route> snap = routes(s);
        assertEquals(11, snap.items().size());
        assertNull(snap.items().get(0).interfaceName());
        assertEquals(3, snap.items().get(0).interfaceIndex());
        assertEquals(Diagnostic.Code.MALFORMED_LINES, snap.diagnostics().get(0).code());
    }

    @ParameterizedTest
    @EnumSource(value = Release.class, names = "MACOS_13")
    void anAbsentTableIsADiagnosticNotAnEmptyTable(Release r) {
        MacScenario s = MacScenario.of(r).without(Sysctl.DUMP2);
        Snapshot<Route> snap = routes(s);
        assertEquals(Diagnostic.Code.SOURCE_MISSING, snap.diagnostics().get(0).code());
    }
}
