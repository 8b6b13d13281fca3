package io.github.netstatx.cli.json;

import io.github.netstatx.cli.Sample;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.ConntrackEntry;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.MemoryBuffers;
import io.github.netstatx.core.model.MulticastGroup;
import io.github.netstatx.core.model.NetInterface;
import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Route;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.StatisticsGroup;
import io.github.netstatx.core.query.RouteQuery;
import io.github.netstatx.core.query.Scope;
import io.github.netstatx.core.query.SocketQuery;
import io.github.netstatx.core.spi.BackendException;
import io.github.netstatx.core.spi.Capability;
import io.github.netstatx.core.spi.NetstatBackend;
import io.github.netstatx.core.spi.UnsupportedCapabilityException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A backend over a saved snapshot ({@code --input}): it answers every query from the document, as the
 * backend that wrote it would have answered, so every dialect renders it as if it were live. It is
 * chosen explicitly for {@code --input}, never by {@link java.util.ServiceLoader}.
 *
 * <p>It answers only what the document can answer. A query that needs sockets, details or views the
 * document was collected without fails with a message naming what is missing and how the document was
 * collected; a narrower query is answered by filtering, and details the query did not ask for (owners,
 * user names, timers, routing-cache entries) are left out as a live backend would leave them out.
 */
public final class SnapshotBackend implements NetstatBackend {

    private final Sample saved;
    private final String source;

    /**
     * @param saved the document, as {@link DocumentReader} read it
     * @param source its name in messages
     */
    public SnapshotBackend(Sample saved, String source) {
        this.saved = saved;
        this.source = source;
    }

    @Override
    public String id() {
        return saved.backendId();
    }

    @Override
    public Set<Capability> capabilities() {
        return saved.capabilities();
    }

    @Override
    public HostInfo host() {
        return saved.host();
    }

    @Override
    public Snapshot<SocketEntry> sockets(SocketQuery query) throws BackendException {
        Snapshot<SocketEntry> s = require(saved.sockets(), "socket listing");
        SocketQuery had = saved.request().sockets();
        List<String> missing = missing(had, query);
        if (!missing.isEmpty()) {
            throw new SnapshotFormatException(source + " lacks what this listing needs: " + String.join(", ", missing)
                    + " (it holds " + describe(had) + "); collect it again with options that include them");
        }
        List<SocketEntry> items = new ArrayList<>();
        for (SocketEntry e : s.items()) {
            if (query.matches(e)) {
                items.add(trim(e, query));
            }
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Diagnostic d : s.diagnostics()) {
            if (d.protocol() == null || query.protocols().contains(d.protocol())) {
                diagnostics.add(d);
            }
        }
        return new Snapshot<>(items, diagnostics, s.collectedAt());
    }

    @Override
    public Snapshot<NetInterface> interfaces() throws BackendException {
        return require(saved.interfaces(), "interface table");
    }

    @Override
    public Snapshot<Route> routes(RouteQuery query) throws BackendException {
        Snapshot<Route> r = require(saved.routes(), "routing table");
        boolean includeCache = query.cache();
        if (includeCache && !saved.request().routes().cache()) {
            throw new SnapshotFormatException(source + " holds routes without the routing cache, which this listing"
                    + " needs; collect it again with the cache");
        }
        if (includeCache) {
            return r;
        }
        return new Snapshot<>(r.items().stream().filter(x -> !x.cached()).toList(), r.diagnostics(), r.collectedAt());
    }

    @Override
    public Snapshot<StatisticsGroup> statistics() throws BackendException {
        return require(saved.statistics(), "protocol statistics");
    }

    @Override
    public Snapshot<MulticastGroup> multicastGroups() throws BackendException {
        return require(saved.groups(), "multicast group memberships");
    }

    @Override
    public Snapshot<ConntrackEntry> masquerade() throws BackendException {
        return require(saved.masquerade(), "masqueraded connections");
    }

