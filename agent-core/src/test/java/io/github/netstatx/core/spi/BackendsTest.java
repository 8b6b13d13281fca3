package io.github.netstatx.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.query.SocketQuery;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackendsTest {

    record FakeProvider(String id, int priority, Availability availability) implements BackendProvider {
        @Override
        public String description() {
            return "fake " + id;
        }

        @Override
        public Availability probe(BackendConfig config) {
            if (availability == null) {
                throw new IllegalStateException("probe blew up");
            }
            return availability;
        }

        @Override
        public NetstatBackend open(BackendConfig config) {
            String myId = id;
            return new NetstatBackend() {
                @Override
                public String id() {
                    return myId;
                }

                @Override
                public Set<Capability> capabilities() {
                    return Set.of(Capability.SOCKETS);
                }

                @Override
                public HostInfo host() {
                    return new HostInfo(null, null, null, null, null);
                }

                @Override
                public Snapshot<SocketEntry> sockets(SocketQuery query) {
                    return new Snapshot<>(List.of(), List.of(), Instant.EPOCH);
                }
            };
        }
    }

    private final BackendConfig config = BackendConfig.live();

    @Test
    void highestAvailablePriorityWins() throws Exception {
        Backends b = Backends.of(List.of(new FakeProvider("low", 1, Availability.yes("ok")),
                new FakeProvider("high", 10, Availability.yes("ok")),
                new FakeProvider("higher-but-absent", 20, Availability.no("not on this OS"))));
        assertEquals("high", b.select(config, Optional.empty()).id());
    }

    @Test
    void forcedIdWinsOverPriority() throws Exception {
        Backends b = Backends.of(List.of(new FakeProvider("low", 1, Availability.yes("ok")),
                new FakeProvider("high", 10, Availability.yes("ok"))));
        assertEquals("low", b.select(config, Optional.of("low")).id());
    }

    @Test
    void noneAvailableExplainsEveryProvider() {
        Backends b = Backends.of(List.of(new FakeProvider("a", 1, Availability.no("needs Windows")),
                new FakeProvider("b", 2, null)));
        NoBackendException e = assertThrows(NoBackendException.class, () -> b.select(config, Optional.empty()));
        assertTrue(e.explanation().contains("a: needs Windows"), e.explanation());
        assertTrue(e.explanation().contains("b: probe failed"), e.explanation());
    }

    @Test
    void forcingAnUnknownOrUnavailableBackendFailsClearly() {
        Backends b = Backends.of(List.of(new FakeProvider("a", 1, Availability.no("needs Windows"))));
        assertTrue(assertThrows(NoBackendException.class, () -> b.select(config, Optional.of("zz")))
                .getMessage().contains("no backend named zz"));
        assertTrue(assertThrows(NoBackendException.class, () -> b.select(config, Optional.of("a")))
                .getMessage().contains("needs Windows"));
    }

    /** Registered, but its constructor fails: ServiceLoader reports it as not instantiable. */
    public static final class ThrowingProvider extends AbstractUnusable {
        public ThrowingProvider() {
            throw new IllegalStateException("no native library for this OS");
        }
    }

    /** Registered and loadable. */
    public static final class WorkingProvider extends AbstractUnusable {
    }

    /** A provider that is never opened in these tests. */
    public abstract static class AbstractUnusable implements BackendProvider {
        @Override
        public String id() {
            return "working";
        }

        @Override
        public int priority() {
            return 1;
        }

        @Override
        public String description() {
            return "loads";
        }

        @Override
        public Availability probe(BackendConfig config) {
            return Availability.no("test provider");
        }

        @Override
        public NetstatBackend open(BackendConfig config) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void providersThatFailToLoadAreKeptWithTheirReasonAndTheOthersStillCount(@TempDir Path dir) throws Exception {
        Path services = dir.resolve("META-INF/services/" + BackendProvider.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, "com.example.MissingProvider\n" + ThrowingProvider.class.getName() + "\n"
                + WorkingProvider.class.getName() + "\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                BackendsTest.class.getClassLoader())) {
            Backends b = Backends.discover(loader);
            assertEquals(List.of("working"), b.byId("working").stream().map(BackendProvider::id).toList());
            List<Backends.LoadFailure> failures = b.failures();
            assertEquals(2, failures.size(), failures.toString());
            assertTrue(failures.get(0).reason().contains("com.example.MissingProvider not found"), failures.toString());
            assertTrue(failures.get(1).reason().contains(ThrowingProvider.class.getName())
                    && failures.get(1).reason().contains("no native library for this OS"), failures.toString());
        }
    }
}
