package io.github.netstatx.backend.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.model.OsFamily;
import io.github.netstatx.core.spi.Availability;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.BackendException;
import io.github.netstatx.core.spi.Backends;
import io.github.netstatx.core.spi.Capability;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinuxBackendProviderTest {

    @Test
    void registeredThroughServiceLoaderAndSelectedForALinuxRoot() throws Exception {
        Backends backends = Backends.discover();
        BackendConfig fixture = Fixtures.config(Fixtures.NETNS);
        var candidate = backends.candidates(fixture).stream().filter(c -> c.id().equals("linux-procfs"))
                .findFirst().orElseThrow(() -> new AssertionError("linux-procfs not found by ServiceLoader"));
        assertEquals(10, candidate.priority());
        assertTrue(candidate.availability().available(), candidate.availability().reason());
        assertEquals("linux-procfs", backends.select(fixture, Optional.empty()).id());
        assertEquals("linux-procfs", backends.select(fixture, Optional.of("linux-procfs")).id());
        try (var backend = backends.select(fixture, Optional.empty()).open(fixture)) {
            assertEquals(EnumSet.of(Capability.SOCKETS, Capability.RAW_SOCKETS, Capability.UNIX_SOCKETS,
                    Capability.PROCESS_OWNERS, Capability.QUEUES, Capability.TIMERS, Capability.INODES,
                    Capability.INTERFACES, Capability.ROUTES, Capability.STATISTICS, Capability.MULTICAST_GROUPS,
                    Capability.MASQUERADE), backend.capabilities());
        }
    }

    @Test
    void unavailableWithAReasonWhereThereIsNoProcfs(@TempDir Path empty) {
        BackendConfig config = BackendConfig.live().withFsRoot(empty);
        Availability a = new LinuxBackendProvider().probe(config);
        assertFalse(a.available());
        assertEquals("not Linux: " + empty.resolve("proc/net/tcp") + " not found", a.reason());
        BackendException e = assertThrows(BackendException.class, () -> new LinuxBackendProvider().open(config));
        assertTrue(e.getMessage().contains("not Linux"), e.getMessage());
    }

    /**
     * A tree with anything at proc/net/tcp is a procfs tree: a directory (or a FIFO, a device) there is a
     * refused table when it is read (cli's PlantedRootFilesTest), as any other table would be.
     */
    @Test
    void aProcfsTreeIsRecognisedByItsTcpTableWhateverItIs(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("proc/net/tcp"));     // a directory where the file should be
        Availability odd = new LinuxBackendProvider().probe(BackendConfig.live().withFsRoot(dir));
        assertTrue(odd.available(), odd.reason());
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        assertFalse(new LinuxBackendProvider().probe(BackendConfig.live().withFsRoot(file)).available());
    }

    @Test
    void availableOnThisLinuxHost() {
        Availability live = new LinuxBackendProvider().probe(BackendConfig.live());
        assertTrue(live.available(), live.reason());
        assertEquals("reads /proc/net", live.reason());
    }

    @Test
    void hostInfoFromTheRootsFiles() {
        var edge = Fixtures.backend(Fixtures.EDGE).host();
        assertEquals("edge-host", edge.hostname());
        assertEquals(OsFamily.LINUX, edge.os());
        assertEquals("Hand \"made\" Linux", edge.osVersion());
        assertEquals("6.1.0-handmade", edge.kernel());
        assertEquals(null, edge.arch(), "no kernel/arch file, not the live root");
        var netns = Fixtures.backend(Fixtures.NETNS).host();
        var provenance = Fixtures.provenance(Fixtures.NETNS);
        assertEquals(provenance.getProperty("kernel"), netns.kernel());
        assertEquals(provenance.getProperty("arch"), netns.arch());
        assertEquals(provenance.getProperty("os"), netns.osVersion());
    }
}
