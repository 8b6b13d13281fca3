package io.github.netstatx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.spi.Availability;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.BackendProvider;
import io.github.netstatx.core.spi.Backends;
import io.github.netstatx.core.spi.NetstatBackend;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NetstatxTest {

    private record Unavailable(String id, int priority, String why) implements BackendProvider {
        @Override
        public String description() {
            return "test provider " + id;
        }

        @Override
        public Availability probe(BackendConfig config) {
            return Availability.no(why);
        }

        @Override
        public NetstatBackend open(BackendConfig config) {
            throw new AssertionError("an unavailable provider must not be opened");
        }
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Backends backends, OutputStream stdout, String... args) {
        return new Netstatx(new OutputSink(stdout), new OutputSink(err), Map.of(), "Linux", backends,
                BackendConfig.live(), StopSignal.manual(), false, Clock.systemUTC()).run(List.of(args));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listBackendsShowsEveryProviderWithItsReason() {
        Backends b = Backends.of(List.of(new Unavailable("win", 10, "not Windows (os.name=Linux)"),
                new Unavailable("mac", 10, "not macOS")));
        assertEquals(ExitCodes.OK, run(b, out, "--list-backends"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("win") && text.contains("not Windows (os.name=Linux)"), text);
        assertTrue(text.contains("mac") && text.contains("not macOS"), text);
        assertTrue(text.contains("unavailable"), text);
    }

    @Test
    void listBackendsAlsoNamesProvidersThatFailedToLoadAndWhy() {
        Backends b = Backends.of(List.of(new Unavailable("win", 10, "not Windows")), List.of(new Backends.LoadFailure(
                "io.github.netstatx.core.spi.BackendProvider: Provider com.example.MacProvider could not be "
                        + "instantiated: java.lang.UnsatisfiedLinkError: no jnidispatch")));
        assertEquals(ExitCodes.OK, run(b, out, "--list-backends"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("""
                ! (failed to load)
                    io.github.netstatx.core.spi.BackendProvider: Provider com.example.MacProvider could not be \
                instantiated: java.lang.UnsatisfiedLinkError: no jnidispatch
                (* = chosen when no --backend is given; ! = registered but failed to load)
                """), text);
        ByteArrayOutputStream none = new ByteArrayOutputStream();
        Backends onlyBroken = Backends.of(List.of(), List.of(new Backends.LoadFailure("Provider x.Y not found")));
        assertEquals(ExitCodes.NO_BACKEND, run(onlyBroken, none, "--list-backends"));
        assertEquals("no backend provider could be loaded\n! (failed to load)\n    Provider x.Y not found\n",
                none.toString(StandardCharsets.UTF_8));
    }

    @Test
    void noAvailableBackendIsOneErrorExplainingEachProvider() {
        Backends b = Backends.of(List.of(new Unavailable("win", 10, "not Windows")));
        assertEquals(ExitCodes.NO_BACKEND, run(b, out, "-tan"));
        assertTrue(err().contains("no backend is available on this system"), err());
        assertTrue(err().contains("- win: not Windows"), err());
        assertEquals(0, out.size(), "nothing on stdout");
    }

    @Test
    void aBadNetstatxOptionIsAUsageErrorWithoutAStackTrace() {
        assertEquals(ExitCodes.USAGE, run(Backends.of(List.of()), out, "--dialect", "plan9"));
        assertEquals("netstatx: unknown dialect 'plan9' in --dialect (expected linux, windows, aix or macos)\n", err());
    }

    @Test
    void aClosedPipeEndsQuietlyWithTheSigpipeStatus() {
        OutputStream closedPipe = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        Backends b = Backends.of(List.of(new Unavailable("win", 10, "not Windows")));
        assertEquals(ExitCodes.BROKEN_PIPE, run(b, closedPipe, "--list-backends"));
        assertEquals("", err(), "no stack trace, no message");
    }
}
