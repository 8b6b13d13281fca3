package io.github.netstatx.backend.macos;

import io.github.netstatx.backend.macos.decode.IfList2Decoder;
import io.github.netstatx.backend.macos.decode.InetPcb;
import io.github.netstatx.backend.macos.decode.InetPcbListDecoder;
import io.github.netstatx.backend.macos.decode.MalformedSysctlException;
import io.github.netstatx.backend.macos.decode.MbClassStatsDecoder;
import io.github.netstatx.backend.macos.decode.MbstatDecoder;
import io.github.netstatx.backend.macos.decode.UintSysctlDecoder;
import io.github.netstatx.backend.macos.decode.PcbListN;
import io.github.netstatx.backend.macos.decode.ProtocolStatsDecoder;
import io.github.netstatx.backend.macos.decode.RouteDump2Decoder;
import io.github.netstatx.backend.macos.decode.UnixPcb;
import io.github.netstatx.backend.macos.decode.UnixPcbList64Decoder;
import io.github.netstatx.backend.macos.decode.RoutingSockaddr;
import io.github.netstatx.backend.macos.decode.UnixPcbListNDecoder;
import io.github.netstatx.backend.macos.decode.XnuStatsLayouts;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.MbufClass;
import io.github.netstatx.core.model.MbufTypeCount;
import io.github.netstatx.core.model.MemoryBuffers;
import io.github.netstatx.core.model.MulticastGroup;
import io.github.netstatx.core.model.NetInterface;
import io.github.netstatx.core.model.OsFamily;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Route;
import io.github.netstatx.core.model.Severity;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.StatisticsGroup;
import io.github.netstatx.core.query.RouteQuery;
import io.github.netstatx.core.query.SocketQuery;
import io.github.netstatx.core.spi.Capability;
import io.github.netstatx.core.spi.NetstatBackend;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The macOS backend: reads sysctls through a {@link SysctlSource} and decodes them. Every list that cannot be
 * read or decoded becomes a diagnostic; the rest is still returned. A TCP or UDP list that comes back with its
 * headers but not a single record is reported as unknown, not as "no sockets": a Mac always has some, and a
 * kernel that withholds the list from a process answers exactly that way. Owners, when the query asks for them,
 * combine a libproc pass ({@link LibprocOwners}: the descriptor holders) with the pids the PCB records carry.
 */
public final class MacBackend implements NetstatBackend {

    private static final Set<Capability> CAPABILITIES = Set.copyOf(EnumSet.of(Capability.SOCKETS,
            Capability.RAW_SOCKETS, Capability.UNIX_SOCKETS, Capability.PROCESS_OWNERS, Capability.QUEUES,
            Capability.INTERFACES, Capability.ROUTES, Capability.STATISTICS, Capability.MULTICAST_GROUPS,
            Capability.MEMORY_BUFFERS));

    private final String id;
    private final SysctlSource source;
    private final Clock clock;
    private final String osName;
    private final String arch;
    private HostInfo host;
    private XnuStatsLayouts statsLayouts;

