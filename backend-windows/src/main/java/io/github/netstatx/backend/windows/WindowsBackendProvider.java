package io.github.netstatx.backend.windows;

import io.github.netstatx.backend.windows.capture.CapturingIpHelperSource;
import io.github.netstatx.backend.windows.capture.ReplayIpHelperSource;
import io.github.netstatx.backend.windows.jna.JnaIpHelperSource;
import io.github.netstatx.core.capture.CaptureSource;
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
 * The Windows backend ({@code windows-iphlpapi}). Constructing it loads nothing: JNA and the Windows DLLs are
 * loaded only by {@link #probe} and {@link #open}, and only when {@code os.name} says Windows, so on every
 * other OS the probe just says why not.
 */
public final class WindowsBackendProvider implements BackendProvider {

    public static final String ID = "windows-iphlpapi";

    private final HostOsGate os;

    /** The ServiceLoader constructor: reads the real system properties. */
    public WindowsBackendProvider() {
        this(System::getProperty);
    }

    /** For tests: system properties from elsewhere. */
    WindowsBackendProvider(UnaryOperator<String> properties) {
        this.os = new HostOsGate(OsFamily.WINDOWS, properties);
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
        return "Windows IP Helper API (iphlpapi.dll) through JNA";
    }

    @Override
    public Availability probe(BackendConfig config) {
        var refusal = os.refusal();
        if (refusal.isPresent()) {
            return refusal.get();
        }
        try {
            return Availability.yes(JnaIpHelperSource.probe());
        } catch (IpHelperException e) {
            return Availability.no("the IP Helper API does not answer: " + e.getMessage(), e);
        } catch (RuntimeException | LinkageError e) {
            return Availability.no("JNA cannot load the IP Helper API: " + e, e);
        }
    }

    @Override
    public NetstatBackend open(BackendConfig config) throws BackendException {
        os.requireHere(ID);
        IpHelperSource source;
        try {
            source = JnaIpHelperSource.open();
        } catch (RuntimeException | LinkageError e) {
            throw new BackendException("JNA cannot load the IP Helper API: " + e, e);
        }
        if (config.capture() != null) {
            source = new CapturingIpHelperSource(source, config.capture());
        }
        return new WindowsBackend(ID, source, host(), config.clock());
    }

    /** Records every buffer the IP Helper calls fill (format windows-iphlpapi, docs/CAPTURE.md). */
    @Override
    public boolean canCapture() {
        return true;
    }

    /**
     * Reads a windows-iphlpapi capture on any OS: the decoders over the captured buffers; JNA is never
     * loaded, so this works where {@link #probe} says no.
     */
    @Override
    public NetstatBackend openReplay(BackendConfig config) throws BackendException {
        CaptureSource capture = config.replayOf(ID);
        return new WindowsBackend(ID, new ReplayIpHelperSource(capture), capture.manifest().host(), config.clock());
    }

    /** Host facts without any lookup: COMPUTERNAME is what Windows calls the host; no DNS. */
    private HostInfo host() {
        return new HostInfo(System.getenv("COMPUTERNAME"), OsFamily.WINDOWS, os.property("os.name"),
                os.property("os.version"), os.property("os.arch"));
    }
}
