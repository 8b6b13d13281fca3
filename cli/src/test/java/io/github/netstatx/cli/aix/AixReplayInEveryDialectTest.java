package io.github.netstatx.cli.aix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.cli.CommandRun;
import io.github.netstatx.cli.json.ContractSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committed AIX capture (built from the real samples, see backend-aix's {@code aix/PROVENANCE.md})
 * replayed through the AIX backend's {@code openReplay}, on this Linux machine, in every dialect and in
 * JSON.
 */
class AixReplayInEveryDialectTest {

    private static CommandRun run(String... args) {
        return CommandRun.run(List.of(RecordedAixHost.replay("quoted-rows")), Map.of(), "Linux", false, args);
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

    /** The recorded {@code netstat -s}: AIX's own layout, and the MIB-named counters in the other two. */
    @Test
    void statisticsInEveryDialect() {
        CommandRun aix = run("--dialect", "aix", "-s");
        assertEquals(0, aix.status(), aix.err());
        assertEquals(RecordedAixHost.sample("netstat-s.bgera.txt"), aix.out());
        CommandRun linux = run("--dialect", "linux", "-s");
        assertEquals(0, linux.status(), linux.err());
        assertTrue(linux.out().contains("    4245933464 segments received\n"), linux.out());
        assertTrue(linux.out().contains("    2220648 active connection openings\n"), linux.out());
        CommandRun windows = run("--dialect", "windows", "-s", "-p", "tcp");
        assertEquals(0, windows.status(), windows.err());
        assertTrue(windows.out().contains("2220648"), windows.out());
        CommandRun json = run("--json", "-s");
        assertEquals(0, json.status(), json.err());
        ContractSchema.assertValid(json.out(), "replayed AIX statistics");
        assertTrue(json.out().contains("\"ActiveOpens\":2220648"), json.out());
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

    /** Through the real option: {@code --replay DIR} finds aix-commands by the manifest and opens its replay. */
    @Test
    void theReplayOption() {
        String dir = RecordedAixHost.FIXTURES.resolve("captures").resolve("quoted-rows").toString();
        for (String dialect : List.of("aix", "linux", "windows")) {
            CommandRun r = CommandRun.run(List.of(new io.github.netstatx.backend.aix.AixBackendProvider()), Map.of(),
                    "Linux", false, "--replay", dir, "--dialect", dialect, "--json", "-an");
            assertEquals(0, r.status(), dialect + ": " + r.err());
            ContractSchema.assertValid(r.out(), "--replay of an AIX capture in " + dialect);
        }
        CommandRun table = CommandRun.run(List.of(new io.github.netstatx.backend.aix.AixBackendProvider()), Map.of(),
                "Linux", false, "--replay", dir, "--dialect", "aix", "-rn", "-f", "inet6");
        assertEquals("Routing tables\n"
                + "Destination        Gateway           Flags   Refs     Use  If   Exp  Groups\n\n"
                + "Route Tree for Protocol Family 24 (Internet v6):\n"
                + "::1%1              ::1%1             UH        1    677032 lo0      -      -   =>\n", table.out());
    }
}
