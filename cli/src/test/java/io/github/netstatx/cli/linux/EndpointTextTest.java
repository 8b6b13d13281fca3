package io.github.netstatx.cli.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netstatx.cli.names.HostNames;
import io.github.netstatx.cli.names.PortNames;
import io.github.netstatx.cli.names.ServiceEntry;
import io.github.netstatx.core.model.AddressFamily;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EndpointTextTest {

    private static final PortNames PORTS = PortNames.of(List.of(new ServiceEntry("ssh", 22, "tcp"),
            new ServiceEntry("domain", 53, "udp"), new ServiceEntry("old-name", 5000, "tcp"),
            new ServiceEntry("new-name", 5000, "tcp")), List.of(new ServiceEntry("icmp", 1, null)),
            PortNames.Precedence.LAST_LINE);

    private static HostNames hosts(Map<String, String> names) {
        return new HostNames(a -> Optional.ofNullable(names.get(a.getHostAddress())), Duration.ofSeconds(1));
    }

    private static InetAddress ip(String literal) throws Exception {
        return InetAddress.getByName(literal);
    }

    /** The examples of reference A.7, observed with net-tools 2.10 (non-wide). */
    @Test
    void cutsHostAndPortToTwentyThreeColumns() {
        assertEquals("2001:db8:1234:5678::443", EndpointText.join("2001:db8:1234:5678:9abc:def0:1234:5678", "443", false));
        assertEquals("2001:db8:1234:567:48389",
                EndpointText.join("2001:db8:1234:5678:9abc:def0:1234:5678", "48389", false));
        assertEquals("another-quite-lon:mysql", EndpointText.join("another-quite-long-hostname.example.com", "mysql", false));
        assertEquals("another-quite-long:3306", EndpointText.join("another-quite-long-hostname.example.com", "3306", false));
        assertEquals("an-extremely-long:https",
                EndpointText.join("an-extremely-long-hostname-for-testing.example.org", "https", false));
    }

    @Test
    void keepsAtMostEighteenPortCharacters() {
        assertEquals("h:a-very-long-servic", EndpointText.join("h", "a-very-long-service-name-here", false));
        assertEquals("host:a-very-long-servic", EndpointText.join("host", "a-very-long-service-name-here", false));
    }

    @Test
    void leavesShortEndpointsAndWideOnesWhole() {
        assertEquals("127.0.0.1:22", EndpointText.join("127.0.0.1", "22", false));
        assertEquals("1234567890123456789012:*", EndpointText.join("1234567890123456789012", "*", true));
        assertEquals("123456789012345678901:*", EndpointText.join("123456789012345678901", "*", false));
        assertEquals("123456789012345678901:*", EndpointText.join("12345678901234567890123", "*", false));
    }

    @Test
    void portsAreNamedFromTheirTable() {
        EndpointText t = new EndpointText(null, PORTS, false);
        assertEquals("*", t.port(0, "tcp"));
        assertEquals("ssh", t.port(22, "tcp"));
        assertEquals("22", t.port(22, "udp"));
        assertEquals("new-name", t.port(5000, "tcp"));
        assertEquals("icmp", t.port(1, "raw"));
        assertEquals("53", t.port(53, null));
        assertEquals("53", new EndpointText(null, null, false).port(53, "udp"));
    }

    @Test
    void numericHostsUseTheCLibraryText() throws Exception {
        EndpointText t = new EndpointText(null, null, false);
        assertEquals("0.0.0.0", t.host(ip("0.0.0.0"), AddressFamily.IPV4));
        assertEquals("::", t.host(ip("::"), AddressFamily.IPV6));
        assertEquals("127.0.0.1", t.host(ip("::ffff:127.0.0.1"), AddressFamily.IPV6));
        assertEquals("2001:db8::1", t.host(ip("2001:db8::1"), AddressFamily.IPV6));
    }

    @Test
    void resolvedHostsKeepTheWildcardsAndFallBackToNumbers() throws Exception {
        EndpointText t = new EndpointText(hosts(Map.of("127.0.0.1", "localhost", "0.0.0.0", "zero",
                "0:0:0:0:0:0:0:0", "any", "0:0:0:0:0:ffff:0:0", "mapped-zero")), null, false);
        assertEquals("0.0.0.0", t.host(ip("0.0.0.0"), AddressFamily.IPV4));
        assertEquals("[::]", t.host(ip("::"), AddressFamily.IPV6));
        assertEquals("localhost", t.host(ip("127.0.0.1"), AddressFamily.IPV4));
        assertEquals("192.0.2.1", t.host(ip("192.0.2.1"), AddressFamily.IPV4));
        assertEquals("fe80::1", t.host(ip("fe80::1%1"), AddressFamily.IPV6));
    }

    /** net-tools asks getnameinfo about the IPv6 address: IPv4 names do not answer (observed: tcp6 127.0.0.1:x). */
    @Test
    void v4MappedAddressesAreLookedUpAsIpv6() throws Exception {
        EndpointText t = new EndpointText(hosts(Map.of("127.0.0.1", "localhost", "0:0:0:0:0:ffff:0:0", "mapped-zero")),
                null, false);
        assertEquals("127.0.0.1", t.host(ip("::ffff:127.0.0.1"), AddressFamily.IPV6));
        assertEquals("mapped-zero", t.host(ip("::ffff:0.0.0.0"), AddressFamily.IPV6), "not the IPv4 wildcard rule");
    }

    @Test
    void hostNamesLongerThanNetToolsBufferAreCut() throws Exception {
        String longName = "x".repeat(200);
        EndpointText wide = new EndpointText(hosts(Map.of("192.0.2.1", longName)), null, true);
        assertEquals(127, wide.host(ip("192.0.2.1"), AddressFamily.IPV4).length());
        assertEquals(127, wide.of(Sockets.ep("192.0.2.1", 80), AddressFamily.IPV4, null).length());
    }
}
