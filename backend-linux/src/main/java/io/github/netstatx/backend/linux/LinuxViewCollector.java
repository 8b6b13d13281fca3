package io.github.netstatx.backend.linux;

import io.github.netstatx.backend.linux.views.ProcNetIgmp6Parser;
import io.github.netstatx.backend.linux.views.ProcNetIgmpParser;
import io.github.netstatx.backend.linux.views.ProcNetIpv6RouteParser;
import io.github.netstatx.backend.linux.views.ProcNetNfConntrackParser;
import io.github.netstatx.backend.linux.views.ProcNetRouteParser;
import io.github.netstatx.backend.linux.views.ProcNetRtCacheParser;
import io.github.netstatx.backend.linux.views.ProcNetSctpSnmpParser;
import io.github.netstatx.backend.linux.views.ProcNetSnmp6Parser;
import io.github.netstatx.backend.linux.views.ProcNetSnmpParser;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.ConntrackEntry;
import io.github.netstatx.core.model.MulticastGroup;
import io.github.netstatx.core.model.Route;
import io.github.netstatx.core.model.Severity;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.StatisticsGroup;
import io.github.netstatx.core.query.RouteQuery;
import io.github.netstatx.core.spi.BackendConfig;
import java.nio.ByteOrder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Routes, protocol statistics, multicast groups and tracked connections: each read from its procfs files,
 * each missing or unreadable file a diagnostic.
 */
final class LinuxViewCollector {

    /** snmp sections whose counters are IPv4-only; the others (Tcp, TcpExt, MPTcpExt) count both families. */
    private static final Set<String> IPV4_SECTIONS = Set.of("Ip", "Icmp", "IcmpMsg", "Udp", "UdpLite", "IpExt");

    private final LinuxRawSource source;
    private final ByteOrder hostOrder;
    private final Clock clock;

    LinuxViewCollector(LinuxRawSource source, BackendConfig config) {
        this.source = source;
        this.hostOrder = config.hostByteOrder();
        this.clock = config.clock();
    }

    /** IPv4 main-table routes, then IPv6 routes; cache entries (IPv4 rt_cache, IPv6 RTF_CACHE) only if asked. */
    Snapshot<Route> routes(RouteQuery query) {
        boolean includeCache = query.cache();
        ReportingReader reader = new ReportingReader(source);
        ViewSources views = new ViewSources(reader);
        List<Route> out = new ArrayList<>();
        addAll(out, views.parse("proc/net/route", Severity.WARNING, l -> ProcNetRouteParser.parse(l, hostOrder)));
        if (includeCache) {
            addAll(out, views.parse("proc/net/rt_cache", Severity.INFO,
                    l -> ProcNetRtCacheParser.parse(l, hostOrder)));
        }
        List<Route> v6 = views.parse("proc/net/ipv6_route", Severity.INFO, ProcNetIpv6RouteParser::parse);
        for (Route r : v6 == null ? List.<Route>of() : v6) {
            if (includeCache || !r.cached()) {
                out.add(r);
            }
        }
        return new Snapshot<>(out, reader.diagnostics(), clock.instant());
    }

    /**
     * Groups in the order net-tools reads them: snmp, netstat, sctp/snmp, then snmp6. IPv4-only sections
     * carry {@link AddressFamily#IPV4}, snmp6 sections {@link AddressFamily#IPV6}, shared ones none.
     */
    Snapshot<StatisticsGroup> statistics() {
        ReportingReader reader = new ReportingReader(source);
        ViewSources views = new ViewSources(reader);
        List<StatisticsGroup> out = new ArrayList<>();
        addAll(out, views.parse("proc/net/snmp", Severity.ERROR, l -> ProcNetSnmpParser.parse(l, this::familyOf)));
        addAll(out, views.parse("proc/net/netstat", Severity.INFO,
                l -> ProcNetSnmpParser.parse(l, this::familyOf)));
        if (source.exists("proc/net/sctp/snmp")) {
            addAll(out, views.parse("proc/net/sctp/snmp", Severity.INFO, ProcNetSctpSnmpParser::parse));
        }
        addAll(out, views.parse("proc/net/snmp6", Severity.INFO, ProcNetSnmp6Parser::parse));
        return new Snapshot<>(out, reader.diagnostics(), clock.instant());
    }

    private AddressFamily familyOf(String section) {
        return IPV4_SECTIONS.contains(section) ? AddressFamily.IPV4 : null;
    }

    /** IPv4 memberships ({@code igmp}) then IPv6 ({@code igmp6}), each in file order. */
    Snapshot<MulticastGroup> multicastGroups() {
        ReportingReader reader = new ReportingReader(source);
        ViewSources views = new ViewSources(reader);
        List<MulticastGroup> out = new ArrayList<>();
        addAll(out, views.parse("proc/net/igmp", Severity.WARNING, l -> ProcNetIgmpParser.parse(l, hostOrder)));
        addAll(out, views.parse("proc/net/igmp6", Severity.INFO, ProcNetIgmp6Parser::parse));
        return new Snapshot<>(out, reader.diagnostics(), clock.instant());
    }

    /** Tracked connections; a missing file (conntrack not loaded) is a {@code SOURCE_MISSING} warning. */
    Snapshot<ConntrackEntry> conntrack() {
        ReportingReader reader = new ReportingReader(source);
        List<ConntrackEntry> entries = new ViewSources(reader).parse("proc/net/nf_conntrack", Severity.WARNING,
                ProcNetNfConntrackParser::parse);
        return new Snapshot<>(entries == null ? List.of() : entries, reader.diagnostics(), clock.instant());
    }

    private static <T> void addAll(List<T> out, List<T> items) {
        if (items != null) {
            out.addAll(items);
        }
    }
}
