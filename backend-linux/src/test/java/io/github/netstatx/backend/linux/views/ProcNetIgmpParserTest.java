package io.github.netstatx.backend.linux.views;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netstatx.core.model.MulticastGroup;
import java.net.InetAddress;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcNetIgmpParserTest {

    @Test
    void capturedIgmpGivesGroupsPerDeviceInFileOrder() throws Exception {
        var r = ProcNetIgmpParser.parse(ViewFixtures.ns1("proc/net/igmp"), ByteOrder.LITTLE_ENDIAN);
        assertEquals(List.of(), r.skippedLines());
        assertEquals(List.of("lo", "v1", "v0", "v0", "t0", "brlongname12345", "brlongname12345"),
                r.items().stream().map(MulticastGroup::interfaceName).toList());
        assertEquals(new MulticastGroup("v0", 3, 1, InetAddress.getByName("239.1.2.3")), r.items().get(2));
        assertEquals(InetAddress.getByName("224.0.0.106"), r.items().get(6).group());
    }

    @Test
    void capturedIgmp6() throws Exception {
        var r = ProcNetIgmp6Parser.parse(ViewFixtures.ns1("proc/net/igmp6"));
        assertEquals(List.of(), r.skippedLines());
        assertEquals(18, r.items().size());
        assertEquals(new MulticastGroup("v0", 3, 1, InetAddress.getByName("ff15::1:2")),
                r.items().stream().filter(g -> g.group().getHostAddress().startsWith("ff15")).findFirst()
                        .orElseThrow());
    }

    @Test
    void groupLinesBeforeAnyDeviceAreSkipped() {
        var r = ProcNetIgmpParser.parse(List.of("Idx\tDevice", "\t\t\t\t010000E0     1 0:00000000\t\t0",
                "1\tlo        :     1      V3", "\t\t\t\tzz     1 0:00000000\t\t0"), ByteOrder.LITTLE_ENDIAN);
        assertEquals(List.of(2, 4), r.skippedLines());
    }
}
