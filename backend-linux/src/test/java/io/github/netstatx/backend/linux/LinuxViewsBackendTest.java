package io.github.netstatx.backend.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.InterfaceAddress;
import io.github.netstatx.core.model.InterfaceFlag;
import io.github.netstatx.core.model.LinkType;
import io.github.netstatx.core.model.NetInterface;
import io.github.netstatx.core.model.StatisticsGroup;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.Capability;
import io.github.netstatx.core.query.RouteQuery;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view collections of the Linux backend over the captured namespace tree {@code fixtures/views/ns1}. */
class LinuxViewsBackendTest {

    private static Path ns1() {
        return Path.of(System.getProperty("netstatx.fixtures", "../fixtures"), "views", "ns1", "tree");
    }

    private static LinuxBackend backend(Path root) {
        return new LinuxBackend(new BackendConfig(root, ByteOrder.LITTLE_ENDIAN, Duration.ofSeconds(5), 1));
    }

    private static NetInterface named(List<NetInterface> list, String name) {
        return list.stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void advertisesTheViewCapabilities() {
        assertTrue(backend(ns1()).capabilities().containsAll(List.of(Capability.INTERFACES, Capability.ROUTES,
                Capability.STATISTICS, Capability.MULTICAST_GROUPS, Capability.MASQUERADE)));
    }

    @Test
    void interfacesMergeCountersLinkAttributesAndBothAddressFamilies() throws Exception {
        var s = backend(ns1()).interfaces();
        assertEquals(List.of(), s.diagnostics());
        assertEquals(List.of("lo", "v1", "v0", "t0", "brlongname12345", "ifb9"),
                s.items().stream().map(NetInterface::name).toList());
        NetInterface v0 = named(s.items(), "v0");
        assertEquals(1500, v0.mtu());
        assertEquals(LinkType.ETHERNET, v0.linkType());
        assertTrue(v0.flags().contains(InterfaceFlag.RUNNING));
        List<InterfaceAddress> v4 = v0.addresses().stream().filter(a -> a.address().getAddress().length == 4)
                .toList();
        assertEquals(List.of(InetAddress.getByName("10.1.0.1"), InetAddress.getByName("10.2.0.1"),
                InetAddress.getByName("10.1.0.2")), v4.stream().map(InterfaceAddress::address).toList());
        assertNull(v4.get(0).label());
        assertEquals("v0:1", v4.get(1).label());
        assertEquals(InetAddress.getByName("10.1.0.255"), v4.get(0).broadcast());
        assertEquals(2, v0.addresses().size() - v4.size()); // fd00:1::1 and the link-local address
        NetInterface t0 = named(s.items(), "t0");
        assertEquals(LinkType.OTHER, t0.linkType());
        assertEquals(InetAddress.getByName("10.9.0.2"), t0.addresses().get(0).peer());
        assertEquals(25L, named(s.items(), "lo").counters().rxPackets());
    }

    @Test
    void sysfsOfAnotherNamespaceIsNotTrusted(@TempDir Path tmp) throws IOException {
        Path root = copyOf(ns1(), tmp);
        Files.createDirectories(root.resolve("sys/class/net/eth0")); // an interface /proc/net/dev does not have
        var s = backend(root).interfaces();
        assertTrue(s.items().stream().allMatch(i -> i.mtu() == null && i.flags().isEmpty()));
        assertEquals(1, s.diagnostics().size());
        assertTrue(s.diagnostics().get(0).message().contains("another network namespace"));
    }

    @Test
    void missingIpOutputIsReportedAndIpv6AddressesRemain(@TempDir Path tmp) throws IOException {
        Path root = copyOf(ns1(), tmp);
        Files.delete(root.resolve(LinuxInterfaceCollector.IP_ADDR_FIXTURE));
        var s = backend(root).interfaces();
        assertEquals(Diagnostic.Code.SOURCE_MISSING, s.diagnostics().get(0).code());
        assertTrue(named(s.items(), "v0").addresses().stream().allMatch(a -> a.address().getAddress().length == 16));
        assertEquals(2, named(s.items(), "v0").addresses().size());
    }

    @Test
    void routesOfBothFamiliesWithoutCacheEntries() {
        var s = backend(ns1()).routes(RouteQuery.tables());
        assertEquals(List.of(), s.diagnostics());
        assertEquals(9, s.items().stream().filter(r -> r.family() == AddressFamily.IPV4).count());
        assertEquals(15, s.items().stream().filter(r -> r.family() == AddressFamily.IPV6).count());
        assertEquals(24, backend(ns1()).routes(RouteQuery.withCache()).items().size()); // rt_cache has only its header
    }

    @Test
    void statisticsInNetToolsReadingOrderWithFamilies() {
        var s = backend(ns1()).statistics();
        assertEquals(List.of(), s.diagnostics());
        assertEquals(List.of("Ip", "Icmp", "IcmpMsg", "Tcp", "Udp", "UdpLite", "TcpExt", "IpExt", "MPTcpExt", "Ip6",
                "Icmp6", "Udp6", "UdpLite6"), s.items().stream().map(StatisticsGroup::name).toList());
        assertEquals(AddressFamily.IPV4, s.items().get(0).family());
        assertNull(s.items().get(3).family());
        assertEquals(AddressFamily.IPV6, s.items().get(9).family());
    }

    @Test
    void groupsAndConntrack() {
        var g = backend(ns1()).multicastGroups();
        assertEquals(7 + 18, g.items().size());
        assertEquals(List.of(), g.diagnostics());
        var c = backend(ns1()).masquerade();
        assertTrue(c.items().stream().anyMatch(e -> e.reply() != null
                && !e.reply().destination().address().equals(e.original().source().address())));
    }

    @Test
    void missingConntrackIsASourceMissingDiagnostic(@TempDir Path tmp) throws IOException {
        Path root = copyOf(ns1(), tmp);
        Files.delete(root.resolve("proc/net/nf_conntrack"));
        var c = backend(root).masquerade();
        assertEquals(List.of(), c.items());
        assertEquals(Diagnostic.Code.SOURCE_MISSING, c.diagnostics().get(0).code());
    }

    private static Path copyOf(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
