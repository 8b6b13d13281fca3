package io.github.netstatx.backend.windows;

import io.github.netstatx.backend.windows.decode.IcmpExDecoder;
import io.github.netstatx.backend.windows.decode.IfRow2;
import io.github.netstatx.backend.windows.decode.IfTable2Decoder;
import io.github.netstatx.backend.windows.decode.IpForwardRow2;
import io.github.netstatx.backend.windows.decode.IpForwardTable2Decoder;
import io.github.netstatx.backend.windows.decode.IpInterfaceRow;
import io.github.netstatx.backend.windows.decode.IpInterfaceTableDecoder;
import io.github.netstatx.backend.windows.decode.UnicastIpAddressRow;
import io.github.netstatx.backend.windows.decode.UnicastIpAddressTableDecoder;
import io.github.netstatx.backend.windows.decode.IpStatsDecoder;
import io.github.netstatx.backend.windows.decode.MalformedBufferException;
import io.github.netstatx.backend.windows.decode.OwnerModuleBasicInfoDecoder;
import io.github.netstatx.backend.windows.decode.OwnerModuleBasicInfoDecoder.OwnerModule;
import io.github.netstatx.backend.windows.decode.SocketRow;
import io.github.netstatx.backend.windows.decode.Tcp6TableOwnerModuleDecoder;
import io.github.netstatx.backend.windows.decode.Tcp6TableOwnerPidDecoder;
import io.github.netstatx.backend.windows.decode.TcpStatsDecoder;
import io.github.netstatx.backend.windows.decode.TcpTable2Decoder;
import io.github.netstatx.backend.windows.decode.TcpTableOwnerModuleDecoder;
import io.github.netstatx.backend.windows.decode.TcpTableOwnerPidDecoder;
import io.github.netstatx.backend.windows.decode.Udp6TableOwnerModuleDecoder;
import io.github.netstatx.backend.windows.decode.Udp6TableOwnerPidDecoder;
import io.github.netstatx.backend.windows.decode.UdpStatsDecoder;
import io.github.netstatx.backend.windows.decode.UdpTableOwnerModuleDecoder;
import io.github.netstatx.backend.windows.decode.UdpTableOwnerPidDecoder;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.InterfaceAddress;
import io.github.netstatx.core.model.InterfaceCounters;
import io.github.netstatx.core.model.InterfaceFlag;
import io.github.netstatx.core.model.NetInterface;
import io.github.netstatx.core.model.OffloadState;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Route;
import io.github.netstatx.core.model.RouteFlag;
import io.github.netstatx.core.model.Severity;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.StatisticsGroup;
import io.github.netstatx.core.query.SocketQuery;
import io.github.netstatx.core.query.RouteQuery;
import io.github.netstatx.core.spi.BackendException;
import io.github.netstatx.core.spi.Capability;
import io.github.netstatx.core.spi.NetstatBackend;
import java.net.Inet4Address;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Windows backend: asks an {@link IpHelperSource} for raw tables and turns them into the model with the
 * decoders. Every table that cannot be read or decoded becomes a diagnostic; the rest is still returned.
 *
 * <p>Sockets come from {@code GetExtendedTcpTable}/{@code GetExtendedUdpTable}: the OWNER_PID classes when no
 * owners are asked for, the OWNER_MODULE classes when they are (the same rows plus the creation time and the
 * opaque module info that {@code GetOwnerModuleFrom*Entry} resolves into the {@code -b} component name). TCP
 * rows are joined with {@code GetTcpTable2} for the offload state ({@code -t}).
 *
 * <p>Interfaces come from {@code GetIfTable2}, <b>without NDIS filter rows</b>: a row whose
 * {@code InterfaceAndOperStatusFlags} has the FilterInterface bit (0x02) is a lightweight-filter instance
 * stacked on a miniport ({@code "Ethernet-WFP Native MAC Layer LightWeight Filter-0000"},
 * {@code "...-QoS Packet Scheduler-0000"}) and repeats that miniport's counters; keeping it would list the
 * adapter several times and double-count its traffic. The number of rows left out is reported as an INFO
 * diagnostic.
 */
public final class WindowsBackend implements NetstatBackend {

