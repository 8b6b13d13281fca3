package io.github.netstatx.backend.linux;

import io.github.netstatx.core.spi.Availability;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.BackendException;
import io.github.netstatx.core.spi.BackendProvider;
import io.github.netstatx.core.spi.NetstatBackend;
import io.github.netstatx.core.text.Echo;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Registers the Linux procfs backend with {@link java.util.ServiceLoader}. Cheap to construct. */
public final class LinuxBackendProvider implements BackendProvider {

    @Override
    public String id() {
        return LinuxBackend.ID;
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public String description() {
        return "Linux: socket tables from /proc/net, owners from /proc/PID/fd";
    }

    @Override
    public Availability probe(BackendConfig config) {
        try {
            // proc/net/tcp marks a procfs tree. Whatever it is there (a FIFO or a device planted under --fs-root,
            // a link loop, an unreadable file) is judged when the table is read, as any other table is: a
            // diagnostic naming it, and the rest of the listing.
            Path tcp = config.fsRoot().resolve("proc/net/tcp");
            if (!Files.exists(tcp, LinkOption.NOFOLLOW_LINKS)) {
                return Availability.no("not Linux: " + Echo.name(tcp.toString()) + " not found");
            }
            return Availability.yes("reads " + Echo.name(tcp.getParent().toString()));
        } catch (RuntimeException e) {
            return Availability.no("cannot check " + Echo.name(config.fsRoot().toString()) + ": " + e, e);
        }
    }

    @Override
    public NetstatBackend open(BackendConfig config) throws BackendException {
        Availability a = probe(config);
        if (!a.available()) {
            throw new BackendException("backend " + id() + " is not available: " + a.reason());
        }
        return LinuxBackend.open(config);
    }

    /** Records every file, listing, link and command it reads (format linux-procfs, docs/CAPTURE.md). */
    @Override
    public boolean canCapture() {
        return true;
    }

    /** Reads a linux-procfs capture on any OS: the same parsers, the captured files. */
    @Override
    public NetstatBackend openReplay(BackendConfig config) throws BackendException {
        config.replayOf(id()); // only checks: LinuxBackend reads the capture through config
        return new LinuxBackend(config);
    }
}
