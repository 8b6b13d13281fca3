package io.github.netstatx.backend.linux.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.netstatx.core.model.InterfaceFlag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SysClassNetLinkParserTest {

    private static LinkAttributes captured(String name) throws IOException {
        Path dir = ViewFixtures.tree("ns1").resolve("sys/class/net").resolve(name);
        Map<String, String> files = new HashMap<>();
        try (var s = Files.list(dir)) {
            for (Path p : s.toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return SysClassNetLinkParser.parse(files);
    }

    @Test
    void runningIsAddedLikeTheIoctlDoesWhenUpAndOperationallyUp() throws IOException {
        // netstat -ie printed flags=4163<UP,BROADCAST,RUNNING,MULTICAST> for v0; sysfs flags is 0x1003
        var v0 = captured("v0");
        assertEquals(4163L, v0.ioctlFlags());
        assertEquals(Set.of(InterfaceFlag.UP, InterfaceFlag.BROADCAST, InterfaceFlag.RUNNING,
                InterfaceFlag.MULTICAST), v0.flags());
        assertEquals(1500, v0.mtu());
        assertEquals(3, v0.index());
        assertEquals(1, v0.hardwareType());
        assertEquals(1000L, v0.txQueueLength());
    }

    @Test
    void loopbackWithUnknownOperstateIsRunning() throws IOException {
        assertEquals(73L, captured("lo").ioctlFlags()); // flags=73<UP,LOOPBACK,RUNNING>
    }

    @Test
    void tunWithoutCarrierIsUpButNotRunningAndHasNoHardwareAddress() throws IOException {
        var t0 = captured("t0");
        assertEquals(4241L, t0.ioctlFlags()); // flags=4241<UP,POINTOPOINT,NOARP,MULTICAST>
        assertNull(t0.hardwareAddress());
        assertEquals(65534, t0.hardwareType());
        assertEquals(500L, t0.txQueueLength());
    }

    @Test
    void downInterfaceIsNeverRunning() throws IOException {
        assertEquals(Set.of(InterfaceFlag.BROADCAST, InterfaceFlag.NO_ARP), captured("ifb9").flags());
    }

    @Test
    void missingOrGarbledFilesGiveNullsNotZeros() {
        var a = SysClassNetLinkParser.parse(Map.of("mtu", "abc\n", "flags", "1003\n"));
        assertNull(a.mtu());
        assertNull(a.ioctlFlags());
        assertEquals(Set.of(), a.flags());
        assertNull(a.index());
    }
}