    /** The {@code source} of the diagnostic that says this process is not elevated (what {@code -b} needs). */
    public static final String ELEVATION_SOURCE = "TokenElevation";

    private static final Set<Capability> CAPABILITIES = Set.copyOf(EnumSet.of(Capability.SOCKETS,
            Capability.PROCESS_OWNERS, Capability.INTERFACES, Capability.ROUTES, Capability.STATISTICS));

    private final String id;
    private final IpHelperSource source;
    private final HostInfo host;
    private final Clock clock;

    public WindowsBackend(String id, IpHelperSource source, HostInfo host, Clock clock) {
        this.id = id;
        this.source = source;
        this.host = host;
        this.clock = clock;
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
        return host;
    }

    @Override
    public void close() {
        source.finish();
    }

    // ---------------------------------------------------------------------------------------------- sockets

    @Override
    public Snapshot<SocketEntry> sockets(SocketQuery query) throws BackendException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<SocketEntry> out = new ArrayList<>();
        ProcessResolver processes = query.owners() ? new ProcessResolver(source) : null;
        if (query.owners() && Boolean.FALSE.equals(source.elevated())) {
            diagnostics.add(Diagnostic.of(Diagnostic.Code.OWNERS_PARTIAL, Severity.WARNING, ELEVATION_SOURCE,
                    "not running elevated: owning modules (-b) and the image paths of protected and other "
                            + "users' processes are not visible"));
        }
        ModuleLookups modules = new ModuleLookups();
        for (Protocol protocol : List.of(Protocol.TCP, Protocol.UDP)) {
            for (AddressFamily family : List.of(AddressFamily.IPV4, AddressFamily.IPV6)) {
                if (!query.wants(protocol, family)) {
                    continue;
                }
                List<SocketRow> rows = socketRows(protocol, family, query.owners(), diagnostics);
                Map<SocketRow.Key, OffloadState> offload = protocol == Protocol.TCP
                        ? offloadStates(family, diagnostics) : Map.of();
                int badStates = 0;
                for (SocketRow row : rows) {
                    SocketEntry.Builder b = SocketEntry.builder(protocol, family).local(row.local())
                            .remote(row.remote()).createdAt(row.createdAt()).offload(offload.get(row.key()));
                    if (protocol == Protocol.TCP) {
                        MibTcpState state = MibTcpState.of(row.mibState());
                        if (state == null) {
                            badStates++;
                            continue;
                        }
                        b.state(state.state()).platformState(state.word()).stateCode(state.value());
                    }
                    if (processes != null) {
                        b.addOwner(processes.owner(row.pid(), modules.module(row)));
                    }
                    SocketEntry entry = b.build();
                    if (query.matches(entry)) {
                        out.add(entry);
                    }
                }
                if (badStates > 0) {
                    diagnostics.add(new Diagnostic(Diagnostic.Code.MALFORMED_LINES, Severity.WARNING,
                            "GetExtendedTcpTable", badStates + " TCP row(s) with a state outside MIB_TCP_STATE "
                                    + "1..12 were skipped", protocol, badStates, null));
                }
            }
        }
        if (processes != null) {
            diagnostics.addAll(processes.diagnostics());
        }
        diagnostics.addAll(modules.diagnostics());
        return new Snapshot<>(out, diagnostics, clock.instant());
    }

    private List<SocketRow> socketRows(Protocol protocol, AddressFamily family, boolean modules,
            List<Diagnostic> diagnostics) {
        boolean v6 = family == AddressFamily.IPV6;
        try {
            if (protocol == Protocol.TCP) {
                if (modules) {
                    ByteBuffer b = source.extendedTcpTable(family, TcpTableClass.OWNER_MODULE_ALL).data();
                    return v6 ? Tcp6TableOwnerModuleDecoder.decode(b) : TcpTableOwnerModuleDecoder.decode(b);
                }
                ByteBuffer b = source.extendedTcpTable(family, TcpTableClass.OWNER_PID_ALL).data();
                return v6 ? Tcp6TableOwnerPidDecoder.decode(b) : TcpTableOwnerPidDecoder.decode(b);
            }
            if (modules) {
                ByteBuffer b = source.extendedUdpTable(family, UdpTableClass.OWNER_MODULE).data();
                return v6 ? Udp6TableOwnerModuleDecoder.decode(b) : UdpTableOwnerModuleDecoder.decode(b);
            }
            ByteBuffer b = source.extendedUdpTable(family, UdpTableClass.OWNER_PID).data();
            return v6 ? Udp6TableOwnerPidDecoder.decode(b) : UdpTableOwnerPidDecoder.decode(b);
        } catch (IpHelperException e) {
            diagnostics.add(new Diagnostic(Diagnostic.Code.SOURCE_UNREADABLE, Severity.ERROR,
                    e.call().toString(), e.getMessage(), protocol, 0, null));
        } catch (MalformedBufferException e) {
            diagnostics.add(new Diagnostic(Diagnostic.Code.MALFORMED_LINES, Severity.ERROR, e.structure(),
                    e.getMessage(), protocol, 0, null));
        }
        return List.of();
    }

    private Map<SocketRow.Key, OffloadState> offloadStates(AddressFamily family, List<Diagnostic> diagnostics) {
        Map<SocketRow.Key, OffloadState> out = new HashMap<>();
        try {
            for (SocketRow r : TcpTable2Decoder.decode(family, source.tcpTable2(family).data())) {
                if (r.offload() != null) {
                    out.put(r.key(), r.offload());
                }
            }
        } catch (IpHelperException | MalformedBufferException e) {
            diagnostics.add(new Diagnostic(Diagnostic.Code.SOURCE_UNREADABLE, Severity.INFO,
                    family == AddressFamily.IPV6 ? "GetTcp6Table2" : "GetTcpTable2",
                    "TCP offload states are unknown: " + e.getMessage(), Protocol.TCP, 0, null));
        }
        return out;
    }

    /**
     * Resolves {@code -b} module names row by row (rows of the OWNER_MODULE tables only) and counts what could
     * not be resolved. PID 0 rows (TIME_WAIT, System Idle) have no module; ERROR_NOT_FOUND means the owner
     * went away, which is normal.
     */
    private final class ModuleLookups {
        private final Map<Integer, Integer> failures = new TreeMap<>();
        private String lastFailure;

        String module(SocketRow row) {
            if (row.pid() == 0) {
                return null;
            }
            try {
                IpHelperBuffer b = source.ownerModule(row.protocol(), row.family(), row.rawRow());
                OwnerModule m = OwnerModuleBasicInfoDecoder.decode(b.data(), b.nativeBase());
                return m.name() == null || m.name().isEmpty() ? null : m.name();
            } catch (IpHelperException e) {
                if (e.errorCode() != IpHelperException.ERROR_NOT_FOUND) {
                    failures.merge(e.errorCode(), 1, Integer::sum);
                    lastFailure = e.getMessage();
                }
            } catch (MalformedBufferException e) {
                failures.merge(0, 1, Integer::sum);
                lastFailure = e.getMessage();
            }
            return null;
        }

        List<Diagnostic> diagnostics() {
            if (failures.isEmpty()) {
                return List.of();
            }
            int total = failures.values().stream().mapToInt(Integer::intValue).sum();
            return List.of(new Diagnostic(Diagnostic.Code.OWNERS_PARTIAL, Severity.INFO, "GetOwnerModuleFrom*Entry",
                    "the owning module of " + total + " socket(s) could not be read (errors " + failures
                            + "; last: " + lastFailure + ")", null, total, null));
        }
    }

    // ------------------------------------------------------------------------------------------- interfaces

    @Override
    public Snapshot<NetInterface> interfaces() throws BackendException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<IfRow2> rows = ifRows();
        Map<Long, IpInterfaceRow> metrics = interfaceMetrics(AddressFamily.IPV4, diagnostics);
        Map<Long, List<InterfaceAddress>> addresses = unicastAddresses(diagnostics);
        List<NetInterface> out = new ArrayList<>();
        int filters = 0;
        for (IfRow2 r : rows) {
            if (r.isFilterInterface()) {
                filters++;
                continue;
            }
            out.add(toInterface(r, metrics.get(r.index()), addresses.getOrDefault(r.index(), List.of())));
        }
        if (filters > 0) {
            diagnostics.add(new Diagnostic(Diagnostic.Code.OTHER, Severity.INFO, "GetIfTable2", filters
                    + " NDIS filter interface row(s) were left out: they repeat the traffic of their adapter",
                    null, filters, null));
        }
        return new Snapshot<>(out, diagnostics, clock.instant());
    }

    private List<IfRow2> ifRows() throws BackendException {
        try {
            return IfTable2Decoder.decode(source.ifTable2().data());
        } catch (IpHelperException | MalformedBufferException e) {
            throw new BackendException(e.getMessage(), e);
        }
    }

    private Map<Long, IpInterfaceRow> interfaceMetrics(AddressFamily family, List<Diagnostic> diagnostics) {
        Map<Long, IpInterfaceRow> out = new HashMap<>();
        try {
            for (IpInterfaceRow r : IpInterfaceTableDecoder.decode(source.ipInterfaceTable(family).data())) {
                out.put(r.interfaceIndex(), r);
            }
        } catch (IpHelperException | MalformedBufferException e) {
            diagnostics.add(Diagnostic.of(Diagnostic.Code.SOURCE_UNREADABLE, Severity.INFO,
                    IpHelperCall.of("GetIpInterfaceTable", family).toString(),
                    "interface metrics are unknown: " + e.getMessage()));
        }
        return out;
    }

    /** Each interface's unicast addresses, in the table's order, by interface index. */
    private Map<Long, List<InterfaceAddress>> unicastAddresses(List<Diagnostic> diagnostics) {
        Map<Long, List<InterfaceAddress>> out = new HashMap<>();
        try {
            for (UnicastIpAddressRow r : UnicastIpAddressTableDecoder.decode(source.unicastAddressTable().data())) {
                out.computeIfAbsent(r.interfaceIndex(), k -> new ArrayList<>())
                        .add(new InterfaceAddress(r.address(), r.prefixLength(), null, null, null));
            }
        } catch (IpHelperException | MalformedBufferException e) {
            diagnostics.add(Diagnostic.of(Diagnostic.Code.SOURCE_UNREADABLE, Severity.INFO,
                    IpHelperCall.of("GetUnicastIpAddressTable").toString(),
                    "interface addresses are unknown: " + e.getMessage()));
        }
        return out;
    }

    private static NetInterface toInterface(IfRow2 r, IpInterfaceRow ip, List<InterfaceAddress> addresses) {
        Set<InterfaceFlag> flags = EnumSet.noneOf(InterfaceFlag.class);
        if (r.adminStatus() == 1) {
            flags.add(InterfaceFlag.UP);
        }
        if (r.operStatus() == 1) {
            flags.add(InterfaceFlag.RUNNING);
        }
        if (r.type() == 24) {
            flags.add(InterfaceFlag.LOOPBACK);
        }
        byte[] mac = r.physicalAddress();
        String hw = mac.length == 0 ? null : HexFormat.ofDelimiter(":").formatHex(mac);
        InterfaceCounters c = new InterfaceCounters(r.inOctets(), r.inUcastPkts() + r.inNUcastPkts(),
                r.inErrors(), r.inDiscards(), null, null, null, null, r.inUcastPkts(), r.inNUcastPkts(),
                r.inUnknownProtos(), r.outOctets(), r.outUcastPkts() + r.outNUcastPkts(), r.outErrors(),
                r.outDiscards(), null, null, null, null, r.outUcastPkts(), r.outNUcastPkts());
        return new NetInterface(r.alias(), (int) r.index(), r.description(), (int) r.mtu(),
                ip == null ? null : (int) ip.metric(), flags, (long) r.statusFlags(), hw, (int) r.type(),
                r.outQLen(), addresses, c);
    }

    // ----------------------------------------------------------------------------------------------- routes

    @Override
    public Snapshot<Route> routes(RouteQuery query) throws BackendException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<IpForwardRow2> rows;
        try {
            rows = IpForwardTable2Decoder.decode(source.ipForwardTable2(null).data());
        } catch (IpHelperException | MalformedBufferException e) {
            throw new BackendException(e.getMessage(), e);
        }
        Map<Long, IpInterfaceRow> metrics4 = interfaceMetrics(AddressFamily.IPV4, diagnostics);
        Map<Long, IpInterfaceRow> metrics6 = interfaceMetrics(AddressFamily.IPV6, diagnostics);
        Map<Long, String> names = new HashMap<>();
        try {
            IfTable2Decoder.decode(source.ifTable2().data()).forEach(r -> names.putIfAbsent(r.index(), r.alias()));
        } catch (IpHelperException | MalformedBufferException e) {
            diagnostics.add(Diagnostic.of(Diagnostic.Code.SOURCE_UNREADABLE, Severity.INFO, "GetIfTable2",
                    "interface names of routes are unknown: " + e.getMessage()));
        }
        List<Route> out = new ArrayList<>();
        for (IpForwardRow2 r : rows) {
            AddressFamily family = r.ipv6() ? AddressFamily.IPV6 : AddressFamily.IPV4;
            IpInterfaceRow ip = (r.ipv6() ? metrics6 : metrics4).get(r.interfaceIndex());
            Set<RouteFlag> flags = EnumSet.of(RouteFlag.UP);
            boolean onLink = r.nextHop().isAnyLocalAddress();
            if (!onLink) {
                flags.add(RouteFlag.GATEWAY);
            }
            if (r.prefixLength() == (r.destination() instanceof Inet4Address ? 32 : 128)) {
                flags.add(RouteFlag.HOST);
            }
            out.add(new Route(family, r.destination(), r.prefixLength(), onLink ? null : r.nextHop(), flags, null,
                    r.metric(), ip == null ? null : ip.metric(), null, null, names.get(r.interfaceIndex()),
                    (int) r.interfaceIndex(), null, null, null, null, null, false, false));
        }
        return new Snapshot<>(out, diagnostics, clock.instant());
    }

    // ------------------------------------------------------------------------------------------- statistics

    @Override
    public Snapshot<StatisticsGroup> statistics() throws BackendException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<StatisticsGroup> out = new ArrayList<>();
        List<AddressFamily> families = List.of(AddressFamily.IPV4, AddressFamily.IPV6);
        for (AddressFamily f : families) {
            statistic(diagnostics, out, () -> List.of(MibStatisticsNames.ip(f,
                    IpStatsDecoder.decode(source.ipStatistics(f).data()))));
        }
        for (AddressFamily f : families) {
            statistic(diagnostics, out, () -> MibStatisticsNames.icmp(f,
                    IcmpExDecoder.decode(source.icmpStatistics(f).data())));
        }
        for (AddressFamily f : families) {
            statistic(diagnostics, out, () -> {
                IpHelperBuffer b = source.tcpStatistics(f);
                return List.of(MibStatisticsNames.tcp(f, b.call().function().endsWith("Ex2")
                        ? TcpStatsDecoder.decode2(b.data()) : TcpStatsDecoder.decode(b.data())));
            });
        }
        for (AddressFamily f : families) {
            statistic(diagnostics, out, () -> {
                IpHelperBuffer b = source.udpStatistics(f);
                return List.of(MibStatisticsNames.udp(f, b.call().function().endsWith("Ex2")
                        ? UdpStatsDecoder.decode2(b.data()) : UdpStatsDecoder.decode(b.data())));
            });
        }
        if (out.isEmpty()) {
            throw new BackendException("no protocol statistics could be read: " + diagnostics);
        }
        return new Snapshot<>(out, diagnostics, clock.instant());
    }

    @FunctionalInterface
    private interface StatisticsRead {
        List<StatisticsGroup> read() throws IpHelperException;
    }

    private static void statistic(List<Diagnostic> diagnostics, List<StatisticsGroup> out, StatisticsRead read) {
        try {
            out.addAll(read.read());
        } catch (IpHelperException e) {
            diagnostics.add(Diagnostic.of(Diagnostic.Code.SOURCE_UNREADABLE, Severity.WARNING, e.call().toString(),
                    e.getMessage()));
        } catch (MalformedBufferException e) {
            diagnostics.add(Diagnostic.of(Diagnostic.Code.MALFORMED_LINES, Severity.WARNING, e.structure(),
                    e.getMessage()));
        }
    }
}
