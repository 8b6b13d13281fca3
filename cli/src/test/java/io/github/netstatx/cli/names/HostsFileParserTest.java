package io.github.netstatx.cli.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HostsFileParserTest {

    @Test
    void firstLineAndFirstNameWin() throws Exception {
        Map<InetAddress, String> m = HostsFileParser.parse(List.of(
                "# comment",
                "127.0.0.1\tlocalhost",
                "127.0.0.1 vm runsc",
                "::1     localhost ip6-localhost  # trailing comment",
                "2001:db8::7 seven.example.org seven",
                "::ffff:192.0.2.9 mapped",
                "not-an-address name",
                "999.1.1.1 bad",
                "1.2.3 short",
                "fe80::1%eth0 scoped"));
        assertEquals("localhost", m.get(InetAddress.getByName("127.0.0.1")));
        assertEquals("localhost", m.get(InetAddress.getByName("::1")));
        assertEquals("seven.example.org", m.get(InetAddress.getByName("2001:db8:0:0:0:0:0:7")));
        assertEquals("mapped", m.get(InetAddress.getByName("192.0.2.9")));
        assertEquals(4, m.size());
    }

    @Test
    void readsLiteralsWithoutLookups() {
        assertTrue(HostsFileParser.literal("example.org").isEmpty());
        assertTrue(HostsFileParser.literal("1:2:3:4:5:6:7:8:9").isEmpty());
        assertTrue(HostsFileParser.literal("1::2::3").isEmpty());
        assertTrue(HostsFileParser.literal("::ffff:1.2.3").isEmpty());
        assertEquals(16, HostsFileParser.literal("1:2:3:4:5:6:1.2.3.4").orElseThrow().getAddress().length);
    }
}
