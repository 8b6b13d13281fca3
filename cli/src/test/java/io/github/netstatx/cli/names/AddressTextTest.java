package io.github.netstatx.cli.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.Inet6Address;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** Expected texts are what glibc's inet_ntop prints for the same bytes. */
class AddressTextTest {

    private static String text(String literal) throws Exception {
        return AddressText.numeric(InetAddress.getByName(literal));
    }

    @Test
    void ipv4IsADottedQuad() throws Exception {
        assertEquals("0.0.0.0", text("0.0.0.0"));
        assertEquals("192.0.2.255", text("192.0.2.255"));
    }

    @Test
    void ipv6CompressesTheFirstLongestZeroRun() throws Exception {
        assertEquals("::", text("0:0:0:0:0:0:0:0"));
        assertEquals("::1", text("0:0:0:0:0:0:0:1"));
        assertEquals("1::", text("1:0:0:0:0:0:0:0"));
        assertEquals("2001:db8::1", text("2001:db8:0:0:0:0:0:1"));
        assertEquals("2001:db8::1:0:0:1", text("2001:db8:0:0:1:0:0:1"));
        assertEquals("1:0:0:1::1", text("1:0:0:1:0:0:0:1"));
        assertEquals("2001:db8:1234:5678:9abc:def0:1234:5678", text("2001:db8:1234:5678:9abc:def0:1234:5678"));
    }

    @Test
    void aSingleZeroGroupIsNotCompressed() throws Exception {
        assertEquals("1:0:1:0:1:0:1:0", text("1:0:1:0:1:0:1:0"));
        assertEquals("2001:db8:0:1:1:1:1:1", text("2001:db8:0:1:1:1:1:1"));
    }

    @Test
    void embeddedIpv4ForCompatibleAndMappedAddresses() throws Exception {
        assertEquals("::192.0.2.1", text("::c000:201"));
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xFF;
        mapped[11] = (byte) 0xFF;
        mapped[12] = 1;
        mapped[15] = 4;
        assertEquals("::ffff:1.0.0.4", AddressText.numeric(Inet6Address.getByAddress(null, mapped, -1)));
    }

    @Test
    void neverPrintsAScope() throws Exception {
        assertEquals("fe80::1", text("fe80::1%1"));
    }
}