    /**
     * @param osName {@code os.name} of the running JVM for the host facts, or null when replaying a capture
     * @param arch {@code os.arch}, or null
     */
    public MacBackend(String id, SysctlSource source, Clock clock, String osName, String arch) {
        this.id = id;
        this.source = source;
        this.clock = clock;
        this.osName = osName;
        this.arch = arch;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    @Override
    public HostInfo host() {
        if (host == null) {
            host = new HostInfo(text(Sysctl.HOSTNAME).orElse(null), OsFamily.MACOS,
                    text(Sysctl.OS_PRODUCT_VERSION).orElse(osName), null, arch);
        }
        return host;
    }

    private Optional<String> text(Sysctl s) {
        try {
            return source.read(s).map(b -> {
                ByteBuffer d = b.duplicate();
                byte[] raw = new byte[d.remaining()];
                d.get(raw);
                int end = 0;
                while (end < raw.length && raw[end] != 0) {
                    end++;
                }
                return new String(raw, 0, end, StandardCharsets.UTF_8);
            }).filter(t -> !t.isEmpty());
        } catch (SysctlException e) {
            return Optional.empty();
        }
    }

    @Override
    public Snapshot<SocketEntry> sockets(SocketQuery query) {
        List<SocketEntry> out = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        PcbSockets.Owners owners = query.owners()
                ? new PcbSockets.Owners(processNames(), LibprocOwners.run(source, diagnostics)) : null;
        boolean inetWanted = query.families().contains(AddressFamily.IPV4)
                || query.families().contains(AddressFamily.IPV6);
        if (inetWanted) {
            inet(Protocol.TCP, Sysctl.TCP_PCBLIST_N, query, owners, out, diagnostics);
            inet(Protocol.UDP, Sysctl.UDP_PCBLIST_N, query, owners, out, diagnostics);
            inet(Protocol.RAW, Sysctl.RAW_PCBLIST_N, query, owners, out, diagnostics);
        }
        if (query.protocols().contains(Protocol.UNIX)) {
            unix(Sysctl.LOCAL_STREAM_PCBLIST_N, Sysctl.LOCAL_STREAM_PCBLIST64, true, query, owners, out, diagnostics);
            unix(Sysctl.LOCAL_DGRAM_PCBLIST_N, Sysctl.LOCAL_DGRAM_PCBLIST64, false, query, owners, out, diagnostics);
        }
        // XNU has no UDP-Lite or SCTP: say so rather than answer "none" (in the enum's order, for stable output)
        for (Protocol p : Protocol.values()) {
            if (!socketProtocols().contains(p)
                    && (query.wants(p, AddressFamily.IPV4) || query.wants(p, AddressFamily.IPV6))) {
                diagnostics.add(new Diagnostic(Diagnostic.Code.PROTOCOL_UNSUPPORTED, Severity.INFO, "sysctl",
                        "macOS has no " + p.id() + " sockets to list", p, 0, null));
            }
        }
        return new Snapshot<>(out, diagnostics, clock.instant());
    }

    @Override
    public Snapshot<NetInterface> interfaces() {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<IfList2Decoder.Interface> list = interfaceList(diagnostics);
        List<NetInterface> out = list.stream().map(IfList2Interfaces::of).toList();
        return new Snapshot<>(out, diagnostics, clock.instant());
    }

    /** NET_RT_IFLIST2 decoded; an unreadable or absent list is a diagnostic and no interfaces. */
    private List<IfList2Decoder.Interface> interfaceList(List<Diagnostic> diagnostics) {
        Optional<List<IfList2Decoder.Interface>> list = read(Sysctl.IFLIST2, null, diagnostics,
                IfList2Decoder::decode);
        if (list.isEmpty() && diagnostics.isEmpty()) {
            diagnostics.add(Diagnostic.of(Diagnostic.Code.SOURCE_MISSING, Severity.ERROR,
                    Sysctl.IFLIST2.dottedName(), "the interface list is not available"));
        }
        return list.orElse(List.of());
    }

    /**
     * The IPv4 and IPv6 multicast memberships of every interface, from the {@code RTM_NEWMADDR2} messages of the
     * interface list (what {@code getifmaddrs}, and so Apple's {@code netstat -g}, reads), with the link-layer
     * address each maps to. Link-layer memberships (AF_LINK groups) have no place in the model and are counted.
     */
    @Override
    public Snapshot<MulticastGroup> multicastGroups() {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<IfList2Decoder.Interface> list = interfaceList(diagnostics);
        List<MulticastGroup> out = new ArrayList<>();
        int linkLayer = 0;
        for (IfList2Decoder.Interface i : list) {
            for (IfList2Decoder.Membership m : i.memberships()) {
                int fam = m.group().family();
                if (fam != RoutingSockaddr.AF_INET && fam != RoutingSockaddr.AF_INET6) {
                    linkLayer++;
                    continue;
                }
                out.add(new MulticastGroup(i.name(), i.index(), Integer.toUnsignedLong(m.refcount()),
                        MacRoutes.inet(m.group(), fam == RoutingSockaddr.AF_INET6),
                        m.linkLayer() == null ? null : MacRoutes.linkAddress(m.linkLayer())));
            }
        }
        if (linkLayer > 0) {
            diagnostics.add(new Diagnostic(Diagnostic.Code.OTHER, Severity.INFO, Sysctl.IFLIST2.dottedName(),
                    linkLayer + " link-layer membership(s) left out (the model lists IPv4 and IPv6 groups)", null,
                    linkLayer, null));
        }
        return new Snapshot<>(out, diagnostics, clock.instant());
    }

    /**
     * Every route of the kernel's tables, as Apple's netstat reads them (NET_RT_DUMP2). The routing cache of the
     * query does not apply: BSD has none apart from the cloned routes, which are listed (marked
     * {@link io.github.netstatx.core.model.BsdRouteInfo#protocolCloned()}). Interface names come from the
     * interface list; when it cannot be read the routes keep their indexes only.
     */
    @Override
    public Snapshot<Route> routes(RouteQuery query) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Optional<List<RouteDump2Decoder.RouteMessage>> messages = read(Sysctl.DUMP2, null, diagnostics,
                RouteDump2Decoder::decode);
        if (messages.isEmpty()) {
            if (diagnostics.isEmpty()) {
                diagnostics.add(Diagnostic.of(Diagnostic.Code.SOURCE_MISSING, Severity.ERROR,
                        Sysctl.DUMP2.dottedName(), "the routing table is not available"));
            }
            return new Snapshot<>(List.of(), diagnostics, clock.instant());
        }
        Map<Integer, String> names = new HashMap<>();
        List<Diagnostic> nameDiagnostics = new ArrayList<>();
        read(Sysctl.IFLIST2, null, nameDiagnostics, IfList2Decoder::decode)
                .ifPresent(list -> list.forEach(i -> names.put(i.index(), i.name())));
        for (Diagnostic d : nameDiagnostics) {
            diagnostics.add(new Diagnostic(d.code(), Severity.WARNING, d.source(),
                    d.message() + "; routes show interface indexes only", null, 0, null));
        }
        List<Route> out = new ArrayList<>();
        int otherFamilies = 0;
        for (RouteDump2Decoder.RouteMessage m : messages.get()) {
            Optional<Route> r = MacRoutes.of(m, names);
            if (r.isPresent()) {
                out.add(r.get());
            } else {
                otherFamilies++;
            }
        }
        if (otherFamilies > 0) {
            diagnostics.add(new Diagnostic(Diagnostic.Code.OTHER, Severity.INFO, Sysctl.DUMP2.dottedName(),
                    otherFamilies + " route(s) of families other than IPv4 and IPv6 left out", null, otherFamilies,
                    null));
        }
        return new Snapshot<>(out, diagnostics, clock.instant());
    }

