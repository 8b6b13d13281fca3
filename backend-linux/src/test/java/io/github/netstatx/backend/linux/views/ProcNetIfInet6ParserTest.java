package io.github.netstatx.backend.linux.views;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netstatx.core.parse.ParseResult;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcNetIfInet6ParserTest {

    @Test
    void capturedFileKeepsKernelOrderAndDecodesHexFields() throws Exception {
        var r = ProcNetIfInet6Parser.parse(ViewFixtures.ns1("proc/net/if_inet6"));
        assertEquals(5, r.items().size());
        assertEquals(List.of(), r.skippedLines());
        var first = r.items().get(0); // fd000001000000000000000000000001 03 40 00 82       v0
        assertEquals(InetAddress.getByName("fd00:1::1"), first.address());
        assertEquals(3, first.interfaceIndex());
        assertEquals(64, first.prefixLength());
        assertEquals(0x00, first.scope());
        assertEquals(0x82, first.flags());
        assertEquals("v0", first.interfaceName());
        assertEquals(0x10, byName(r, "lo").scope()); // ::1 host scope
        assertEquals(0x20, byName(r, "brlongname12345").scope()); // link-local, name longer than 8
    }

    private static ProcNetIfInet6Parser.Inet6Address byName(ParseResult<ProcNetIfInet6Parser.Inet6Address> r,
            String name) {
        return r.items().stream().filter(a -> a.interfaceName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void shortOrNonHexLinesAreSkipped() {
        var r = ProcNetIfInet6Parser.parse(List.of("fe80 02 40 20 80 v1",
                "zz800000000000008c182dfffe0bb294 02 40 20 80       v1",
                "fe800000000000008c182dfffe0bb294 02 40 20 80       v1"));
        assertEquals(List.of(1, 2), r.skippedLines());
        assertEquals(1, r.items().size());
    }
}
