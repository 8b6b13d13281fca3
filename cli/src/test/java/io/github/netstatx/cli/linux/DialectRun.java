package io.github.netstatx.cli.linux;

import io.github.netstatx.cli.Netstatx;
import io.github.netstatx.cli.OutputSink;
import io.github.netstatx.cli.StopSignal;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.BackendProvider;
import io.github.netstatx.core.spi.Backends;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** One in-process run of netstatx in the linux dialect, with what it printed. */
record DialectRun(String out, String err, int status) {

    static DialectRun of(List<BackendProvider> providers, StopSignal stop, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Netstatx n = new Netstatx(new OutputSink(out), new OutputSink(err), Map.of(), "Linux",
                Backends.of(providers), BackendConfig.live(), stop, false, Clock.systemUTC());
        int status = n.run(Arrays.asList(args));
        return new DialectRun(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }

    static DialectRun of(SnapshotBackend backend, String... args) {
        return of(List.of(backend), StopSignal.manual(), args);
    }

    /** A run that must not need any backend. */
    static DialectRun withoutBackend(String... args) {
        return of(List.of(), StopSignal.manual(), args);
    }
}