    /**
     * The six statistics structs Apple's {@code netstat -s} reads, each as its MIB group and its kernel group
     * ({@link MacStatistics}). TCP's answer is all zeros for a process without root while
     * {@code net.inet.tcp.disable_access_to_stats} is 1 (the default): that is reported, and no TCP groups are
     * listed, since the zeros are not the counts.
     */
    @Override
    public Snapshot<StatisticsGroup> statistics() {
        if (statsLayouts == null) {
            statsLayouts = XnuStatsLayouts.load();
        }
        String version = host().osVersion();
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<StatisticsGroup> out = new ArrayList<>();
        String[] structs = {"ipstat", "icmpstat", "tcpstat", "udpstat", "ip6stat", "icmp6stat"};
        Sysctl[] sysctls = {Sysctl.IP_STATS, Sysctl.ICMP_STATS, Sysctl.TCP_STATS, Sysctl.UDP_STATS, Sysctl.IP6_STATS,
            Sysctl.ICMP6_STATS};
        for (int i = 0; i < sysctls.length; i++) {
            String struct = structs[i];
            Sysctl sysctl = sysctls[i];
            Optional<ProtocolStatsDecoder.Decoded> d = read(sysctl, null, diagnostics,
                    b -> ProtocolStatsDecoder.decode(statsLayouts, struct, b, version));
            if (d.isEmpty()) {
                if (!present(sysctl)) {
                    diagnostics.add(Diagnostic.of(Diagnostic.Code.SOURCE_MISSING, Severity.WARNING,
                            sysctl.dottedName(), "this kernel has no " + sysctl.dottedName()));
                }
                continue;
            }
            if (d.get().layoutGuessed()) {
                diagnostics.add(Diagnostic.of(Diagnostic.Code.OTHER, Severity.INFO, sysctl.dottedName(),
                        "read with the " + d.get().tag() + " layout of " + struct + ", which its length fits "
                                + "(not the one of macOS " + version + ")"));
            }
            if (sysctl == Sysctl.TCP_STATS && d.get().allZero()) {
                diagnostics.add(Diagnostic.of(Diagnostic.Code.SOURCE_UNREADABLE, Severity.WARNING,
                        sysctl.dottedName(), "every TCP counter is 0: macOS withholds TCP statistics from processes "
                                + "without root while net.inet.tcp.disable_access_to_stats is 1; run as root to "
                                + "see them"));
                continue;
            }
            out.addAll(MacStatistics.groups(d.get()));
        }
        return new Snapshot<>(out, diagnostics, clock.instant());
    }

