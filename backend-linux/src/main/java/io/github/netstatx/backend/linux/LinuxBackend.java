package io.github.netstatx.backend.linux;

import io.github.netstatx.backend.linux.jna.NetworkNamespaceThread;
import io.github.netstatx.core.model.ConntrackEntry;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.MulticastGroup;
import io.github.netstatx.core.model.NetInterface;
import io.github.netstatx.core.model.NetworkNamespace;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Route;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.StatisticsGroup;
import io.github.netstatx.core.query.RouteQuery;
import io.github.netstatx.core.query.SocketQuery;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.BackendException;
import io.github.netstatx.core.spi.Capability;
import io.github.netstatx.core.spi.NetstatBackend;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The Linux backend: procfs text under {@code BackendConfig.fsRoot()} and rtnetlink dumps, parsed by pure
 * decoders. Each kind of collection lives in its own collector class; this class only wires them to the SPI.
 *
 * <p>With {@link BackendConfig#networkNamespace()} every collection runs on a {@link NetworkNamespaceThread}
 * that entered that namespace and reads {@code /proc/thread-self/net/}: sockets, interfaces, routes, statistics
 * and groups are the namespace's. Owners still come from {@code /proc/PID/fd}, which covers the whole pid
 * namespace: the socket inodes of the entered namespace's tables find their holders wherever they run.
 */
final class LinuxBackend implements NetstatBackend {

    static final String ID = "linux-procfs";

    private final BackendConfig config;
    private final LinuxRawSource source;
    private final NetworkNamespaceThread namespace;
    private volatile HostInfo host;
    /** The files refused while {@link #host} was read (set before it). */
    private volatile List<Diagnostic> hostRefusals = List.of();

    private LinuxBackend(BackendConfig config, NetworkNamespaceThread namespace) {
        this.config = config;
        this.namespace = namespace;
        this.source = LinuxRawSource.of(config);
    }

    LinuxBackend(BackendConfig config) {
        this(config, null);
    }

    /** Opens the backend, entering the configured network namespace first if there is one. */
    static LinuxBackend open(BackendConfig config) throws BackendException {
        if (config.networkNamespace() == null || config.replay() != null) {
            return new LinuxBackend(config); // a replay answers from its capture, wherever that was taken
        }
        if (!new LinuxRawSource(config.fsRoot()).isLiveRoot()) {
            throw new BackendException("a network namespace can only be entered on the live system, not under "
                    + config.fsRoot());
        }
        try {
            return new LinuxBackend(config, NetworkNamespaceThread.enter(config.networkNamespace()));
        } catch (IOException e) {
            throw new BackendException(e.getMessage(), e);
        }
    }

    /** Runs a collection in the entered namespace, or right here when there is none. */
    private <T> T inNamespace(Supplier<T> collection) throws BackendException {
        if (namespace == null) {
            return collection.get();
        }
        try {
            return namespace.call(collection::get);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new BackendException("collection in network namespace " + config.networkNamespace() + " failed: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (namespace != null) {
            namespace.close();
        }
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

    /** Everything procfs has a socket table for but SCTP, whose tables are not read yet (a diagnostic says so). */
    @Override
    public Set<Protocol> socketProtocols() {
        return EnumSet.of(Protocol.TCP, Protocol.UDP, Protocol.UDPLITE, Protocol.RAW, Protocol.UNIX);
    }

    @Override
    public HostInfo host() {
        HostInfo h = host;
        if (h == null) {
            HostInfoReader.Read read = HostInfoReader.read(source);
            hostRefusals = read.refusals();
            h = read.host();
            if (namespace != null) {
                h = h.inNetworkNamespace(new NetworkNamespace(config.networkNamespace().toString(),
                        namespaceInode()));
            }
            host = h;
        }
        return h;
    }

    @Override
    public List<Diagnostic> hostDiagnostics() {
        host();
        return hostRefusals;
    }

    /** The entered namespace's inode, as the namespace thread sees its own {@code ns/net} link. */
    private Long namespaceInode() {
        try {
            return inNamespace(() -> {
                String link = source.linkTarget("proc/thread-self/ns/net");
                return link == null ? null : NamespaceLinkParser.inode(link);
            });
        } catch (BackendException e) {
            return null;
        }
    }

    @Override
    public Snapshot<SocketEntry> sockets(SocketQuery query) throws BackendException {
        return inNamespace(() -> new LinuxSocketCollector(source, config).collect(query));
    }

    @Override
    public Snapshot<NetInterface> interfaces() throws BackendException {
        return inNamespace(() -> new LinuxInterfaceCollector(source, config).collect());
    }

    @Override
    public Snapshot<Route> routes(RouteQuery query) throws BackendException {
        return inNamespace(() -> new LinuxViewCollector(source, config).routes(query));
    }

    @Override
    public Snapshot<StatisticsGroup> statistics() throws BackendException {
        return inNamespace(() -> new LinuxViewCollector(source, config).statistics());
    }

    @Override
    public Snapshot<MulticastGroup> multicastGroups() throws BackendException {
        return inNamespace(() -> new LinuxViewCollector(source, config).multicastGroups());
    }

    /** Every tracked connection from nf_conntrack; front ends pick the masqueraded ones. */
    @Override
    public Snapshot<ConntrackEntry> masquerade() throws BackendException {
        return inNamespace(() -> new LinuxViewCollector(source, config).conntrack());
    }
}