    /**
     * The saved memory buffers; a document of a backend that has none (every system but macOS) is refused as
     * that backend would refuse, not with "collect it again".
     */
    @Override
    public Snapshot<MemoryBuffers> memoryBuffers() throws BackendException {
        if (saved.memoryBuffers() == null && !saved.capabilities().contains(Capability.MEMORY_BUFFERS)) {
            throw new UnsupportedCapabilityException(id(), Capability.MEMORY_BUFFERS);
        }
        return require(saved.memoryBuffers(), "memory buffers");
    }

    private <T> Snapshot<T> require(Snapshot<T> s, String what) throws SnapshotFormatException {
        if (s == null) {
            throw new SnapshotFormatException(source + " holds no " + what + " (it holds " + heldViews()
                    + "); collect it again with options that include it");
        }
        return s;
    }

    private String heldViews() {
        List<String> held = new ArrayList<>();
        for (Sample.Section s : Sample.Section.values()) {
            if (saved.section(s) != null) {
                held.add(EnumWords.word(s));
            }
        }
        return held.isEmpty() ? "nothing" : String.join(", ", held);
    }

    /** What {@code wanted} asks for that {@code had} did not collect, in words. */
    static List<String> missing(SocketQuery had, SocketQuery wanted) {
        List<String> missing = new ArrayList<>();
        Set<Protocol> protocols = EnumSet.noneOf(Protocol.class);
        protocols.addAll(wanted.protocols());
        protocols.removeAll(had.protocols());
        protocols.forEach(p -> missing.add(p.id() + " sockets"));
        boolean wantsInet = wanted.protocols().stream().anyMatch(Protocol::isInet);
        if (wantsInet) {
            for (AddressFamily f : AddressFamily.values()) {
                if (wanted.families().contains(f) && !had.families().contains(f)) {
                    missing.add(f.id() + " sockets");
                }
            }
        }
        if (had.scope() != Scope.ALL && wanted.scope() != had.scope()) {
            missing.add(had.scope() == Scope.LISTENING ? "non-listening sockets" : "listening sockets");
        }
        if (wanted.owners() && !had.owners()) {
            missing.add("process owners");
        }
        if (wanted.users() && !had.users()) {
            missing.add("user names");
        }
        if (wanted.timers() && !had.timers()) {
            missing.add("timers");
        }
        if (wanted.owners() && wanted.processDetails() && !had.processDetails()) {
            missing.add("owner process details (start time, user)");
        }
        return missing;
    }

    static String describe(SocketQuery q) {
        String protocols = String.join(", ", q.protocols().stream().sorted().map(Protocol::id).toList());
        String families = String.join(", ", q.families().stream().sorted().map(AddressFamily::id).toList());
        String scope = switch (q.scope()) {
            case ALL -> "all";
            case LISTENING -> "listening";
            case CONNECTED -> "non-listening";
        };
        List<String> details = new ArrayList<>();
        if (q.owners()) {
            details.add("owners");
        }
        if (q.users()) {
            details.add("user names");
        }
        if (q.timers()) {
            details.add("timers");
        }
        if (q.owners() && q.processDetails()) {
            details.add("owner process details");
        }
        return scope + " " + (protocols.isEmpty() ? "(no)" : protocols) + " sockets"
                + (families.isEmpty() ? "" : " over " + families)
                + (details.isEmpty() ? ", without owners, user names or timers" : ", with " + String.join(", ", details));
    }

    /** The entry as a live backend would return it for {@code query}: no details it did not ask for. */
    private static SocketEntry trim(SocketEntry e, SocketQuery query) {
        if (query.owners() && query.users() && query.timers() && query.processDetails()) {
            return e;
        }
        SocketEntry.Builder b = e.toBuilder();
        if (!query.owners()) {
            b.owners(List.of());
        } else if (!query.processDetails()) {
            b.owners(e.owners().stream().map(p -> new ProcessRef(p.pid(), p.name(), p.path(), null, p.module(), null,
                    p.role())).toList());
        }
        if (!query.users()) {
            b.user(null);
        }
        if (!query.timers()) {
            b.timer(null);
        }
        return b.build();
    }
}
