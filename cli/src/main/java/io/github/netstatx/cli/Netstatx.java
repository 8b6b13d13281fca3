package io.github.netstatx.cli;

import io.github.netstatx.cli.aix.AixDialect;
import io.github.netstatx.cli.facts.FactsCommand;
import io.github.netstatx.cli.json.JsonSchemaResource;
import io.github.netstatx.cli.json.SnapshotInput;
import io.github.netstatx.cli.linux.LinuxDialect;
import io.github.netstatx.cli.prometheus.PrometheusCommand;
import io.github.netstatx.cli.translate.HabitHints;
import io.github.netstatx.cli.translate.Translation;
import io.github.netstatx.cli.macos.AppleDialect;
import io.github.netstatx.cli.windows.WindowsDialect;
import io.github.netstatx.cli.windows.WindowsViews;
import io.github.netstatx.core.model.OsFamily;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.BackendException;
import io.github.netstatx.core.spi.Backends;
import io.github.netstatx.core.spi.NoBackendException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One run of the netstatx command: shared options, dialect selection, error handling, exit status. */
public final class Netstatx {

    private final OutputSink out;
    private final OutputSink err;
    private final Map<String, String> env;
    private final Optional<OsFamily> hostOs;
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
        this.hostOs = OsFamily.fromOsName(osName);
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
        } catch (AtomicFileOutput.OutputFileException e) {
            out.discard();
            err.println("netstatx: " + e.getMessage());
            status = ExitCodes.FAILURE;
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
        DialectId dialectId;
        try {
            opts = ExtensionOptions.extract(args);
            dialectId = DialectSelector.select(opts.dialect(), env, opts.remaining(), hostOs);
        } catch (ExtensionOptions.FilterValueException e) {
            err.println("netstatx: " + e.getMessage());
            try {
                return DialectSelector.select(e.dialect(), env, e.remaining(), hostOs).usageStatus();
            } catch (DialectSelector.UnknownDialectException unknown) {
                return ExitCodes.USAGE;
            }
        } catch (ExtensionOptions.UsageException | DialectSelector.UnknownDialectException e) {
            err.println("netstatx: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (opts.output().isEmpty()) {
            return runWith(opts, dialectId, out);
        }
        // --output FILE: each flush (one per sample) replaces FILE; a failed run leaves FILE as it was
        AtomicFileOutput file = new AtomicFileOutput(opts.output().get());
        file.check();
        OutputSink sink = new OutputSink(file, stop);
        int status = runWith(opts, dialectId, sink);
        if (status == ExitCodes.OK) {
            sink.flush();
        } else {
            sink.discard();
        }
        return status;
    }

    private int runWith(ExtensionOptions opts, DialectId dialectId, OutputSink sink) throws IOException {
        if (opts.jsonSchema()) {
            return JsonSchemaResource.print(sink, err);
        }
        if (opts.format() == OutputFormat.JC && dialectId != DialectId.LINUX) {
            err.println("netstatx: --format jc gives the records jc makes of net-tools netstat output; "
                    + "it works with the linux dialect only");
            return ExitCodes.USAGE;
        }
        LineEnding eol = LineEnding.forOs(hostOs);
        if (opts.translate() && dialectId == DialectId.AIX) {
            err.println("netstatx: --translate explains the linux and windows dialects; the aix dialect has no "
                    + "translation table yet");
            return ExitCodes.USAGE;
        }
        if (opts.translate()) {
            eol.write(sink, opts.remaining().isEmpty() ? Translation.table()
                    : Translation.explain(dialectId, opts.remaining()));
            return ExitCodes.OK;
        }
        if (HabitHints.enabled(env, stderrIsTerminal)) {
            Optional<String> hint = HabitHints.hint(dialectId, opts.remaining());
            if (hint.isPresent()) {
                // Shown now, before the table: a hint after a long listing scrolls by unread.
                eol.write(err, List.of(hint.get()));
                flushQuietly(err);
            }
        }
        BackendConfig config = opts.fsRoot().map(baseConfig::withFsRoot).orElse(baseConfig);
        if (opts.aixOwners().isPresent()) {
            // The AIX backend reads this key; other backends ignore it.
            config = config.withBackendOption("aix.owners", opts.aixOwners().get());
        }
        if (opts.netns().isPresent()) {
            config = config.withNetworkNamespace(opts.netns().get().file());
        }
        if (env.containsKey("NETSTATX_SOCK_DIAG")) {
            // auto | always | never: whether the Linux backend may read TCP tables through sock_diag netlink
            config = config.withBackendOption("linux.sock-diag", env.get("NETSTATX_SOCK_DIAG"));
        }
        CaptureSession capture = null;
        if (opts.capture().isPresent()) {
            try {
                capture = CaptureSession.start(opts.capture().get(), clock);
            } catch (IOException e) {
                err.println("netstatx: --capture: " + e.getMessage());
                return ExitCodes.FAILURE;
            }
            config = capture.configure(config);
        }
        int status;
        try (BackendAccess access = access(opts, config)) {
            status = runDialect(opts, dialectId, sink, access);
            if (capture != null) {
                capture.used(access.opened());
            }
        } catch (NoBackendException e) {
            flushBeforeError(sink);
            err.println("netstatx: " + e.explanation());
            return ExitCodes.NO_BACKEND;
        } catch (BackendException e) {
            flushBeforeError(sink);
            err.println("netstatx: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        // Written once the backend is closed: some record their last sources then (Windows owner lookups).
        if (capture != null && capture.wasUsed()) {
            try {
                capture.finish();
            } catch (IOException e) {
                flushBeforeError(sink);
                err.println("netstatx: --capture: cannot write " + opts.capture().get() + ": " + e.getMessage());
                return ExitCodes.FAILURE;
            }
        }
        return status;
    }

    private int runDialect(ExtensionOptions opts, DialectId dialectId, OutputSink sink, BackendAccess access)
            throws IOException, NoBackendException, BackendException {
        if (opts.listBackends()) {
            return new BackendList(sink).print(access);
        }
        Invocation inv = new Invocation(sink, err, env, access, clock, stop, stderrIsTerminal, opts);
        if (opts.facts().isPresent()) {
            return FactsCommand.run(opts.facts().get(), opts.remaining(), inv);
        }
        if (opts.format() == OutputFormat.PROMETHEUS) {
            return PrometheusCommand.run(opts.remaining(), inv);
        }
        return dialect(dialectId).run(opts.remaining(), inv);
    }

    private static void flushQuietly(OutputSink sink) {
        try {
            sink.flush();
        } catch (IOException ignored) {
            // stderr is gone: the hint is lost, the run goes on.
        }
    }

    /**
     * Standard output before the error message, in the order a terminal shows them; output bound for
     * an {@code --output} file is not committed by a failing run.
     */
    private void flushBeforeError(OutputSink sink) throws IOException {
        if (sink == out) {
            sink.flush();
        }
    }

    /**
     * The discovered backends, or with {@code --input} the saved snapshot, or with {@code --replay} the
     * capture's backend (read when first needed).
     */
    private BackendAccess access(ExtensionOptions opts, BackendConfig config) {
        if (opts.replay().isPresent()) {
            return BackendAccess.explicit(backends, config, () -> ReplayOpener.open(opts.replay().get(), backends,
                    config));
        }
        if (opts.input().isPresent()) {
            String name = opts.input().get();
            return BackendAccess.explicit(backends, config, () -> SnapshotInput.open(name, stdin, opts.inputLimit()));
        }
        return new BackendAccess(backends, config, opts.backend());
    }

    private Dialect dialect(DialectId id) {
        return switch (id) {
            case LINUX -> new LinuxDialect();
            case WINDOWS -> new WindowsDialect(WindowsViews.builtIn(), hostOs);
            case AIX -> new AixDialect(hostOs);
            case MACOS -> new AppleDialect(hostOs);
        };
    }
}
