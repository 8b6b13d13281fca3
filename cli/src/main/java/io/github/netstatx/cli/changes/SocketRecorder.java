package io.github.netstatx.cli.changes;

import io.github.netstatx.core.model.ConntrackEntry;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.MulticastGroup;
import io.github.netstatx.core.model.NetInterface;
import io.github.netstatx.core.model.Route;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.StatisticsGroup;
import io.github.netstatx.core.query.SocketQuery;
import io.github.netstatx.core.spi.BackendException;
import io.github.netstatx.core.spi.Capability;
import io.github.netstatx.core.spi.NetstatBackend;
import java.util.List;
import java.util.Set;

/**
 * Keeps the sockets a dialect's table pass got for one query, so that change tracking starts from
 * exactly the rows the first table showed. It wraps the backend and passes every call through.
 */
public final class SocketRecorder {

    private final SocketQuery query;
    private List<SocketEntry> recorded;

    /** @param query the query whose answer is kept */
    public SocketRecorder(SocketQuery query) {
        this.query = query;
    }

    /** The sockets of the last answer to the query, or {@code null} when it was not asked. */
    public List<SocketEntry> recorded() {
        return recorded;
    }

    /** {@code backend}, recording its answers to the query. */
    public NetstatBackend wrap(NetstatBackend backend) {
        return new NetstatBackend() {
            @Override
            public String id() {
                return backend.id();
            }

            @Override
            public Set<Capability> capabilities() {
                return backend.capabilities();
            }

            @Override
            public HostInfo host() {
                return backend.host();
            }

            @Override
            public Snapshot<SocketEntry> sockets(SocketQuery q) throws BackendException {
                Snapshot<SocketEntry> s = backend.sockets(q);
                if (q.equals(query)) {
                    recorded = s.items();
                }
                return s;
            }

            @Override
            public Snapshot<NetInterface> interfaces() throws BackendException {
                return backend.interfaces();
            }

            @Override
            public Snapshot<Route> routes(boolean includeCache) throws BackendException {
                return backend.routes(includeCache);
            }

            @Override
            public Snapshot<StatisticsGroup> statistics() throws BackendException {
                return backend.statistics();
            }

            @Override
            public Snapshot<MulticastGroup> multicastGroups() throws BackendException {
                return backend.multicastGroups();
            }

            @Override
            public Snapshot<ConntrackEntry> masquerade() throws BackendException {
                return backend.masquerade();
            }

            @Override
            public void close() {
                backend.close();
            }
        };
    }
}
