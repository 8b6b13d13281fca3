package io.github.netstatx.backend.linux;

import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.query.SocketQuery;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.Capability;
import io.github.netstatx.core.spi.NetstatBackend;
import java.util.EnumSet;
import java.util.Set;

/**
 * The Linux backend: procfs text under {@code BackendConfig.fsRoot()}, parsed by pure parsers.
 * Each kind of collection lives in its own collector class; this class only wires them to the SPI.
 */
final class LinuxBackend implements NetstatBackend {

    static final String ID = "linux-procfs";

    private final BackendConfig config;
    private final LinuxRawSource source;
    private volatile HostInfo host;

    LinuxBackend(BackendConfig config) {
        this.config = config;
        this.source = new LinuxRawSource(config.fsRoot());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.SOCKETS, Capability.RAW_SOCKETS, Capability.UNIX_SOCKETS,
                Capability.PROCESS_OWNERS, Capability.QUEUES, Capability.TIMERS, Capability.INODES);
    }

    @Override
    public HostInfo host() {
        HostInfo h = host;
        if (h == null) {
            h = HostInfoReader.read(source);
            host = h;
        }
        return h;
    }

    @Override
    public Snapshot<SocketEntry> sockets(SocketQuery query) {
        return new LinuxSocketCollector(source, config).collect(query);
    }
}
