package io.github.netstatx.cli.json;

import com.fasterxml.jackson.core.JsonToken;
import io.github.netstatx.cli.Sample;
import io.github.netstatx.cli.TerminalSafe;
import io.github.netstatx.cli.ViewRequest;
import io.github.netstatx.core.address.AddressBytes;
import io.github.netstatx.core.address.AddressLiteral;
import io.github.netstatx.core.model.AdapterStatistics;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.BsdRouteInfo;
import io.github.netstatx.core.model.BsdSocketInfo;
import io.github.netstatx.core.model.ConntrackEntry;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.NetworkNamespace;
import io.github.netstatx.core.model.OsFamily;
import io.github.netstatx.core.model.InetEndpoint;
import io.github.netstatx.core.model.InterfaceAddress;
import io.github.netstatx.core.model.InterfaceCounters;
import io.github.netstatx.core.model.InterfaceFlag;
import io.github.netstatx.core.model.LinkType;
import io.github.netstatx.core.model.MemoryBuffers;
import io.github.netstatx.core.model.MbufClass;
import io.github.netstatx.core.model.MbufTypeCount;
import io.github.netstatx.core.model.MbufCacheState;
import io.github.netstatx.core.model.MulticastGroup;
import io.github.netstatx.core.model.NetInterface;
import io.github.netstatx.core.model.OffloadState;
import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Route;
import io.github.netstatx.core.model.RouteFlag;
import io.github.netstatx.core.model.Severity;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.SocketTimer;
import io.github.netstatx.core.model.StatisticsCounter;
import io.github.netstatx.core.model.StatisticsGroup;
import io.github.netstatx.core.model.TcpState;
import io.github.netstatx.core.model.TimerKind;
import io.github.netstatx.core.model.UnixFlag;
import io.github.netstatx.core.model.UnixInfo;
import io.github.netstatx.core.model.UnixPath;
import io.github.netstatx.core.model.UnixSocketType;
import io.github.netstatx.core.model.UnixState;
import io.github.netstatx.core.query.Scope;
import io.github.netstatx.core.query.RouteQuery;
import io.github.netstatx.core.query.SocketQuery;
import io.github.netstatx.core.spi.Capability;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a document written by {@code --json} back into a {@link Sample}, for {@code --input}.
 *
 * <p>What it accepts is the compatibility promise seen from the reader's side: any {@code 1.x}
 * document. Keys it does not know are ignored. Values it does not know of the enums a minor version
 * may extend are read as "unknown" ({@code null}, {@link TimerKind#OTHER}, {@link Diagnostic.Code#OTHER},
 * left out of flag sets), except that sockets of a protocol it does not know are left out with a
 * warning diagnostic. Everything else that does not fit the contract is an error with its location.
 */
public final class DocumentReader {

    private static final Pattern VERSION = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");

    private final String source;

    /** @param source the name of the document in messages (a file name, or "standard input") */
    public DocumentReader(String source) {
        this.source = source;
    }

    /** Parses and maps one document. */
    public Sample read(byte[] bytes) throws SnapshotFormatException {
        return read(new ByteArrayInputStream(bytes));
    }

    /**
     * Parses and maps one document as it is read from {@code in}. The root's arrays (sockets, interfaces,
     * routes, ...) are mapped element by element as the parser meets them, so what stays in memory is the
     * model, never a tree of the document. A mapping failure is kept until the whole document has been
     * read, and failures are then reported in the order of the checks below, wherever their values stand
     * in the document (a bad JSON token anywhere, then the version, then the kind, ...).
     */
    public Sample read(InputStream in) throws SnapshotFormatException {
        return LocatedJson.parse(in, source, this::document);
    }

    /** One of the root's arrays, mapped as it is read: its elements, or the first element that failed. */
    private static final class Elements<T> {
        private final ItemReader<T> reader;
        private final List<T> items = new ArrayList<>();
        /** Elements the reader left out (returned null for). */
        private int left;
        private SnapshotFormatException failure;

        Elements(ItemReader<T> reader) {
            this.reader = reader;
        }
    }

    /** The root's small members, kept as trees; the arrays stream through {@link Elements}. */
    private static final Set<String> SMALL_MEMBERS = Set.of("schema_version", "kind", "collected_at", "host",
            "backend", "query");

    /** Reads the document's members as they come; what they mean is judged once all are read. */
    private LocatedJson.Result<Sample> document(LocatedJson.Cursor c) throws IOException, SnapshotFormatException {
        RootArrays arrays = new RootArrays();
        if (c.token() != JsonToken.START_OBJECT) {
            LocatedJson.Node root = c.shallow();
            return () -> sample(JsonFields.root(source, root), arrays); // says that a document is an object
        }
        long at = c.pos();
        Map<String, LocatedJson.Node> members = new LinkedHashMap<>();
        while (c.next() == JsonToken.FIELD_NAME) {
            String name = c.name();
            c.next();
            Elements<?> elements = arrays.named(name);
            if (elements != null) {
                members.put(name, stream(c, name, elements));
            } else if (SMALL_MEMBERS.contains(name)) {
                members.put(name, c.tree(name));
            } else {
                c.skip(); // a key of a newer minor version: nothing here reads it
            }
        }
        LocatedJson.Obj root = new LocatedJson.Obj(at, members);
        return () -> sample(JsonFields.root(source, root), arrays);
    }

    /** Checks and maps a document that was read whole, in the order its failures are reported. */
    private Sample sample(JsonFields doc, RootArrays arrays) throws SnapshotFormatException {
        checkVersion(doc);
        String kind = doc.string("kind");
        if (kind.equals("changes")) {
            throw doc.error("kind", "this is a change-event document; --input needs a full snapshot"
                    + " (the first line of a --changes stream is one)");
        }
        if (!kind.equals("snapshot")) {
            throw doc.error("kind", "unknown document kind " + TerminalSafe.quoted(kind) + " (expected \"snapshot\")");
        }
        Instant collectedAt = instant(doc, "collected_at");
        if (collectedAt == null) {
            throw doc.error("collected_at", "expected an RFC 3339 time, found null");
        }
        HostInfo host = host(doc.object("host"));
        JsonFields backend = doc.object("backend");
        String backendId = backend.string("id");
        Set<Capability> capabilities = knownWords(backend, "capabilities", Capability.class);
        JsonFields query = doc.object("query");
        SocketQuery socketQuery = socketQuery(query);

        doc.objects("diagnostics"); // present, and an array
        Map<Sample.Section, List<Diagnostic>> diagnostics = new EnumMap<>(Sample.Section.class);
        for (SectionDiagnostic d : section(doc, "diagnostics", arrays.diagnostics)) {
            diagnostics.computeIfAbsent(d.section(), k -> new ArrayList<>()).add(d.diagnostic());
        }
        List<SocketEntry> sockets = section(doc, "sockets", arrays.sockets);
        List<Diagnostic> socketNotes = new ArrayList<>();
        int left = arrays.sockets.left;
        if (left > 0) {
            socketNotes.add(new Diagnostic(Diagnostic.Code.OTHER, Severity.WARNING, source,
                    "left out " + left + " sockets of protocols this netstatx does not know: "
                            + TerminalSafe.excerpt(String.join(", ", arrays.unknownProtocols)), null, left, null));
        }
        if ((sockets == null) != (socketQuery == null)) {
            throw doc.error("sockets", sockets == null ? "is null but query.sockets says sockets were collected"
                    : "is present but query.sockets is null");
        }
        List<NetInterface> interfaces = section(doc, "interfaces", arrays.interfaces);
        List<Route> routes = section(doc, "routes", arrays.routes);
        List<StatisticsGroup> statistics = section(doc, "statistics", arrays.statistics);
        List<MulticastGroup> groups = section(doc, "groups", arrays.groups);
        List<ConntrackEntry> masquerade = section(doc, "masquerade", arrays.masquerade);
        // added in 1.4: absent from older documents
        List<MemoryBuffers> memoryBuffers = doc.has("memory_buffers")
                ? section(doc, "memory_buffers", arrays.memoryBuffers) : null;
        boolean routeCache = routes != null && query.bool("route_cache");
        ViewRequest request = new ViewRequest(socketQuery, false, interfaces != null,
                routes == null ? null : new RouteQuery(routeCache), statistics != null, groups != null,
                masquerade != null, memoryBuffers != null);

        List<Diagnostic> socketDiagnostics = new ArrayList<>(diagnostics.getOrDefault(Sample.Section.SOCKETS, List.of()));
        socketDiagnostics.addAll(socketNotes);
        Map<Sample.Section, Boolean> present = new EnumMap<>(Sample.Section.class);
        present.put(Sample.Section.SOCKETS, sockets != null);
        present.put(Sample.Section.INTERFACES, interfaces != null);
        present.put(Sample.Section.ROUTES, routes != null);
        present.put(Sample.Section.STATISTICS, statistics != null);
        present.put(Sample.Section.GROUPS, groups != null);
        present.put(Sample.Section.MASQUERADE, masquerade != null);
        present.put(Sample.Section.MEMORY_BUFFERS, memoryBuffers != null);
        for (Sample.Section s : diagnostics.keySet()) {
            if (!present.get(s)) {
                throw doc.error("diagnostics", "a diagnostic belongs to section " + EnumWords.word(s)
                        + ", which the document does not hold");
            }
        }
        return new Sample(host, backendId, capabilities, request, collectedAt,
                snapshot(sockets, socketDiagnostics, collectedAt),
                snapshot(interfaces, diagnostics.get(Sample.Section.INTERFACES), collectedAt),
                snapshot(routes, diagnostics.get(Sample.Section.ROUTES), collectedAt),
                snapshot(statistics, diagnostics.get(Sample.Section.STATISTICS), collectedAt),
                snapshot(groups, diagnostics.get(Sample.Section.GROUPS), collectedAt),
                snapshot(masquerade, diagnostics.get(Sample.Section.MASQUERADE), collectedAt),
                snapshot(memoryBuffers, diagnostics.get(Sample.Section.MEMORY_BUFFERS), collectedAt), Set.of(),
                Map.of());
    }

    /** {@code memory_buffers} (since 1.4): the kernel's network memory buffers. */
    private static MemoryBuffers memoryBuffers(JsonFields m) throws SnapshotFormatException {
        List<MbufTypeCount> types = new ArrayList<>();
        for (JsonFields t : m.objects("types")) {
            types.add(new MbufTypeCount((int) t.requiredLong("kernel_type", 0, Integer.MAX_VALUE),
                    t.requiredLong("count", 1, Long.MAX_VALUE)));
        }
        List<MbufClass> classes = new ArrayList<>();
        for (JsonFields c : m.objects("classes")) {
            classes.add(new MbufClass(c.string("name"), c.requiredLong("size", 0, Long.MAX_VALUE),
                    c.requiredLong("total", 0, Long.MAX_VALUE), c.requiredLong("active", 0, Long.MAX_VALUE),
                    c.requiredLong("free", 0, Long.MAX_VALUE), c.requiredLong("class_total", 0, Long.MAX_VALUE),
                    c.requiredLong("released", 0, Long.MAX_VALUE), openWord(c, "cache_state", MbufCacheState.class),
                    c.requiredLong("cached", 0, Long.MAX_VALUE)));
        }
        return new MemoryBuffers(m.optLong("mbuf_size", 0, Long.MAX_VALUE), m.optLong("cluster_size", 0, Long.MAX_VALUE),
                m.optLong("big_cluster_size", 0, Long.MAX_VALUE), m.optLong("jumbo_cluster_size", 0, Long.MAX_VALUE),
                m.optLong("jumbo_cluster_limit", 0, Long.MAX_VALUE), m.optLong("clusters", 0, Long.MAX_VALUE),
                m.optLong("big_clusters", 0, Long.MAX_VALUE), m.optLong("denied", 0, Long.MAX_VALUE),
                m.optLong("delayed", 0, Long.MAX_VALUE), m.optLong("drains", 0, Long.MAX_VALUE), types, classes);
    }

    private static <T> Snapshot<T> snapshot(List<T> items, List<Diagnostic> diagnostics, Instant at) {
        return items == null ? null : new Snapshot<>(items, diagnostics == null ? List.of() : diagnostics, at);
    }

    private void checkVersion(JsonFields doc) throws SnapshotFormatException {
        String v = doc.string("schema_version");
        Matcher m = VERSION.matcher(v);
        if (!m.matches()) {
            throw doc.error("schema_version", TerminalSafe.quoted(v) + " is not a MAJOR.MINOR version");
        }
        int major = Integer.parseInt(m.group(1));
        if (major != DocumentWriter.SCHEMA_MAJOR) {
            throw doc.error("schema_version", "schema version " + v + " is not supported: this netstatx reads "
                    + DocumentWriter.SCHEMA_MAJOR + ".x documents (it writes " + DocumentWriter.SCHEMA_VERSION
                    + "); use a netstatx release that reads major version " + major);
        }
    }

    /** A mapping of one array element that may fail with a located error. */
    @FunctionalInterface
    private interface ItemReader<T> {
        T read(JsonFields f) throws SnapshotFormatException;
    }

    /** The root's arrays of one document, each mapped as the parser meets it. */
    private final class RootArrays {
        private final Set<String> unknownProtocols = new TreeSet<>();
        private final Elements<SectionDiagnostic> diagnostics = new Elements<>(DocumentReader.this::diagnostic);
        private final Elements<SocketEntry> sockets = new Elements<>(f -> socket(f, unknownProtocols));
        private final Elements<NetInterface> interfaces = new Elements<>(DocumentReader.this::netInterface);
        private final Elements<Route> routes = new Elements<>(DocumentReader.this::route);
        private final Elements<StatisticsGroup> statistics = new Elements<>(DocumentReader.this::statisticsGroup);
        private final Elements<MulticastGroup> groups = new Elements<>(DocumentReader.this::group);
        private final Elements<ConntrackEntry> masquerade = new Elements<>(DocumentReader.this::conntrack);
        private final Elements<MemoryBuffers> memoryBuffers = new Elements<>(DocumentReader::memoryBuffers);

        /** The array read for the root key {@code key}, or null for another key. */
        Elements<?> named(String key) {
            return switch (key) {
                case "diagnostics" -> diagnostics;
                case "sockets" -> sockets;
                case "interfaces" -> interfaces;
                case "routes" -> routes;
                case "statistics" -> statistics;
                case "groups" -> groups;
                case "masquerade" -> masquerade;
                case "memory_buffers" -> memoryBuffers;
                default -> null;
            };
        }
    }

    /**
     * Maps the array the cursor is on element by element, each element's tree let go once mapped; after the
     * first failure the rest is only parsed. Returns what stands for the array in the root object: an empty
     * array at its location, or the value found instead of an array (an error for {@link #section}).
     */
    private <T> LocatedJson.Node stream(LocatedJson.Cursor c, String key, Elements<T> into)
            throws IOException, SnapshotFormatException {
        if (c.token() != JsonToken.START_ARRAY) {
            return c.shallow();
        }
        long at = c.pos();
        int i = 0;
        while (c.next() != JsonToken.END_ARRAY) {
            if (into.failure != null) {
                c.skip();
                continue;
            }
            String path = key + "[" + i++ + "]";
            LocatedJson.Node element = c.tree(path);
            try {
                T item = into.reader.read(JsonFields.element(source, path, element));
                if (item == null) {
                    into.left++;
                } else {
                    into.items.add(item);
                }
            } catch (SnapshotFormatException e) {
                into.failure = e;
            }
        }
        return new LocatedJson.Arr(at, List.of());
    }

    /** A root array's elements, null when it is null; a located error when it is missing or failed. */
    private static <T> List<T> section(JsonFields doc, String key, Elements<T> elements)
            throws SnapshotFormatException {
        if (doc.optObjects(key) == null) {
            return null;
        }
        if (elements.failure != null) {
            throw elements.failure;
        }
        return elements.items;
    }

    private HostInfo host(JsonFields h) throws SnapshotFormatException {
        JsonFields ns = h.has("network_namespace") ? h.optObject("network_namespace") : null; // added in 1.1
        return new HostInfo(h.optString("hostname"), osFamily(h.optString("os")), h.optString("os_version"),
                h.optString("kernel"), h.optString("arch"),
                ns == null ? null : new NetworkNamespace(ns.string("path"), ns.optLong("inode")));
    }

    /** An OS word this version does not know reads as an unknown OS, as the model has no catch-all. */
    private static OsFamily osFamily(String word) {
        return word == null ? null : EnumWords.byWord(OsFamily.class, word);
    }

    private SocketQuery socketQuery(JsonFields query) throws SnapshotFormatException {
        JsonFields q = query.optObject("sockets");
        if (q == null) {
            return null;
        }
        Set<Protocol> protocols = knownWords(q, "protocols", Protocol.class);
        Set<AddressFamily> families = knownWords(q, "families", AddressFamily.class);
        Scope scope = closedWord(q, "scope", Scope.class);
        return new SocketQuery(protocols, families, scope, q.bool("owners"), q.bool("users"), q.bool("timers"),
                q.bool("process_details"));
    }

    /** A diagnostic with the section it belongs to. */
    private record SectionDiagnostic(Sample.Section section, Diagnostic diagnostic) {
    }

    /** One element of the diagnostics; null for a section of a newer minor version, which nothing here renders. */
    private SectionDiagnostic diagnostic(JsonFields d) throws SnapshotFormatException {
        Sample.Section section = EnumWords.byWord(Sample.Section.class, d.string("section"));
        if (section == null) {
            return null;
        }
        Diagnostic.Code code = EnumWords.byWord(Diagnostic.Code.class, d.string("code"));
        Protocol protocol = openWord(d, "protocol", Protocol.class);
        return new SectionDiagnostic(section, new Diagnostic(code == null ? Diagnostic.Code.OTHER : code,
                closedWord(d, "severity", Severity.class), d.string("source"), d.string("message"), protocol,
                d.requiredLong("count", 0, Long.MAX_VALUE), d.optLong("uid", 0, Long.MAX_VALUE)));
    }

    /** One socket; null (and its protocol word noted) for a protocol this version does not know. */
    private SocketEntry socket(JsonFields f, Set<String> unknownProtocols) throws SnapshotFormatException {
        String protocolWord = f.string("protocol");
        Protocol protocol = EnumWords.byWord(Protocol.class, protocolWord);
        if (protocol == null) {
            unknownProtocols.add(protocolWord);
            return null;
        }
        return socket(f, protocol);
    }

    /** The BSD socket-layer details; a document from before they existed has no key: null. */
    private static BsdSocketInfo bsd(JsonFields b) throws SnapshotFormatException {
        if (b == null) {
            return null;
        }
        Boolean userSpace = b.optBool("user_space_flow");
        return new BsdSocketInfo(b.optLong("flow_hash", 0, Long.MAX_VALUE), b.optLong("rx_bytes", 0, Long.MAX_VALUE),
                b.optLong("tx_bytes", 0, Long.MAX_VALUE), b.optLong("recv_high_water", 0, Long.MAX_VALUE),
                b.optLong("send_high_water", 0, Long.MAX_VALUE), b.optInt("listen_queue"),
                b.optInt("listen_incomplete"), b.optInt("listen_limit"), b.optInt("socket_state"),
                b.optLong("socket_options"), b.optString("vnode_address"), b.optString("peer_address"),
                b.optString("refs_address"), b.optString("next_ref_address"), userSpace != null && userSpace,
                // added in 1.3:
                b.addedString("socket_address"), b.addedLong("generation", 0, Long.MAX_VALUE),
                b.addedLong("socket_flags", Long.MIN_VALUE, Long.MAX_VALUE),
                b.addedLong("socket_flags1", Long.MIN_VALUE, Long.MAX_VALUE), b.addedInt("use_count"),
                b.addedInt("retain_count"), b.addedLong("filter_flags", Long.MIN_VALUE, Long.MAX_VALUE),
                // added in 1.4:
                b.addedLong("rx_packets", 0, Long.MAX_VALUE), b.addedLong("tx_packets", 0, Long.MAX_VALUE),
                b.addedLong("rx_dropped_bytes", 0, Long.MAX_VALUE), b.addedLong("rx_dropped_packets", 0, Long.MAX_VALUE));
    }

    private SocketEntry socket(JsonFields f, Protocol protocol) throws SnapshotFormatException {
        AddressFamily family = closedWord(f, "family", AddressFamily.class);
        boolean unix = protocol == Protocol.UNIX;
        if (unix != (family == AddressFamily.UNIX)) {
            throw f.error("family", "family " + EnumWords.word(family) + " does not go with protocol " + protocol.id());
        }
        SocketEntry.Builder b = SocketEntry.builder(protocol, family)
                .local(endpoint(f, "local", family))
                .remote(endpoint(f, "remote", family))
                .state(tcpState(f, "state"))
                .platformState(f.optString("platform_state"))
                .stateCode(f.optInt("state_code"))
                .recvQueue(f.optLong("recv_queue", 0, Long.MAX_VALUE))
                .sendQueue(f.optLong("send_queue", 0, Long.MAX_VALUE))
                .uid(f.optLong("uid", 0, Long.MAX_VALUE))
                .user(f.optString("user"))
                .inode(f.optLong("inode", 0, Long.MAX_VALUE))
                .timer(timer(f.optObject("timer")))
                .createdAt(instant(f, "created_at"))
                .offload(openWord(f, "offload", OffloadState.class))
                .dualStack(f.bool("dual_stack"))
                .pcbAddress(f.optString("pcb_address"))
                .bsd(bsd(f.optObject("bsd")));
        for (JsonFields o : f.objects("owners")) {
            b.addOwner(owner(o));
        }
        b.unix(unixInfo(f, unix));
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw f.error(e.getMessage());
        }
    }

    /**
     * An inet socket's endpoint, which must fit its family: an ipv4 socket has IPv4 addresses; an ipv6
     * socket has IPv6 ones or, for an IPv4 peer of a dual-stack socket, the IPv4 address it maps
     * ({@code --json} writes {@code ::ffff:10.0.0.1} as {@code 10.0.0.1}).
     */
    private InetEndpoint endpoint(JsonFields f, String side, AddressFamily family) throws SnapshotFormatException {
        String addressKey = side + "_address";
        String literal = f.optString(addressKey);
        Integer port = f.optInt(side + "_port", 0, 0xFFFF);
        Integer scope = f.optInt(side + "_scope_id", 0, Integer.MAX_VALUE);
        if (family == AddressFamily.UNIX) {
            if (literal != null || port != null) {
                throw f.error(addressKey, "a UNIX socket has no " + side + " address or port (expected null)");
            }
            return null;
        }
        if (literal == null || port == null) {
            throw f.error(literal == null ? addressKey : side + "_port",
                    "an inet socket needs its " + side + " address and port");
        }
        InetAddress address = address(f, addressKey, literal, scope);
        if (family == AddressFamily.IPV4 && literal.indexOf(':') >= 0) {
            throw f.error(addressKey, TerminalSafe.quoted(literal) + " is an IPv6 address, but the socket's family"
                    + " is ipv4");
        }
        return new InetEndpoint(address, port);
    }

    private static InetAddress address(JsonFields f, String key, String literal, Integer scope)
            throws SnapshotFormatException {
        boolean v6 = literal.indexOf(':') >= 0;
        InetAddress a = AddressLiteral.parse(literal);
        if (a == null) {
            throw f.error(key, "not an " + (v6 ? "IPv6 " : "") + "address literal: " + TerminalSafe.quoted(literal));
        }
        if (scope == null) {
            return a;
        }
        if (!v6) {
            throw f.error(key, "an IPv4 address has no scope id");
        }
        // An IPv4-mapped literal is IPv4 in the model: a scope id has nothing to attach to.
        return a instanceof Inet6Address ? AddressBytes.ipv6(a.getAddress(), scope) : a;
    }

    private static InetAddress optAddress(JsonFields f, String key) throws SnapshotFormatException {
        String literal = f.optString(key);
        return literal == null ? null : address(f, key, literal, null);
    }

    private static TcpState tcpState(JsonFields f, String key) throws SnapshotFormatException {
        String word = f.optString(key);
        if (word == null) {
            return null;
        }
        for (TcpState s : TcpState.values()) {
            if (s.name().equals(word)) {
                return s;
            }
        }
        throw f.error(key, "unknown TCP state " + TerminalSafe.quoted(word));
    }

    private ProcessRef owner(JsonFields o) throws SnapshotFormatException {
        ProcessRef.Role role = openWord(o, "role", ProcessRef.Role.class);
        return new ProcessRef(o.requiredLong("pid", 0, Long.MAX_VALUE), o.optString("name"), o.optString("path"),
                o.optString("user"), o.optString("module"), instant(o, "start_time"), role);
    }

    private SocketTimer timer(JsonFields t) throws SnapshotFormatException {
        if (t == null) {
            return null;
        }
        TimerKind kind = EnumWords.byWord(TimerKind.class, t.string("kind"));
        Long remaining = t.optLong("remaining_ms", 0, Long.MAX_VALUE);
        return new SocketTimer(kind == null ? TimerKind.OTHER : kind,
                remaining == null ? null : Duration.ofMillis(remaining),
                (int) t.requiredLong("retransmits", 0, Integer.MAX_VALUE),
                (int) t.requiredLong("probes", 0, Integer.MAX_VALUE),
                t.optInt("platform_code"));
    }

    private UnixInfo unixInfo(JsonFields f, boolean unix) throws SnapshotFormatException {
        String path = f.optString("path");
        Boolean abstractName = f.optBool("abstract");
        String type = f.optString("type");
        Integer typeCode = f.optInt("type_code");
        List<String> flags = f.optStrings("flags");
        String state = f.optString("unix_state");
        Integer stateCode = f.optInt("unix_state_code");
        Long refCount = f.optLong("refcount", 0, Long.MAX_VALUE);
        if (!unix) {
            if (path != null || type != null || flags != null || state != null || refCount != null) {
                throw f.error("path", "the UNIX keys of an inet socket must be null");
            }
            return null;
        }
        if (flags == null) {
            throw f.error("flags", "expected an array for a UNIX socket, found null");
        }
        if (path != null && abstractName == null) {
            throw f.error("abstract", "a bound UNIX socket needs abstract true or false");
        }
        Set<UnixFlag> flagSet = EnumSet.noneOf(UnixFlag.class);
        for (String word : flags) {
            UnixFlag flag = EnumWords.byWord(UnixFlag.class, word);
            if (flag != null) {
                flagSet.add(flag);
            }
        }
        return new UnixInfo(EnumWords.byWord(UnixSocketType.class, type == null ? "" : type), typeCode, flagSet,
                EnumWords.byWord(UnixState.class, state == null ? "" : state), stateCode, refCount,
                path == null ? null : new UnixPath(path, abstractName));
    }

    private NetInterface netInterface(JsonFields f) throws SnapshotFormatException {
        List<InterfaceAddress> addresses = new ArrayList<>();
        for (JsonFields a : f.objects("addresses")) {
            Integer scopeId = a.optInt("scope_id", 0, Integer.MAX_VALUE);
            addresses.add(new InterfaceAddress(address(a, "address", a.string("address"), scopeId),
                    a.optInt("prefix_length", 0, 128), optAddress(a, "broadcast"), optAddress(a, "peer"),
                    a.optInt("scope"), a.optString("label")));
        }
        return new NetInterface(f.string("name"), f.optInt("index"), f.optString("description"), f.optInt("mtu"),
                f.optInt("metric"), knownWords(f, "flags", InterfaceFlag.class), f.optLong("raw_flags"),
                f.optString("hardware_address"), f.optInt("hardware_type"),
                f.optLong("tx_queue_length", 0, Long.MAX_VALUE), addresses, counters(f.optObject("counters")),
                linkType(f), adapter(f.has("adapter") ? f.optObject("adapter") : null)); // added in 1.4
    }

    /** {@code adapter} (since 1.4; absent from older documents, which is unknown). */
    private static AdapterStatistics adapter(JsonFields a) throws SnapshotFormatException {
        if (a == null) {
            return null;
        }
        Long seconds = a.optLong("elapsed_seconds", 0, Long.MAX_VALUE);
        List<String> sections = a.optStrings("unmodelled_sections");
        return new AdapterStatistics(a.string("adapter_name"), a.optString("kind"), a.optString("device_type"),
                a.optString("hardware_address"), seconds == null ? null : Duration.ofSeconds(seconds),
                counters(a.optObject("counters")), a.optUnsigned("tx_broadcast"), a.optUnsigned("rx_broadcast"),
                a.optUnsigned("tx_multicast"), a.optLong("data_rate_mbps", 0, Long.MAX_VALUE),
                sections == null ? List.of() : sections);
    }

    /** An open enum: a link type of a newer minor version reads as {@link LinkType#OTHER}. */
    private static LinkType linkType(JsonFields f) throws SnapshotFormatException {
        String word = f.optString("link_type");
        if (word == null) {
            return null;
        }
        LinkType t = EnumWords.byWord(LinkType.class, word);
        return t == null ? LinkType.OTHER : t;
    }

    private static InterfaceCounters counters(JsonFields c) throws SnapshotFormatException {
        if (c == null) {
            return null;
        }
        return new InterfaceCounters(c.optUnsigned("rx_bytes"), c.optUnsigned("rx_packets"),
                c.optUnsigned("rx_errors"), c.optUnsigned("rx_dropped"), c.optUnsigned("rx_overruns"),
                c.optUnsigned("rx_frame"), c.optUnsigned("rx_compressed"), c.optUnsigned("rx_multicast"),
                c.optUnsigned("rx_unicast"), c.optUnsigned("rx_non_unicast"), c.optUnsigned("rx_unknown_protocols"),
                c.optUnsigned("tx_bytes"), c.optUnsigned("tx_packets"), c.optUnsigned("tx_errors"),
                c.optUnsigned("tx_dropped"), c.optUnsigned("tx_overruns"), c.optUnsigned("tx_carrier"),
                c.optUnsigned("tx_compressed"), c.optUnsigned("collisions"), c.optUnsigned("tx_unicast"),
                c.optUnsigned("tx_non_unicast"));
    }

    private Route route(JsonFields f) throws SnapshotFormatException {
        AddressFamily family = closedWord(f, "family", AddressFamily.class);
        if (family == AddressFamily.UNIX) {
            throw f.error("family", "a route is ipv4 or ipv6");
        }
        return new Route(family, address(f, "destination", f.string("destination"), null),
                (int) f.requiredLong("prefix_length", 0, 128), optAddress(f, "gateway"),
                knownWords(f, "flags", RouteFlag.class), f.optLong("raw_flags"), f.optLong("metric"),
                f.optLong("interface_metric"), f.optLong("refcount"), f.optLong("use"), f.optString("interface"),
                f.optInt("interface_index"), f.optInt("mss"), f.optInt("window"), f.optInt("irtt"),
                optAddress(f, "source"), f.optInt("source_prefix_length", 0, 128), f.bool("cached"),
                f.bool("persistent"), bsdRoute(f.has("bsd") ? f.optObject("bsd") : null));
    }

    /** The BSD routing-socket details; a document from before they existed has no key: null. */
    private BsdRouteInfo bsdRoute(JsonFields b) throws SnapshotFormatException {
        if (b == null) {
            return null;
        }
        Boolean cloned = b.optBool("protocol_cloned");
        return new BsdRouteInfo(b.optInt("gateway_link_index"), b.optString("gateway_link_address"),
                b.optLong("mtu", 0, Long.MAX_VALUE), instant(b, "expires_at"), optAddress(b, "interface_address"),
                b.optLong("rtt_us", 0, Long.MAX_VALUE), b.optLong("rtt_variance_us", 0, Long.MAX_VALUE),
                b.optLong("recv_pipe", 0, Long.MAX_VALUE), b.optLong("send_pipe", 0, Long.MAX_VALUE),
                b.optLong("ssthresh", 0, Long.MAX_VALUE), cloned != null && cloned);
    }

    private StatisticsGroup statisticsGroup(JsonFields f) throws SnapshotFormatException {
        List<StatisticsCounter> counters = new ArrayList<>();
        for (Map.Entry<String, Long> e : f.integerMembers("counters").entrySet()) {
            counters.add(new StatisticsCounter(e.getKey(), e.getValue()));
        }
        AddressFamily family = f.isNull("family") ? null : closedWord(f, "family", AddressFamily.class);
        return new StatisticsGroup(f.string("name"), family, counters);
    }

    private MulticastGroup group(JsonFields f) throws SnapshotFormatException {
        return new MulticastGroup(f.string("interface"), f.optInt("interface_index"),
                f.requiredLong("refcount", 0, Long.MAX_VALUE), address(f, "group", f.string("group"), null),
                f.has("link_layer_address") ? f.optString("link_layer_address") : null);
    }

    private ConntrackEntry conntrack(JsonFields f) throws SnapshotFormatException {
        return new ConntrackEntry(closedWord(f, "family", AddressFamily.class), f.string("protocol"),
                (int) f.requiredLong("protocol_number", 0, 255), f.optLong("expires_in_seconds"),
                f.optString("state"), tuple(f.object("original")), tuple(f.optObject("reply")), f.bool("assured"),
                f.bool("unreplied"));
    }

    private ConntrackEntry.Tuple tuple(JsonFields t) throws SnapshotFormatException {
        if (t == null) {
            return null;
        }
        return new ConntrackEntry.Tuple(tupleEnd(t, "source"), tupleEnd(t, "destination"));
    }

    private InetEndpoint tupleEnd(JsonFields t, String side) throws SnapshotFormatException {
        InetAddress a = optAddress(t, side + "_address");
        Integer port = t.optInt(side + "_port", 0, 0xFFFF);
        return a == null ? null : new InetEndpoint(a, port == null ? 0 : port);
    }

    private static Instant instant(JsonFields f, String key) throws SnapshotFormatException {
        String text = f.optString(key);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw f.error(key, TerminalSafe.quoted(text) + " is not an RFC 3339 UTC time");
        }
    }

    /** A word of an enum that a minor version may extend: unknown words read as null. */
    private static <E extends Enum<E>> E openWord(JsonFields f, String key, Class<E> type)
            throws SnapshotFormatException {
        String word = f.optString(key);
        return word == null ? null : EnumWords.byWord(type, word);
    }

    /** A word of an enum that stays closed within a major version: unknown words are errors. */
    private static <E extends Enum<E>> E closedWord(JsonFields f, String key, Class<E> type)
            throws SnapshotFormatException {
        String word = f.string(key);
        E e = EnumWords.byWord(type, word);
        if (e == null) {
            throw f.error(key, "unknown value " + TerminalSafe.quoted(word) + " (expected one of: "
                    + EnumWords.words(type) + ")");
        }
        return e;
    }

    /** An array of words of an open enum; unknown words are left out. */
    private static <E extends Enum<E>> Set<E> knownWords(JsonFields f, String key, Class<E> type)
            throws SnapshotFormatException {
        Set<E> out = EnumSet.noneOf(type);
        for (String word : f.strings(key)) {
            E e = EnumWords.byWord(type, word);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }
}
