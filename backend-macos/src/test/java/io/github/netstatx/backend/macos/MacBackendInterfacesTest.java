package io.github.netstatx.backend.macos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.backend.macos.fixtures.MacScenario;
import io.github.netstatx.backend.macos.fixtures.XnuLayout.Release;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.InterfaceFlag;
import io.github.netstatx.core.model.LinkType;
import io.github.netstatx.core.model.NetInterface;
import io.github.netstatx.core.model.Snapshot;
import java.net.Inet6Address;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** NET_RT_IFLIST2, encoded from each release's layouts, as model interfaces. */
class MacBackendInterfacesTest {

    private static Snapshot<NetInterface> interfaces(MacScenario s) {
        return new MacBackend("macos-sysctl", s.source(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), null, null)
                .interfaces();
    }

    @ParameterizedTest
    @EnumSource(Release.class)
    void everyReleaseDecodesTheSameInterfaces(Release r) {
        Snapshot<NetInterface> snap = interfaces(MacScenario.of(r));
        assertEquals(List.of(), snap.diagnostics());
        List<NetInterface> all = snap.items();
        assertEquals(List.of("lo0", "gif0", "en0"), all.stream().map(NetInterface::name).toList());
        NetInterface lo = all.get(0);
        assertEquals(16384, lo.mtu());
        assertEquals(1, lo.index());
        assertTrue(lo.flags().containsAll(List.of(InterfaceFlag.UP, InterfaceFlag.LOOPBACK, InterfaceFlag.RUNNING,
                InterfaceFlag.MULTICAST)), "BSD's IFF_MULTICAST is 0x8000: " + lo.flags());
        assertEquals(LinkType.LOOPBACK, lo.linkType());
        assertNull(lo.hardwareAddress());
        assertEquals(3, lo.addresses().size());
        assertEquals("127.0.0.1", lo.addresses().get(0).address().getHostAddress());
        assertEquals(8, lo.addresses().get(0).prefixLength(), "a short netmask sockaddr still gives its prefix");
        assertEquals(128, lo.addresses().get(1).prefixLength());
        assertEquals(1, ((Inet6Address) lo.addresses().get(2).address()).getScopeId(), "scope from bytes 2-3");
        assertFalse(all.get(1).flags().contains(InterfaceFlag.UP));
        NetInterface en0 = all.get(2);
        assertEquals("a4:83:e7:2d:62:8f", en0.hardwareAddress());
        assertEquals(23300545L, en0.counters().rxPackets());
        assertEquals(464L, en0.counters().txErrors());
        assertEquals(987654321L, en0.counters().txBytes());
        assertEquals(24, en0.addresses().get(1).prefixLength());
    }

    @ParameterizedTest
    @EnumSource(value = Release.class, names = "MACOS_15_4")
    void aTruncatedListIsADiagnostic(Release r) throws SysctlException {
        MacScenario s = MacScenario.of(r);
        ByteBuffer good = s.source().read(Sysctl.IFLIST2).orElseThrow();
        byte[] cut = new byte[good.remaining() - 10];
        good.get(cut);
        Snapshot<NetInterface> snap = interfaces(s.put(Sysctl.IFLIST2, ByteBuffer.wrap(cut)));
        assertEquals(Diagnostic.Code.MALFORMED_LINES, snap.diagnostics().get(0).code());
    }
}
