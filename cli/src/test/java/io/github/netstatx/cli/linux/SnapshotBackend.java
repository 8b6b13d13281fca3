package io.github.netstatx.cli.linux;

import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.OsFamily;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.query.SocketQuery;
import io.github.netstatx.core.spi.Availability;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.BackendProvider;
import io.github.netstatx.core.spi.Capability;
import io.github.netstatx.core.spi.NetstatBackend;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A backend answering from model objects built in a test: it serves the entries the query matches
 * (as a real backend must) and the diagnostics the test chose for that query, and records every query.
 */
class SnapshotBackend implements NetstatBackend, BackendProvider {

    private final List<SocketEntry> entries;
    private final Function<SocketQuery, List<Diagnostic>> diagnostics;
    final List<SocketQuery> queries = new ArrayList<>();
    Runnable onQuery = () -> { };

    SnapshotBackend(List<SocketEntry> entries, Function<SocketQuery, List<Diagnostic>> diagnostics) {
        this.entries = List.copyOf(entries);
        this.diagnostics = diagnostics;
    }

    SnapshotBackend(List<SocketEntry> entries) {
        this(entries, q -> List.of());
    }

    @Override
    public String id() {
        return "snapshot";
    }

    @Override
    public int priority() {
        return 1;
    }

    @Override
    public String description() {
        return "model objects built by a test";
    }

    @Override
    public Availability probe(BackendConfig config) {
        return Availability.yes("always");
    }

    @Override
    public NetstatBackend open(BackendConfig config) {
        return this;
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.allOf(Capability.class);
    }

    @Override
    public HostInfo host() {
        return new HostInfo("test", OsFamily.LINUX, null, null, null);
    }

    @Override
    public Snapshot<SocketEntry> sockets(SocketQuery query) {
        queries.add(query);
        onQuery.run();
        return new Snapshot<>(entries.stream().filter(query::matches).toList(), diagnostics.apply(query),
                Instant.EPOCH);
    }
}