    /**
     * What Apple's {@code netstat -m} reads: {@code kern.ipc.mbstat}, {@code kern.ipc.mb_stat} and the jumbo
     * cluster size and limit. Without either of the first two there is no answer (netstat prints nothing either),
     * and the diagnostics say why.
     */
    @Override
    public Snapshot<MemoryBuffers> memoryBuffers() {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Optional<MbstatDecoder.Mbstat> mbstat = read(Sysctl.MBSTAT, null, diagnostics, MbstatDecoder::decode);
        Optional<List<MbufClass>> classes = read(Sysctl.MB_STAT, null, diagnostics, MbClassStatsDecoder::decode);
        Optional<Long> jumboSize = read(Sysctl.NJCL_BYTES, null, diagnostics,
                b -> UintSysctlDecoder.decode(b, Sysctl.NJCL_BYTES.dottedName()));
        Optional<Long> jumboLimit = read(Sysctl.NJCL, null, diagnostics,
                b -> UintSysctlDecoder.decode(b, Sysctl.NJCL.dottedName()));
        for (Sysctl s : new Sysctl[] {Sysctl.MBSTAT, Sysctl.MB_STAT}) {
            if (!present(s)) {
                diagnostics.add(Diagnostic.of(Diagnostic.Code.SOURCE_MISSING, Severity.WARNING, s.dottedName(),
                        "this kernel has no " + s.dottedName() + "; the mbuf statistics are unknown"));
            }
        }
        if (mbstat.isEmpty() || classes.isEmpty()) {
            return new Snapshot<>(List.of(), diagnostics, clock.instant());
        }
        MbstatDecoder.Mbstat m = mbstat.get();
        List<MbufTypeCount> types = new ArrayList<>();
        for (int t = 0; t < m.types().length; t++) {
            if (m.types()[t] != 0) {
                types.add(new MbufTypeCount(t, m.types()[t]));
            }
        }
        MemoryBuffers out = new MemoryBuffers(m.mbufSize(), m.clusterBytes(), m.bigClusterBytes(),
                jumboSize.orElse(null), jumboLimit.orElse(null), m.clusters(), m.bigClusters(), m.drops(), m.waits(),
                m.drains(), types, classes.get());
        return new Snapshot<>(List.of(out), diagnostics, clock.instant());
    }

    private IntFunction<String> processNames() {
        Map<Integer, Optional<String>> cache = new HashMap<>();
        return pid -> cache.computeIfAbsent(pid, source::processName).orElse(null);
    }

    private void inet(Protocol protocol, Sysctl sysctl, SocketQuery query, PcbSockets.Owners owners,
            List<SocketEntry> out, List<Diagnostic> diagnostics) {
        if (!query.protocols().contains(protocol)) {
            return;
        }
        Optional<PcbListN<InetPcb>> list = read(sysctl, protocol, diagnostics,
                b -> InetPcbListDecoder.decode(b, protocol == Protocol.TCP, sysctl.dottedName()));
        if (list.isEmpty()) {
            return;
        }
        PcbListN<InetPcb> l = list.get();
        SocketStatsSlots slots = SocketStatsSlots.forRelease(host().osVersion());
        if (l.itemless() && protocol != Protocol.RAW) {
            diagnostics.add(new Diagnostic(Diagnostic.Code.SOURCE_UNREADABLE, Severity.WARNING, sysctl.dottedName(),
                    "the kernel answered with headers but not one socket; the list may be withheld from this "
                            + "process, so the " + protocol.id() + " sockets are unknown (not none)",
                    protocol, 0, null));
        }
        report(l, sysctl, protocol, diagnostics);
        for (InetPcb p : l.items()) {
            if (protocol != Protocol.RAW && p.protocol() != rawlessProtocolNumber(protocol)) {
                continue; // netstat's filter: the list of one protocol holds only that protocol
            }
            if ((p.vflag() & (InetPcb.VFLAG_IPV4 | InetPcb.VFLAG_IPV6)) == 0) {
                continue; // neither family: netstat skips it too
            }
            SocketEntry e = PcbSockets.inet(p, protocol, owners, slots);
            if (query.matches(e)) {
                out.add(e);
            }
        }
    }

