package io.github.netstatx.cli;

import io.github.netstatx.core.capture.CaptureSource;
import io.github.netstatx.core.capture.DirectoryCaptureSource;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.BackendException;
import io.github.netstatx.core.spi.BackendProvider;
import io.github.netstatx.core.spi.Backends;
import io.github.netstatx.core.spi.NetstatBackend;
import io.github.netstatx.core.text.Echo;
import java.nio.file.Path;

/**
 * {@code --replay DIR}: opens the backend the capture's manifest names over the captured sources. The
 * provider is not probed (its probe describes this machine, not the captured one), and only its pure
 * decoders run, so a capture replays on any OS.
 */
final class ReplayOpener {

    private ReplayOpener() {
    }

    static NetstatBackend open(Path dir, Backends backends, BackendConfig config) throws BackendException {
        CaptureSource source = DirectoryCaptureSource.open(dir);
        String id = source.manifest().backend();
        BackendProvider provider = backends.byId(id).orElseThrow(() -> new BackendException("capture " + Echo.name(dir.toString())
                + " was made by backend " + id + ", which this netstatx does not have (see --list-backends)"));
        return provider.openReplay(config.withReplay(source));
    }
}
