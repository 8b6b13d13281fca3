package io.github.netstatx.backend.linux;

import io.github.netstatx.backend.linux.views.IpAddressOnelineParser;
import io.github.netstatx.backend.linux.views.IpAddressOnelineParser.Ipv4Address;
import io.github.netstatx.backend.linux.views.ProcNetDevParser;
import io.github.netstatx.backend.linux.views.ProcNetDevParser.DeviceCounters;
import io.github.netstatx.backend.linux.views.ProcNetIfInet6Parser;
import io.github.netstatx.backend.linux.views.ProcNetIfInet6Parser.Inet6Address;
import io.github.netstatx.backend.linux.views.SysClassNetLinkParser;
import io.github.netstatx.backend.linux.views.SysClassNetLinkParser.LinkAttributes;
import io.github.netstatx.core.acquire.CommandResult;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.InterfaceAddress;
import io.github.netstatx.core.model.LinkType;
import io.github.netstatx.core.model.NetInterface;
import io.github.netstatx.core.model.Severity;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.text.SurrogateEscape;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The interface list: names and counters from {@code /proc/net/dev} (always the reader's own network
 * namespace, in the kernel's device order), link attributes from {@code /sys/class/net}, IPv6 addresses from
 * {@code /proc/net/if_inet6}, IPv4 addresses from iproute2 ({@link IpAddressOnelineParser} says why).
 *
 * <p>sysfs belongs to the namespace it was mounted in. When its interfaces are not exactly those of
 * {@code /proc/net/dev}, or an index disagrees with the one procfs or iproute2 reports, it describes another
 * namespace (after {@code nsenter -n} or a bare {@code unshare -n}); then no link attribute is taken from it
 * and a warning says so, rather than showing another namespace's flags and MTUs.
 */
final class LinuxInterfaceCollector {

    static final String IP_ADDR_FIXTURE = ".commands/ip-o-4-addr-show";
    private static final List<String> IP_ADDR_ARGV = List.of("ip", "-o", "-4", "addr", "show");
    private static final List<String> LINK_FILES =
            List.of("ifindex", "mtu", "flags", "address", "type", "tx_queue_len", "operstate");

    private final LinuxRawSource source;
    private final BackendConfig config;

    LinuxInterfaceCollector(LinuxRawSource source, BackendConfig config) {
        this.source = source;
        this.config = config;
    }

    Snapshot<NetInterface> collect() {
        ReportingReader reader = new ReportingReader(source);
        ViewSources views = new ViewSources(reader);
        List<DeviceCounters> devices = views.parse("proc/net/dev", Severity.ERROR, ProcNetDevParser::parse);
        if (devices == null) {
            return new Snapshot<>(List.of(), reader.diagnostics(), config.clock().instant());
        }
        List<Inet6Address> v6 = views.parse("proc/net/if_inet6", Severity.INFO, ProcNetIfInet6Parser::parse);
        List<Ipv4Address> v4 = ipv4Addresses(reader, views);
        Map<String, LinkAttributes> links = linkAttributes(devices, v6, v4, reader);

        List<NetInterface> out = new ArrayList<>();
        for (DeviceCounters d : devices) {
            LinkAttributes l = links.get(d.name());
            List<InterfaceAddress> addresses = new ArrayList<>();
            for (Ipv4Address a : v4 == null ? List.<Ipv4Address>of() : v4) {
                if (a.interfaceName().equals(d.name())) {
                    addresses.add(new InterfaceAddress(a.address(), a.prefixLength(), a.broadcast(), a.peer(), null,
                            a.label().equals(d.name()) ? null : a.label()));
                }
            }
            for (Inet6Address a : v6 == null ? List.<Inet6Address>of() : v6) {
                if (a.interfaceName().equals(d.name())) {
                    addresses.add(new InterfaceAddress(a.address(), a.prefixLength(), null, null, a.scope()));
                }
            }
            out.add(l == null
                    ? new NetInterface(d.name(), indexFromAddresses(d.name(), v6, v4), null, null, null, Set.of(),
                            null, null, null, null, addresses, d.counters(), null)
                    : new NetInterface(d.name(), l.index(), null, l.mtu(), null, l.flags(), l.ioctlFlags(),
                            l.hardwareAddress(), l.hardwareType(), l.txQueueLength(), addresses, d.counters(),
                            l.hardwareType() == null ? null : LinkType.ofArphrd(l.hardwareType())));
        }
        return new Snapshot<>(out, reader.diagnostics(), config.clock().instant());
    }

    /** IPv4 addresses: iproute2 on the live system, its recorded output in a fixture tree. */
    private List<Ipv4Address> ipv4Addresses(ReportingReader reader, ViewSources views) {
        if (!source.isLiveRoot()) {
            return views.parse(IP_ADDR_FIXTURE, Severity.WARNING, IpAddressOnelineParser::parse);
        }
        try {
            CommandResult r = source.run(IP_ADDR_ARGV, config.commandTimeout());
            if (r.succeeded()) {
                return views.parse(String.join(" ", IP_ADDR_ARGV), ViewSources.lines(r.stdout()),
                        IpAddressOnelineParser::parse);
            }
            reader.add(ipProblem(r.describe()));
        } catch (IOException e) {
            reader.add(ipProblem("cannot run ip (iproute2): " + e.getMessage()));
        }
        return null;
    }

    private static Diagnostic ipProblem(String what) {
        return Diagnostic.of(Diagnostic.Code.SOURCE_UNREADABLE, Severity.WARNING, "ip -o -4 addr show",
                what + "; IPv4 addresses of interfaces are not shown");
    }

    /** sysfs attributes per interface name, or an empty map when sysfs belongs to another namespace. */
    private Map<String, LinkAttributes> linkAttributes(List<DeviceCounters> devices, List<Inet6Address> v6,
            List<Ipv4Address> v4, ReportingReader reader) {
        List<String> sysNames;
        try {
            sysNames = source.list("sys/class/net");
        } catch (IOException e) {
            reader.add(Diagnostic.of(Diagnostic.Code.SOURCE_UNREADABLE, Severity.WARNING,
                    source.where("sys/class/net"), "cannot list " + source.where("sys/class/net")
                            + ": interface flags, MTUs and hardware addresses are not shown"));
            return Map.of();
        }
        Map<String, LinkAttributes> links = new LinkedHashMap<>();
        for (DeviceCounters d : devices) {
            Map<String, String> files = new HashMap<>();
            for (String f : LINK_FILES) {
                try {
                    String file = "sys/class/net/" + d.name() + "/" + f;
                    files.put(f, SurrogateEscape.decode(source.readPrefix(file, 4096)));
                } catch (IOException e) {
                    // a missing attribute stays unknown; a missing directory is caught below
                }
            }
            if (!files.isEmpty()) {
                links.put(d.name(), SysClassNetLinkParser.parse(files));
            }
        }
        Set<String> procNames = new HashSet<>();
        devices.forEach(d -> procNames.add(d.name()));
        boolean sameNames = procNames.equals(new HashSet<>(sysNames)) && links.keySet().equals(procNames);
        boolean sameIndexes = links.entrySet().stream().allMatch(e -> {
            Integer known = indexFromAddresses(e.getKey(), v6, v4);
            return known == null || known.equals(e.getValue().index());
        });
        if (sameNames && sameIndexes) {
            return links;
        }
        reader.add(Diagnostic.of(Diagnostic.Code.SOURCE_UNREADABLE, Severity.WARNING,
                source.where("sys/class/net"),
                source.where("sys/class/net") + " shows another network namespace than /proc/net/dev (remount /sys"
                        + " in this namespace, or use ip netns exec): interface flags, MTUs and hardware addresses"
                        + " are not shown"));
        return Map.of();
    }

    /** The index procfs or iproute2 gives for a name, or null when neither lists it. */
    private static Integer indexFromAddresses(String name, List<Inet6Address> v6, List<Ipv4Address> v4) {
        for (Inet6Address a : v6 == null ? List.<Inet6Address>of() : v6) {
            if (a.interfaceName().equals(name)) {
                return a.interfaceIndex();
            }
        }
        for (Ipv4Address a : v4 == null ? List.<Ipv4Address>of() : v4) {
            if (Objects.equals(a.interfaceName(), name)) {
                return a.interfaceIndex();
            }
        }
        return null;
    }
}