    /** IPPROTO_TCP / IPPROTO_UDP: what xso_protocol holds in the TCP and UDP lists. */
    private static int rawlessProtocolNumber(Protocol protocol) {
        return protocol == Protocol.TCP ? 6 : 17;
    }

    private void unix(Sysctl current, Sysctl legacy, boolean stream, SocketQuery query, PcbSockets.Owners owners,
            List<SocketEntry> out, List<Diagnostic> diagnostics) {
        Optional<PcbListN<UnixPcb>> list = read(current, Protocol.UNIX, diagnostics,
                b -> UnixPcbListNDecoder.decode(b, current.dottedName()));
        Sysctl used = current;
        if (list.isEmpty() && !present(current)) {
            used = legacy;
            list = read(legacy, Protocol.UNIX, diagnostics, b -> UnixPcbList64Decoder.decode(b, legacy.dottedName()));
            if (list.isEmpty() && !present(legacy)) {
                diagnostics.add(new Diagnostic(Diagnostic.Code.SOURCE_MISSING, Severity.WARNING,
                        current.dottedName(), "neither " + current.dottedName() + " nor " + legacy.dottedName()
                                + " exists; UNIX sockets are unknown", Protocol.UNIX, 0, null));
            }
        }
        if (list.isEmpty()) {
            return;
        }
        PcbListN<UnixPcb> l = list.get();
        if (stream && l.itemless()) {
            diagnostics.add(new Diagnostic(Diagnostic.Code.SOURCE_UNREADABLE, Severity.WARNING, used.dottedName(),
                    "the kernel answered with headers but not one socket; the UNIX stream sockets are unknown "
                            + "(not none)", Protocol.UNIX, 0, null));
        }
        report(l, used, Protocol.UNIX, diagnostics);
        for (UnixPcb u : l.items()) {
            SocketEntry e = PcbSockets.unix(u, owners);
            if (query.matches(e)) {
                out.add(e);
            }
        }
    }

    private boolean present(Sysctl s) {
        try {
            return source.read(s).isPresent();
        } catch (SysctlException e) {
            return true; // it exists, it just failed; that failure was reported already
        }
    }

    private static void report(PcbListN<?> l, Sysctl sysctl, Protocol protocol, List<Diagnostic> diagnostics) {
        if (l.incomplete() > 0) {
            diagnostics.add(new Diagnostic(Diagnostic.Code.MALFORMED_LINES, Severity.WARNING, sysctl.dottedName(),
                    l.incomplete() + " incomplete PCB item(s) left out", protocol, l.incomplete(), null));
        }
        if (l.stale() > 0) {
            diagnostics.add(new Diagnostic(Diagnostic.Code.OTHER, Severity.INFO, sysctl.dottedName(),
                    l.stale() + " socket(s) created during the copy left out (newer than the list's generation)",
                    protocol, l.stale(), null));
        }
    }

    /** A decoder that may find the bytes malformed. */
    private interface Decoder<T> {
        T decode(ByteBuffer bytes) throws MalformedSysctlException;
    }

    private <T> Optional<T> read(Sysctl sysctl, Protocol protocol, List<Diagnostic> diagnostics, Decoder<T> decoder) {
        Optional<ByteBuffer> bytes;
        try {
            bytes = source.read(sysctl);
        } catch (SysctlException e) {
            diagnostics.add(new Diagnostic(Diagnostic.Code.SOURCE_UNREADABLE, Severity.ERROR, sysctl.dottedName(),
                    e.getMessage(), protocol, 0, null));
            return Optional.empty();
        }
        if (bytes.isEmpty()) {
            return Optional.empty(); // ENOENT: this kernel has no such list (netstat is silent too)
        }
        try {
            return Optional.of(decoder.decode(bytes.get()));
        } catch (MalformedSysctlException e) {
            diagnostics.add(new Diagnostic(Diagnostic.Code.MALFORMED_LINES, Severity.ERROR, sysctl.dottedName(),
                    e.getMessage(), protocol, 0, null));
            return Optional.empty();
        }
    }
}
