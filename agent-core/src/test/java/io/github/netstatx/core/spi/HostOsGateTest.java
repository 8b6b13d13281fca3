package io.github.netstatx.core.spi;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.model.OsFamily;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HostOsGateTest {

    @Test
    void offItsOsTheGateSaysWhyInTheProbeAndRefusesToOpen() {
        HostOsGate gate = new HostOsGate(OsFamily.MACOS, Map.of("os.name", "Linux")::get);
        assertFalse(gate.here());
        Availability a = gate.refusal().orElseThrow();
        assertFalse(a.available());
        assertEquals("not macOS (os.name=Linux)", a.reason());
        BackendException e = assertThrows(BackendException.class, () -> gate.requireHere("macos-sysctl"));
        assertEquals("the macos-sysctl backend runs only on macOS (os.name=Linux)", e.getMessage());
    }

    @Test
    void onItsOsTheGateLetsTheBackendsOwnProbeAnswer() {
        HostOsGate gate = new HostOsGate(OsFamily.WINDOWS, Map.of("os.name", "Windows Server 2022",
                "os.version", "10.0")::get);
        assertTrue(gate.here());
        assertTrue(gate.refusal().isEmpty());
        assertDoesNotThrow(() -> gate.requireHere("windows-iphlpapi"));
        assertEquals("10.0", gate.property("os.version"));
    }

    @Test
    void anUnknownOrMissingOsNameIsNeverHere() {
        assertFalse(new HostOsGate(OsFamily.AIX, k -> null).here());
        assertEquals("not AIX (os.name=null)",
                new HostOsGate(OsFamily.AIX, k -> null).refusal().orElseThrow().reason());
        assertFalse(new HostOsGate(OsFamily.AIX, Map.of("os.name", "OS/400")::get).here());
    }
}
