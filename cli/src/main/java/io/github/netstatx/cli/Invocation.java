package io.github.netstatx.cli;

import io.github.netstatx.core.spi.BackendException;
import io.github.netstatx.core.spi.NetstatBackend;
import io.github.netstatx.core.spi.NoBackendException;
import java.time.Clock;
import java.util.Map;

/**
 * Everything one run of a dialect may use: its two output streams, the environment, the backend
 * (opened lazily), a clock and the stop signal. Dialects get nothing from globals.
 *
 * @param out standard output
 * @param err standard error
 * @param env environment variables
 * @param backends access to the selected backend
 * @param clock wall clock for timestamps
 * @param stop Ctrl+C for repeating runs
 * @param stderrIsTerminal true when standard error is a terminal (hints are printed only then)
 * @param options the shared netstatx options of this run
 */
public record Invocation(OutputSink out, OutputSink err, Map<String, String> env, BackendAccess backends,
        Clock clock, StopSignal stop, boolean stderrIsTerminal, ExtensionOptions options) {

    /** What renderers get: the streams and name-file root, without the backend. */
    public Rendering rendering() {
        return new Rendering(out, err, env, backends.config().fsRoot(), options.fsRoot().isPresent());
    }

    /** The backend, opened on first use. Dialects hand it to {@link SampleCollector}, never to renderers. */
    public NetstatBackend backend() throws NoBackendException, BackendException {
        return backends.backend();
    }
}
