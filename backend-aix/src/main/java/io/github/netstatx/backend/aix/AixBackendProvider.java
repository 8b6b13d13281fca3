package io.github.netstatx.backend.aix;

import io.github.netstatx.core.acquire.CommandRunner;
import io.github.netstatx.core.capture.CaptureSource;
import io.github.netstatx.core.capture.CapturedCommands;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.OsFamily;
import io.github.netstatx.core.spi.Availability;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.BackendException;
import io.github.netstatx.core.spi.BackendProvider;
import io.github.netstatx.core.spi.HostOsGate;
import io.github.netstatx.core.spi.NetstatBackend;
import java.util.function.UnaryOperator;

/**
 * The AIX backend ({@code aix-commands}): AIX's own commands run through the shared command runner.
 * Constructing it does nothing; on every other OS the probe says why not.
 */
public final class AixBackendProvider implements BackendProvider {

    public static final String ID = "aix-commands";

    private final HostOsGate os;

    /** The ServiceLoader constructor: reads the real system properties. */
    public AixBackendProvider() {
        this(System::getProperty);
    }

    /** For tests: system properties from elsewhere. */
    AixBackendProvider(UnaryOperator<String> properties) {
        this.os = new HostOsGate(OsFamily.AIX, properties);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public String description() {
        return "AIX netstat output (netstat -Aan, -ian, -rn, -s) through argv-only commands; owners read-only by default";
    }

    @Override
    public Availability probe(BackendConfig config) {
        return os.refusal().orElseGet(
                () -> Availability.yes("AIX " + os.property("os.version") + ": reads /usr/bin/netstat output"));
    }

    @Override
    public NetstatBackend open(BackendConfig config) throws BackendException {
        os.requireHere(ID);
        // Live, or live and recording into the capture: the aix-commands format keeps commands at the top.
        CommandRunner runner = CapturedCommands.runner(config, "");
        return open(config, runner, host(runner));
    }

    /** Records every command's output, in the {@code aix-commands} format of docs/CAPTURE.md. */
    @Override
    public boolean canCapture() {
        return true;
    }

    /** Answers every command from the capture: on any OS, and without running anything. */
    @Override
    public NetstatBackend openReplay(BackendConfig config) throws BackendException {
        CaptureSource capture = config.replayOf(ID);
        return open(config, CapturedCommands.replaying(capture, ""), capture.manifest().host());
    }

    /** A backend over any runner (a recording, a replay), with the owner strategy the config names. */
    public static NetstatBackend open(BackendConfig config, CommandRunner runner, HostInfo host)
            throws BackendException {
        String word = config.backendOption(OwnerStrategy.OPTION).orElse(OwnerStrategy.READ_ONLY.word());
        OwnerStrategy owners = OwnerStrategy.byWord(word).orElseThrow(() -> new BackendException(
                "unknown AIX owner strategy '" + word + "' (expected read-only, rmsock or none)"));
        return new AixBackend(ID, runner, owners, host, config.clock());
    }

    /**
     * The host as {@code uname -n} names it (asking the resolver for the local name could hang on a host
     * whose DNS is down; {@code uname} cannot).
     */
    private HostInfo host(CommandRunner runner) {
        String hostname = null;
        try {
            var r = runner.run(AixCommandLines.UNAME_N);
            String name = new String(r.stdout(), java.nio.charset.StandardCharsets.UTF_8).strip();
            if (r.succeeded() && !name.isEmpty()) {
                hostname = name;
            }
        } catch (java.io.IOException e) {
            // The host name is optional: unknown stays null.
        }
        return new HostInfo(hostname, OsFamily.AIX, os.property("os.version"), os.property("os.version"),
                os.property("os.arch"));
    }
}
