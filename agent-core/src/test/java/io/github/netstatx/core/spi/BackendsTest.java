package io.github.netstatx.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.query.SocketQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

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
}
