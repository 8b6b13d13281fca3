package io.github.netstatx.cli;

import io.github.netstatx.cli.json.JsonSchemaResource;
import io.github.netstatx.cli.json.SnapshotInput;
import io.github.netstatx.cli.linux.LinuxDialect;
import io.github.netstatx.cli.windows.WindowsDialect;
import io.github.netstatx.cli.windows.WindowsViews;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.BackendException;
import io.github.netstatx.core.spi.Backends;
import io.github.netstatx.core.spi.NoBackendException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** One run of the netstatx command: shared options, dialect selection, error handling, exit status. */
public final class Netstatx {

    private final OutputSink out;
    private final OutputSink err;
    private final Map<String, String> env;
    private final String osName;
    private final Backends backends;
    private final BackendConfig baseConfig;
    private final StopSignal stop;
    private final boolean stderrIsTerminal;
    private final Clock clock;
    private final InputStream stdin;

    public Netstatx(OutputSink out, OutputSink err, Map<String, String> env, String osName, Backends backends,
            BackendConfig baseConfig, StopSignal stop, boolean stderrIsTerminal, Clock clock) {
        this(out, err, env, osName, backends, baseConfig, stop, stderrIsTerminal, clock, System.in);
    }

    /** As above, with the stream {@code --input -} reads. */
    public Netstatx(OutputSink out, OutputSink err, Map<String, String> env, String osName, Backends backends,
            BackendConfig baseConfig, StopSignal stop, boolean stderrIsTerminal, Clock clock, InputStream stdin) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.osName = osName;
        this.backends = backends;
        this.baseConfig = baseConfig;
        this.stop = stop;
        this.stderrIsTerminal = stderrIsTerminal;
        this.clock = clock;
        this.stdin = stdin;
    }

    /** Runs and returns the exit status; never throws. Output is flushed before returning. */
    public int run(List<String> args) {
        int status;
        try {
            status = runUnflushed(args);
            out.flush();
        } catch (IOException e) {
            // The reader of stdout is gone (`| head`): end quietly, as netstat ends on SIGPIPE.
            out.discard();
            status = ExitCodes.BROKEN_PIPE;
        }
        try {
            err.flush();
        } catch (IOException ignored) {
            // Nothing more can be said when stderr is gone too.
        }
        return status;
    }

    private int runUnflushed(List<String> args) throws IOException {
        ExtensionOptions opts;
        String dialectId;
        try {
            opts = ExtensionOptions.extract(args);
            dialectId = DialectSelector.select(opts.dialect(), env, opts.remaining(), osName);
        } catch (ExtensionOptions.UsageException | DialectSelector.UnknownDialectException e) {
            err.println("netstatx: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (opts.jsonSchema()) {
            return JsonSchemaResource.print(out, err);
        }
        BackendConfig config = opts.fsRoot().map(baseConfig::withFsRoot).orElse(baseConfig);
        try (BackendAccess access = access(opts, config)) {
            if (opts.listBackends()) {
                return new BackendList(out).print(access);
            }
            Invocation inv = new Invocation(out, err, env, access, clock, stop, stderrIsTerminal, opts);
            return dialect(dialectId).run(opts.remaining(), inv);
        } catch (NoBackendException e) {
            out.flush();
            err.println("netstatx: " + e.explanation());
            return ExitCodes.NO_BACKEND;
        } catch (BackendException e) {
            out.flush();
            err.println("netstatx: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }

    /** The discovered backends, or with {@code --input} the saved snapshot (read when first needed). */
    private BackendAccess access(ExtensionOptions opts, BackendConfig config) {
        if (opts.input().isPresent()) {
            String name = opts.input().get();
            return BackendAccess.explicit(backends, config, () -> SnapshotInput.open(name, stdin));
        }
        return new BackendAccess(backends, config, opts.backend());
    }

    private Dialect dialect(String id) {
        return switch (id) {
            case "linux" -> new LinuxDialect();
            case "windows" -> new WindowsDialect(WindowsViews.builtIn(), osName);
            default -> throw new IllegalStateException("no dialect " + id);
        };
    }
}
