package io.github.netstatx.cli.json;

import io.github.netstatx.cli.OutputSink;
import io.github.netstatx.cli.Sample;
import io.github.netstatx.cli.ViewRequest;
import io.github.netstatx.cli.changes.SocketChange;
import io.github.netstatx.cli.summary.SocketSummary;
import io.github.netstatx.core.filter.SocketFilter;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.query.SocketQuery;
import io.github.netstatx.core.spi.Capability;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Writes samples as documents of the JSON contract ({@code docs/schema/netstatx-1.schema.json}). Keys
 * come in a fixed order and rows in the backend's order, so the same sample always gives the same bytes.
 *
 * <p>A single document is laid out one record per line; in a stream every document is one line
 * (NDJSON). Both end with a line feed.
 */
public final class DocumentWriter {

    /** The version of the contract this writer produces. */
    public static final String SCHEMA_VERSION = "1.4";
    /** Its major part: readers refuse documents of any other major. */
    public static final int SCHEMA_MAJOR = 1;

    /** Records are handed to the sink in chunks of about this many characters. */
    private static final int CHUNK = 1 << 16;

    private final OutputSink out;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);
    private final JsonWriter w;
    private final SocketFilter filter;
    private final boolean summary;

    /**
     * @param oneLine true for NDJSON streams: each document on one line
     */
    public DocumentWriter(OutputSink out, boolean oneLine) {
        this(out, oneLine, SocketFilter.none(), false);
    }

    /**
     * @param oneLine true for NDJSON streams: each document on one line
     * @param filter the run's filter options, which {@code query.sockets.filter} names
     * @param summary with {@code --summary}: snapshots carry the counts of their sockets in {@code summary}
     */
    public DocumentWriter(OutputSink out, boolean oneLine, SocketFilter filter, boolean summary) {
        this.out = out;
        this.w = new JsonWriter(buffer, oneLine ? 0 : 2);
        this.filter = filter;
        this.summary = summary;
    }

    /** A full document ({@code "kind": "snapshot"}) with every requested section. */
    public void snapshot(Sample s) {
        head(s, "snapshot");
        section("sockets", s.sockets(), SocketView::write);
        section("interfaces", s.interfaces(), InterfaceView::write);
        section("routes", s.routes(), RouteView::write);
        section("statistics", s.statistics(), StatisticsView::write);
        section("groups", s.groups(), GroupView::write);
        section("masquerade", s.masquerade(), MasqueradeView::write);
        section("memory_buffers", s.memoryBuffers(), MemoryBuffersView::write);
        w.name("changes").nullValue();
        w.name("summary");
        if (summary && s.sockets() != null) {
            SummaryView.write(w, SocketSummary.of(s.sockets().items()));
        } else {
            w.nullValue();
        }
        tail(s);
    }

    /**
     * A change document ({@code "kind": "changes"}): the sections are null and {@code changes} lists
     * what happened since the previous sample, each event stamped with this sample's time.
     */
    public void changes(Sample s, List<SocketChange> changes) {
        head(s, "changes");
        for (String section : List.of("sockets", "interfaces", "routes", "statistics", "groups", "masquerade",
                "memory_buffers")) {
            w.name(section).nullValue();
        }
        w.name("changes").beginArray();
        for (SocketChange c : changes) {
            w.beginObject();
            w.name("event").value(EnumWords.word(c.kind()));
            w.name("at").value(s.collectedAt());
            previous(c.previous());
            w.name("socket");
            SocketView.write(w, c.socket());
            w.endObject();
            drainIfFull();
        }
        w.endArray();
        w.name("summary").nullValue();
        tail(s);
    }

    /** The state keys of the socket before a state change; all null for other events. */
    private void previous(SocketEntry p) {
        w.name("previous_state").value(p == null || p.state() == null ? null : p.state().name());
        w.name("previous_platform_state").value(p == null ? null : p.platformState());
        w.name("previous_unix_state").value(p == null || p.unix() == null ? null : EnumWords.word(p.unix().state()));
    }

    private void head(Sample s, String kind) {
        w.beginObject();
        w.name("schema_version").value(SCHEMA_VERSION);
        w.name("kind").value(kind);
        w.name("collected_at").value(s.collectedAt());
        host(s.host());
        w.name("backend").beginObject();
        w.name("id").value(s.backendId());
        w.name("capabilities");
        EnumWords.writeSet(w, Capability.class, s.capabilities());
        w.endObject();
        query(s.request());
    }

    private void tail(Sample s) {
        w.name("diagnostics").beginArray();
        for (Sample.SectionDiagnostic sd : s.diagnostics()) {
            DiagnosticView.write(w, sd);
        }
        w.endArray();
        w.endObject();
        buffer.append('\n');
        drain();
    }

    private void host(HostInfo h) {
        w.name("host").beginObject();
        w.name("hostname").value(h.hostname());
        w.name("os").value(EnumWords.word(h.os()));
        w.name("os_version").value(h.osVersion());
        w.name("kernel").value(h.kernel());
        w.name("arch").value(h.arch());
        w.name("network_namespace");
        if (h.networkNamespace() == null) {
            w.nullValue();
        } else {
            w.beginObject();
            w.name("path").value(h.networkNamespace().path());
            w.name("inode").value(h.networkNamespace().inode());
            w.endObject();
        }
        w.endObject();
    }

    private void query(ViewRequest r) {
        w.name("query").beginObject();
        w.name("sockets");
        SocketQuery q = r.sockets();
        if (q == null) {
            w.nullValue();
        } else {
            w.beginObject();
            // Protocol.id() and AddressFamily.id() are the lower-case names, as EnumWords writes them.
            w.name("protocols");
            EnumWords.writeSet(w, Protocol.class, q.protocols());
            w.name("families");
            EnumWords.writeSet(w, AddressFamily.class, q.families());
            w.name("scope").value(EnumWords.word(q.scope()));
            w.name("owners").value(q.owners());
            w.name("users").value(q.users());
            w.name("timers").value(q.timers());
            w.name("process_details").value(q.processDetails());
            w.name("filter").value(filter.isEmpty() ? null : filter.toString());
            w.endObject();
        }
        w.name("interfaces").value(r.interfaces());
        w.name("routes").value(r.routes() != null);
        w.name("route_cache").value(r.routes() != null && r.routes().cache());
        w.name("statistics").value(r.statistics());
        w.name("groups").value(r.groups());
        w.name("masquerade").value(r.masquerade());
        w.name("memory_buffers").value(r.memoryBuffers());
        w.endObject();
    }

    private <T> void section(String name, Snapshot<T> snapshot, BiConsumer<JsonWriter, T> view) {
        w.name(name);
        if (snapshot == null) {
            w.nullValue();
            return;
        }
        w.beginArray();
        for (T item : snapshot.items()) {
            view.accept(w, item);
            drainIfFull();
        }
        w.endArray();
    }

    private void drainIfFull() {
        if (buffer.length() >= CHUNK) {
            drain();
        }
    }

    private void drain() {
        // The writer escapes every lone surrogate, so the text is well-formed UTF-16 and the JDK's
        // bulk encoder gives exactly the bytes OutputSink.print would, much faster.
        out.write(buffer.toString().getBytes(StandardCharsets.UTF_8));
        buffer.setLength(0);
    }
}
