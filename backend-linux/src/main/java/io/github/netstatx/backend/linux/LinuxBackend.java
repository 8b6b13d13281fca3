package io.github.netstatx.backend.linux;

import io.github.netstatx.core.model.ConntrackEntry;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.MulticastGroup;
import io.github.netstatx.core.model.NetInterface;
import io.github.netstatx.core.model.Route;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.StatisticsGroup;
import io.github.netstatx.core.query.SocketQuery;
import io.github.netstatx.core.query.RouteQuery;
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
        this.source = LinuxRawSource.of(config);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.SOCKETS, Capability.RAW_SOCKETS, Capability.UNIX_SOCKETS,
                Capability.PROCESS_OWNERS, Capability.QUEUES, Capability.TIMERS, Capability.INODES,
                Capability.INTERFACES, Capability.ROUTES, Capability.STATISTICS, Capability.MULTICAST_GROUPS,
                Capability.MASQUERADE);
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

    @Override
    public Snapshot<NetInterface> interfaces() {
        return new LinuxInterfaceCollector(source, config).collect();
    }

    @Override
    public Snapshot<Route> routes(RouteQuery query) {
        return new LinuxViewCollector(source, config).routes(query);
    }

    @Override
    public Snapshot<StatisticsGroup> statistics() {
        return new LinuxViewCollector(source, config).statistics();
    }

    @Override
    public Snapshot<MulticastGroup> multicastGroups() {
        return new LinuxViewCollector(source, config).multicastGroups();
    }

    /** Every tracked connection from nf_conntrack; front ends pick the masqueraded ones. */
    @Override
    public Snapshot<ConntrackEntry> masquerade() {
        return new LinuxViewCollector(source, config).conntrack();
    }
}
