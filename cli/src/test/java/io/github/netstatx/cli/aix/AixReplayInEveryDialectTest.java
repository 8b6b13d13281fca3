package io.github.netstatx.cli.aix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.backend.aix.AixBackendProvider;
import io.github.netstatx.cli.CommandRun;
import io.github.netstatx.cli.json.ContractSchema;
import io.github.netstatx.core.capture.DirectoryCaptureSource;
import io.github.netstatx.core.capture.InvalidCaptureException;
import io.github.netstatx.core.spi.Availability;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.BackendException;
import io.github.netstatx.core.spi.BackendProvider;
import io.github.netstatx.core.spi.NetstatBackend;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committed AIX capture (built from the real samples, see backend-aix's {@code aix/PROVENANCE.md})
 * replayed through the AIX backend's {@code openReplay}, on this Linux machine, in every dialect and in
 * JSON.
 */
class AixReplayInEveryDialectTest {

    /** The replay as a provider, as {@code --replay DIR} opens it. */
    private static final class Replay implements BackendProvider {
        @Override
        public String id() {
            return AixBackendProvider.ID;
        }

        @Override
        public int priority() {
            return 10;
        }

        @Override
        public String description() {
            return "replay";
        }

        @Override
        public Availability probe(BackendConfig config) {
            return Availability.yes("replay");
        }

        @Override
        public NetstatBackend open(BackendConfig config) throws BackendException {
            try {
                DirectoryCaptureSource source = DirectoryCaptureSource.open(
                        RecordedAixHost.FIXTURES.resolve("captures").resolve("quoted-rows"));
                return new AixBackendProvider().openReplay(config.withReplay(source));
            } catch (InvalidCaptureException e) {
                throw new BackendException(e.getMessage(), e);
            }
        }
    }

    private static CommandRun run(String... args) {
        return CommandRun.run(List.of(new Replay()), Map.of(), "Linux", false, args);
    }

    @Test
    void tablesInEveryDialect() {
        for (List<String> args : List.of(List.of("--dialect", "aix", "-Aan"), List.of("--dialect", "aix", "-rn"),
                List.of("--dialect", "aix", "-in"), List.of("--dialect", "linux", "-tan"),
                List.of("--dialect", "linux", "-rn"), List.of("--dialect", "linux", "-i"),
                List.of("--dialect", "windows", "-an"), List.of("--dialect", "windows", "-r"))) {
            CommandRun r = run(args.toArray(String[]::new));
            assertEquals(0, r.status(), args + ": " + r.err());
            assertTrue(r.out().lines().count() >= 2, args + ": " + r.out());
        }
        assertTrue(run("--dialect", "aix", "-Aan").out().contains(
                "f1000e0000180bb8 tcp4       0      0  *.1334                *.*                   LISTEN\n"));
        assertTrue(run("--dialect", "windows", "-an").out().contains(
                "  TCP    127.0.0.1:8000         0.0.0.0:0              LISTENING"));
    }

    @Test
    void jsonIsSchemaValidAndCarriesTheCapturedTime() {
        for (String dialect : List.of("aix", "linux", "windows")) {
            CommandRun r = run("--dialect", dialect, "--json", "-an");
            assertEquals(0, r.status(), dialect + ": " + r.err());
            ContractSchema.assertValid(r.out(), "replayed AIX capture in " + dialect);
            assertTrue(r.out().contains("\"collected_at\": \"2026-12-02T10:00:00Z\""), r.out());
            assertTrue(r.out().contains("\"os\": \"aix\""), r.out());
        }
    }
}
