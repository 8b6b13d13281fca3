package io.github.netstatx.core.query;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a backend should collect. Backends do only the work asked: no owner scan unless
 * {@code owners}, no user-name lookup unless {@code users}, no per-process reads beyond the program
 * name and path unless {@code processDetails}.
 *
 * @param protocols protocols to list
 * @param families inet families to list (UNIX sockets are selected by {@link Protocol#UNIX} alone)
 * @param scope listening, connected or all
 * @param owners collect owning processes
 * @param users resolve owning user names (uids are always collected where the platform has them)
 * @param timers collect timers
 * @param processDetails with {@code owners}: also each owner's start time and user (its user name needs
 *     {@code users} too); fleet facts want them, the netstat tables do not
 * @param prefilter states and ports to keep, which a backend applies while it reads its tables
 *     ({@link SocketPrefilter#NONE}: all)
 */
public record SocketQuery(Set<Protocol> protocols, Set<AddressFamily> families, Scope scope, boolean owners,
        boolean users, boolean timers, boolean processDetails, SocketPrefilter prefilter) {

    /** A query without owner process details. */
    public SocketQuery(Set<Protocol> protocols, Set<AddressFamily> families, Scope scope, boolean owners,
            boolean users, boolean timers) {
        this(protocols, families, scope, owners, users, timers, false);
    }

    /** A query that keeps every state and port of its scope. */
    public SocketQuery(Set<Protocol> protocols, Set<AddressFamily> families, Scope scope, boolean owners,
            boolean users, boolean timers, boolean processDetails) {
        this(protocols, families, scope, owners, users, timers, processDetails, SocketPrefilter.NONE);
    }

    public SocketQuery {
        protocols = protocols.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(protocols));
        families = families.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(families));
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(prefilter, "prefilter");
    }

    /**
     * Everything, with owners, user names and timers: what a JSON snapshot or a test wants. Owner
     * process details (start time, process user) are asked for separately ({@link #withProcessDetails}).
     */
    public static SocketQuery everything() {
        return new SocketQuery(EnumSet.allOf(Protocol.class), EnumSet.of(AddressFamily.IPV4, AddressFamily.IPV6),
                Scope.ALL, true, true, true);
    }

    /** True when this query asks for the given protocol in the given family. */
    public boolean wants(Protocol protocol, AddressFamily family) {
        return protocols.contains(protocol) && (protocol == Protocol.UNIX || families.contains(family));
    }

    /** True when the entry belongs in the result of this query (its scope and its prefilter). */
    public boolean matches(SocketEntry entry) {
        if (!wants(entry.protocol(), entry.family()) || !inScope(entry.listening())) {
            return false;
        }
        if (prefilter.keepsAll()) {
            return true;
        }
        boolean inet = entry.local() != null;
        return prefilter.keeps(entry.state(), inet ? entry.local().port() : 0, inet ? entry.remote().port() : 0);
    }

    /** True when a socket that is (or is not) listening belongs in this query's {@link #scope}. */
    public boolean inScope(boolean listening) {
        return switch (scope) {
            case ALL -> true;
            case LISTENING -> listening;
            case CONNECTED -> !listening;
        };
    }

    public SocketQuery withScope(Scope newScope) {
        return new SocketQuery(protocols, families, newScope, owners, users, timers, processDetails, prefilter);
    }

    public SocketQuery withOwners(boolean newOwners) {
        return new SocketQuery(protocols, families, scope, newOwners, users, timers, processDetails, prefilter);
    }

    public SocketQuery withProcessDetails(boolean newProcessDetails) {
        return new SocketQuery(protocols, families, scope, owners, users, timers, newProcessDetails, prefilter);
    }

    /** This query with {@code newPrefilter} applied while the tables are read. */
    public SocketQuery withPrefilter(SocketPrefilter newPrefilter) {
        return new SocketQuery(protocols, families, scope, owners, users, timers, processDetails, newPrefilter);
    }
}
