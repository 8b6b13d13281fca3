package io.github.netstatx.cli.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.address.AddressBytes;
import io.github.netstatx.core.address.AddressLiteral;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostsFileParserTest {

    private static final HostsFileParser.Table TABLE = HostsFileParser.parse(List.of(
            "# comment",
            "127.0.0.1\tlocalhost",
            "127.0.0.1 vm runsc",
            "::1     ip6-localhost ip6-loopback  # trailing comment",
            "2001:db8::7 seven.example.org seven",
            "::ffff:192.0.2.9 mapped",
            "not-an-address name",
            "999.1.1.1 bad",
            "1.2.3 short",
            "1::2::3 double-gap",
            "1:2:3:4:5:6:7:8:9 too-long",
            "1:2:3:4:5:6:192.0.2.1 tail",
            "fe80::1%eth0 scoped"));

    private static String name(String literal) throws Exception {
        return TABLE.name(AddressLiteral.parse(literal)).orElse(null);
    }

    private static String ipv6Name(String v4MappedLiteral) throws Exception {
        byte[] b = new byte[16];
        b[10] = (byte) 0xFF;
        b[11] = (byte) 0xFF;
        System.arraycopy(AddressLiteral.parse(v4MappedLiteral).getAddress(), 0, b, 12, 4);
        return TABLE.name(AddressBytes.ipv6(b, 0)).orElse(null);
    }

    @Test
    void firstLineAndFirstNameWin() throws Exception {
        assertEquals("localhost", name("127.0.0.1"));
        assertEquals("seven.example.org", name("2001:db8:0:0:0:0:0:7"));
        assertEquals("tail", name("1:2:3:4:5:6:c000:201"));
    }

    @Test
    void ipv4LookupsAlsoSeeMappedAndLoopbackIpv6Lines() throws Exception {
        assertEquals("mapped", name("192.0.2.9"));
        assertEquals("localhost", name("127.0.0.1"), "the IPv4 line came first");
        HostsFileParser.Table loopbackFirst = HostsFileParser.parse(List.of("::1 ip6-localhost", "127.0.0.1 localhost"));
        assertEquals("ip6-localhost", loopbackFirst.name(AddressLiteral.parse("127.0.0.1")).orElseThrow());
        assertEquals("ip6-localhost", name("::1"));
    }

    @Test
    void ipv6LookupsOfMappedAddressesSeeOnlyIpv6Lines() throws Exception {
        assertEquals(null, ipv6Name("127.0.0.1"));
        assertEquals("mapped", ipv6Name("192.0.2.9"));
    }

    @Test
    void skipsWhatIsNotALiteral() {
        assertEquals(2, TABLE.ipv4().size(), "127.0.0.1, 192.0.2.9");
        assertEquals(4, TABLE.ipv6().size(), "::1, 2001:db8::7, ::ffff:192.0.2.9, 1:2:3:4:5:6:c000:201");
        assertTrue(HostsFileParser.parse(List.of("999.1.1.1 big", "1::2::3 twogaps")).ipv4().isEmpty());
        assertTrue(HostsFileParser.parse(List.of("1::2::3 twogaps")).ipv6().isEmpty());
    }
}
