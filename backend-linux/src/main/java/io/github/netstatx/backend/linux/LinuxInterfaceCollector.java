package io.github.netstatx.backend.linux;

import io.github.netstatx.backend.linux.jna.RtnetlinkDump;
import io.github.netstatx.backend.linux.views.IpAddressOnelineParser;
import io.github.netstatx.backend.linux.views.Ipv4Address;
import io.github.netstatx.backend.linux.views.LinkAttributes;
import io.github.netstatx.backend.linux.views.ProcNetDevParser;
import io.github.netstatx.backend.linux.views.ProcNetDevParser.DeviceCounters;
import io.github.netstatx.backend.linux.views.ProcNetIfInet6Parser;
import io.github.netstatx.backend.linux.views.ProcNetIfInet6Parser.Inet6Address;
import io.github.netstatx.backend.linux.views.RtnetlinkAddressDecoder;
import io.github.netstatx.backend.linux.views.RtnetlinkLinkDecoder;
import io.github.netstatx.backend.linux.views.RtnetlinkLinkDecoder.Link;
import io.github.netstatx.backend.linux.views.SysClassNetLinkParser;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.InterfaceAddress;
import io.github.netstatx.core.model.LinkType;
import io.github.netstatx.core.model.NetInterface;
import io.github.netstatx.core.model.Severity;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.parse.ParseResult;
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
 * The interface list: names and counters from {@code /proc/net/dev} (the reader's own network namespace, in the
 * kernel's device order, as net-tools lists them), IPv6 addresses from {@code /proc/net/if_inet6}, and link
 * attributes (flags, MTU, hardware address and type, queue length) and IPv4 addresses from the kernel itself:
 * rtnetlink {@code RTM_GETLINK}/{@code RTM_GETADDR} dumps, which answer for the namespace of the asking thread
 * whatever {@code /sys} shows.
 *
 * <p>A fixture tree holds the dumps as {@code .netlink/RTM_GETLINK} and {@code .netlink/RTM_GETADDR}. Trees
 * recorded before the backend used netlink hold {@code sys/class/net} and iproute2's text
 * ({@code .commands/ip-o-4-addr-show}) instead; they are still read, with sysfs checked against procfs (see
 * {@link #sysfsLinkAttributes}).
 */
final class LinuxInterfaceCollector {

    static final String NETLINK_LINKS = LinuxRawSource.NETLINK + "RTM_GETLINK";
    static final String NETLINK_ADDRESSES = LinuxRawSource.NETLINK + "RTM_GETADDR";
    static final String IP_ADDR_FIXTURE = ".commands/ip-o-4-addr-show";
    private static final List<String> LINK_FILES =
            List.of("ifindex", "mtu", "flags", "address", "type", "tx_queue_len", "operstate");

    private final LinuxRawSource source;
    private final BackendConfig config;

    LinuxInterfaceCollector(LinuxRawSource source, BackendConfig config) {
        this.source = source;
        this.config = config;
    }

    /** Link attributes by name and IPv4 addresses, from whichever source the root has. */
    private record KernelView(Map<String, LinkAttributes> links, List<Ipv4Address> v4) {
    }

    Snapshot<NetInterface> collect() {
        ReportingReader reader = new ReportingReader(source);
        ViewSources views = new ViewSources(reader);
        List<DeviceCounters> devices = views.parse("proc/net/dev", Severity.ERROR, ProcNetDevParser::parse);
        if (devices == null) {
            return new Snapshot<>(List.of(), reader.diagnostics(), config.clock().instant());
        }
        List<Inet6Address> v6 = views.parse("proc/net/if_inet6", Severity.INFO, ProcNetIfInet6Parser::parse);
        KernelView kernel = source.isLiveRoot() || source.exists(NETLINK_LINKS) ? netlink(reader)
                : recorded(devices, v6, reader, views);
        Map<String, LinkAttributes> links = kernel.links();
        List<Ipv4Address> v4 = kernel.v4();

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

    /** The rtnetlink dumps: asked of the kernel on the live system, recorded ones in a fixture tree. */
    private KernelView netlink(ReportingReader reader) {
        byte[] linkDump = netlinkDump(RtnetlinkDump.Table.LINKS, NETLINK_LINKS, reader);
        if (linkDump == null) {
            return new KernelView(Map.of(), null);
        }
        ParseResult<Link> links = RtnetlinkLinkDecoder.decode(linkDump, config.hostByteOrder());
        malformed(links, "RTM_GETLINK", reader);
        Map<String, LinkAttributes> byName = new LinkedHashMap<>();
        Map<Integer, String> names = new HashMap<>();
        for (Link l : links.items()) {
            byName.put(l.name(), l.attributes());
            names.put(l.attributes().index(), l.name());
        }
        byte[] addressDump = netlinkDump(RtnetlinkDump.Table.IPV4_ADDRESSES, NETLINK_ADDRESSES, reader);
        if (addressDump == null) {
            return new KernelView(byName, null);
        }
        ParseResult<Ipv4Address> v4 = RtnetlinkAddressDecoder.decode(addressDump, config.hostByteOrder(), names);
        malformed(v4, "RTM_GETADDR", reader);
        return new KernelView(byName, v4.items());
    }

    private byte[] netlinkDump(RtnetlinkDump.Table table, String recorded, ReportingReader reader) {
        if (!source.isLiveRoot()) {
            return reader.read(recorded, null, Severity.WARNING);
        }
        try {
            return source.rtnetlinkDump(table, recorded.substring(LinuxRawSource.NETLINK.length()));
        } catch (IOException e) {
            reader.add(Diagnostic.of(Diagnostic.Code.SOURCE_UNREADABLE, Severity.WARNING, "rtnetlink",
                    e.getMessage() + ": " + (table == RtnetlinkDump.Table.LINKS
                            ? "interface flags, MTUs, hardware addresses and IPv4 addresses are not shown"
                            : "IPv4 addresses of interfaces are not shown")));
            return null;
        }
    }

    private static void malformed(ParseResult<?> r, String what, ReportingReader reader) {
        if (!r.skippedLines().isEmpty()) {
            reader.add(Diagnostic.of(Diagnostic.Code.MALFORMED_LINES, Severity.WARNING, "rtnetlink",
                    "skipped " + r.skippedLines().size() + " malformed " + what + " message"
                            + (r.skippedLines().size() == 1 ? "" : "s")));
        }
    }

    /** A tree recorded before netlink: sysfs (when it matches procfs) and iproute2's text. */
    private KernelView recorded(List<DeviceCounters> devices, List<Inet6Address> v6, ReportingReader reader,
            ViewSources views) {
        List<Ipv4Address> v4 = views.parse(IP_ADDR_FIXTURE, Severity.WARNING, IpAddressOnelineParser::parse);
        return new KernelView(sysfsLinkAttributes(devices, v6, v4, reader), v4);
    }

    /**
     * sysfs attributes per interface name, or an empty map when sysfs belongs to another namespace: sysfs shows
     * the namespace it was mounted in, so when its interfaces are not exactly those of {@code /proc/net/dev}, or
     * an index disagrees with the one procfs or iproute2 reports, no link attribute is taken from it.
     */
    private Map<String, LinkAttributes> sysfsLinkAttributes(List<DeviceCounters> devices, List<Inet6Address> v6,
            List<Ipv4Address> v4, ReportingReader reader) {
        List<String> sysNames;
        try {
            sysNames = source.list("sys/class/net");
        } catch (IOException e) {
            reader.add(Diagnostic.of(Diagnostic.Code.SOURCE_UNREADABLE, Severity.WARNING,
                    source.where("sys/class/net").toString(), "cannot list " + source.where("sys/class/net")
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
                source.where("sys/class/net").toString(),
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
