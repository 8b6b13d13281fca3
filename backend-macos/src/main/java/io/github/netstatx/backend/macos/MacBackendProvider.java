package io.github.netstatx.backend.macos;

import io.github.netstatx.backend.macos.jna.JnaSysctlSource;
import io.github.netstatx.core.model.OsFamily;
import io.github.netstatx.core.spi.Availability;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.BackendException;
import io.github.netstatx.core.spi.BackendProvider;
import io.github.netstatx.core.spi.HostOsGate;
import io.github.netstatx.core.spi.NetstatBackend;
import java.util.function.UnaryOperator;

/**
 * The macOS backend ({@code macos-sysctl}). Constructing it loads nothing: JNA and libSystem are loaded only by
 * {@link #probe} and {@link #open}, and only when {@code os.name} says macOS, so elsewhere the probe just says
 * why not.
 */
public final class MacBackendProvider implements BackendProvider {

    public static final String ID = "macos-sysctl";

    private final HostOsGate os;

    /** The ServiceLoader constructor: reads the real system properties. */
    public MacBackendProvider() {
        this(System::getProperty);
    }

    /** For tests: system properties from elsewhere. */
    MacBackendProvider(UnaryOperator<String> properties) {
        this.os = new HostOsGate(OsFamily.MACOS, properties);
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
        return "macOS sysctl (pcblist_n) through JNA";
    }

    @Override
    public Availability probe(BackendConfig config) {
        var refusal = os.refusal();
        if (refusal.isPresent()) {
            return refusal.get();
        }
        try {
            return Availability.yes(JnaSysctlSource.probe());
        } catch (RuntimeException | LinkageError e) {
            return Availability.no("JNA cannot call sysctl: " + e, e);
        }
    }

    @Override
    public NetstatBackend open(BackendConfig config) throws BackendException {
        os.requireHere(ID);
        SysctlSource source;
        try {
            source = JnaSysctlSource.open();
        } catch (RuntimeException | LinkageError e) {
            throw new BackendException("JNA cannot call sysctl: " + e, e);
        }
        if (config.capture() != null) {
            source = new CapturingSysctls(source, config.capture());
        }
        return new MacBackend(ID, source, config.clock(), os.property("os.version"), os.property("os.arch"));
    }

    @Override
    public boolean canCapture() {
        return true;
    }

    /** A {@code macos-sysctl} capture, decoded on any OS: no JNA, no libSystem. */
    @Override
    public NetstatBackend openReplay(BackendConfig config) throws BackendException {
        if (config.replay() == null) {
            throw new BackendException("no capture to replay");
        }
        var host = config.replay().manifest().host();
        return new MacBackend(ID, new CapturedSysctls(config.replay()), config.clock(),
                host == null ? null : host.osVersion(), host == null ? null : host.arch());
    }
}
