package io.github.netstatx.backend.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.spi.Availability;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.BackendException;
import io.github.netstatx.core.spi.Backends;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class WindowsBackendProviderTest {

    @Test
    void offWindowsTheProbeSaysWhy() {
        Availability a = new WindowsBackendProvider(Map.of("os.name", "Linux")::get).probe(BackendConfig.live());
        assertFalse(a.available());
        assertEquals("not Windows (os.name=Linux)", a.reason());
    }

    @Test
    void onAPretendWindowsWithoutTheDllsTheProbeFailsGentlyAndOpenThrowsABackendException() {
        Assumptions.assumeFalse(System.getProperty("os.name").startsWith("Windows"), "tests the non-Windows path");
        WindowsBackendProvider p = new WindowsBackendProvider(Map.of("os.name", "Windows 11")::get);
        Availability a = p.probe(BackendConfig.live());
        assertFalse(a.available());
        assertTrue(a.reason().startsWith("JNA cannot load the IP Helper API"), a.reason());
        assertThrows(BackendException.class, () -> p.open(BackendConfig.live()));
        assertThrows(BackendException.class,
                () -> new WindowsBackendProvider(Map.of("os.name", "Linux")::get).open(BackendConfig.live()));
    }

    @Test
    void registeredThroughServiceLoader() {
        assertTrue(Backends.discover().candidates(BackendConfig.live()).stream()
                .anyMatch(c -> c.id().equals("windows-iphlpapi") && c.priority() == 10));
    }
}
