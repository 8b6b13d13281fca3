package io.github.netstatx.cli;

import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.BackendProvider;
import io.github.netstatx.core.spi.Backends;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One whole {@code netstatx} run in-process, as {@link Main} would do it, with captured streams.
 *
 * @param status exit status
 * @param out what went to stdout
 * @param err what went to stderr
 */
public record CommandRun(int status, String out, String err) {

    /** Runs with the given providers, environment, {@code os.name} and stderr terminal flag. */
    public static CommandRun run(List<BackendProvider> providers, Map<String, String> env, String osName,
            boolean stderrIsTerminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Netstatx n = new Netstatx(new OutputSink(out), new OutputSink(err), env, osName, Backends.of(providers),
                BackendConfig.live(), StopSignal.manual(), stderrIsTerminal,
                Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        int status = n.run(Arrays.asList(args));
        return new CommandRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs on a Linux host with no environment and stderr not a terminal. */
    public static CommandRun onLinux(BackendProvider provider, String... args) {
        return run(List.of(provider), Map.of(), "Linux", false, args);
    }
}
