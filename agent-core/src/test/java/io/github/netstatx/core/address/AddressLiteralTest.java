package io.github.netstatx.core.address;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressLiteralTest {

    @Test
    void dottedQuads() {
        assertArrayEquals(new byte[] {(byte) 192, (byte) 168, 0, 1}, AddressLiteral.ipv4Bytes("192.168.0.1"));
        assertArrayEquals(new byte[] {0, 0, 0, 0}, AddressLiteral.ipv4Bytes("0.0.0.0"));
        assertArrayEquals(new byte[] {(byte) 255, (byte) 255, (byte) 255, (byte) 255},
                AddressLiteral.ipv4Bytes("255.255.255.255"));
        assertEquals("10.0.0.7", AddressLiteral.parse("10.0.0.7").getHostAddress());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1.2.3.", ".1.2.3", "1..2.3", "1.2.3.0004",
            "127.1", "0x7f.0.0.1", "1.2.3.4 ", "a.b.c.d", "localhost", "example.com", "١.٢.٣.٤", "-1.2.3.4"})
    void notDottedQuads(String text) {
        assertNull(AddressLiteral.ipv4Bytes(text), text);
        assertNull(AddressLiteral.parse(text), text);
    }

    @Test
    void ipv6LiteralsInEveryShape() {
        assertEquals("0:0:0:0:0:0:0:1", AddressLiteral.parse("::1").getHostAddress());
        assertEquals("0:0:0:0:0:0:0:0", AddressLiteral.parse("::").getHostAddress());
        assertEquals("fe80:0:0:0:0:0:0:1", AddressLiteral.parse("fe80::1").getHostAddress());
        assertEquals("2001:db8:0:0:1:0:0:1", AddressLiteral.parse("2001:DB8::1:0:0:1").getHostAddress());
        assertEquals("1:2:3:4:5:6:7:0", AddressLiteral.parse("1:2:3:4:5:6:7::").getHostAddress());
        assertEquals("1:2:3:4:5:6:7:8", AddressLiteral.parse("1:2:3:4:5:6:7:8").getHostAddress());
        assertEquals("0:0:0:0:0:0:102:304", AddressLiteral.parse("::1.2.3.4").getHostAddress());
        assertEquals("64:ff9b:0:0:0:0:a00:1", AddressLiteral.parse("64:ff9b::10.0.0.1").getHostAddress());
    }

    @Test
    void ipv4MappedComesBackAsIpv4ButItsBytesStayAvailable() {
        InetAddress a = AddressLiteral.parse("::ffff:10.0.0.1");
        assertTrue(a instanceof Inet4Address, a.toString());
        byte[] b = AddressLiteral.ipv6Bytes("::ffff:10.0.0.1");
        Inet6Address exact = AddressBytes.ipv6(b, 0);
        assertEquals("0:0:0:0:0:ffff:a00:1", exact.getHostAddress());
    }

    @ParameterizedTest
    @ValueSource(strings = {":", ":::", "1::2::3", "::1:", ":1::", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9",
            "1:2:3:4:5:6:7:8::", "12345::", "g::1", "1.2.3.4::", "::1.2.3", "::1.2.3.4:5", "fe80::1%eth0",
            "1:2:3:4:5:6:7:1.2.3.4", "[::1]", "::１"})
    void notIpv6Literals(String text) {
        assertNull(AddressLiteral.ipv6Bytes(text), text);
        assertNull(AddressLiteral.parse(text), text);
    }

    @Test
    void agreesWithTheJdkOnLiteralsTheJdkParsesWithoutResolving() throws Exception {
        // With a ':' in the text the JDK parses an IPv6 literal and never asks a resolver: a fair oracle.
        for (String s : List.of("::", "::1", "1::", "a:b:c:d:e:f:0:1", "1:0:0:2::3", "::ffff:1.2.3.4",
                "2001:db8:85a3::8a2e:370:7334", "0:0:0:0:0:0:13.1.68.3")) {
            assertEquals(InetAddress.getByAddress(
                    InetAddress.getByName(s).getAddress()), AddressLiteral.parse(s), s);
        }
    }

    @Test
    void bytesAndPrefixes() {
        assertEquals("0.0.0.0", AddressBytes.unspecified(io.github.netstatx.core.model.AddressFamily.IPV4)
                .getHostAddress());
        assertEquals("0:0:0:0:0:0:0:0", AddressBytes.unspecified(io.github.netstatx.core.model.AddressFamily.IPV6)
                .getHostAddress());
        assertEquals(24, AddressBytes.prefixLength(AddressLiteral.parse("255.255.255.0")));
        assertEquals(0, AddressBytes.prefixLength(AddressLiteral.parse("0.0.0.0")));
        assertEquals(64, AddressBytes.prefixLength(AddressLiteral.parse("ffff:ffff:ffff:ffff::")));
        assertNull(AddressBytes.prefixLength(AddressLiteral.parse("255.0.255.0")));
        assertEquals(5, AddressBytes.ipv6(AddressLiteral.ipv6Bytes("fe80::1"), 5).getScopeId());
    }
}
