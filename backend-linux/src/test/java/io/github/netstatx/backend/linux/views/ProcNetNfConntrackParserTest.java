package io.github.netstatx.backend.linux.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.ConntrackEntry;
import io.github.netstatx.core.model.InetEndpoint;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcNetNfConntrackParserTest {

    private static InetEndpoint ep(String a, int port) throws Exception {
        return new InetEndpoint(InetAddress.getByName(a), port);
    }

    @Test
    void capturedFileHasTheSourceNatEntryWithItsReplyTuple() throws Exception {
        var r = ProcNetNfConntrackParser.parse(ViewFixtures.ns1("proc/net/nf_conntrack"));
        assertEquals(List.of(), r.skippedLines());
        ConntrackEntry nat = r.items().stream().filter(e -> e.original().destination().port() == 53).findFirst()
                .orElseThrow();
        assertEquals(AddressFamily.IPV4, nat.family());
        assertEquals("udp", nat.protocolName());
        assertEquals(17, nat.protocolNumber());
        assertNull(nat.state());
        assertTrue(nat.unreplied());
        assertEquals(new ConntrackEntry.Tuple(ep("10.1.0.1", 40000), ep("10.1.0.77", 53)), nat.original());
        assertEquals(new ConntrackEntry.Tuple(ep("10.1.0.77", 53), ep("10.1.0.2", 40000)), nat.reply());
    }

    @Test
    void tcpStateIpv6FullLiteralsAndAssured() throws Exception {
        var r = ProcNetNfConntrackParser.parse(ViewFixtures.ns1("proc/net/nf_conntrack"));
        ConntrackEntry v6 = r.items().stream().filter(e -> e.family() == AddressFamily.IPV6
                && e.protocolName().equals("tcp")).findFirst().orElseThrow();
        assertEquals("TIME_WAIT", v6.state());
        assertTrue(v6.assured());
        assertFalse(v6.unreplied());
        assertEquals(InetAddress.getByName("::1"), v6.original().source().address());
    }

    @Test
    void protocolsWithoutPortsAndOffloadedFlowsWithoutExpiry() throws Exception {
        var r = ProcNetNfConntrackParser.parse(List.of(
                "ipv4     2 icmp     1 29 src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=7 src=10.0.0.2 dst=10.0.0.1 "
                        + "type=0 code=0 id=7 mark=0 use=1",
                "ipv4     2 tcp      6 ESTABLISHED src=10.0.0.1 dst=10.0.0.2 sport=1 dport=2 src=10.0.0.2 "
                        + "dst=10.0.0.1 sport=2 dport=1 [OFFLOAD] mark=0 use=2",
                "ipv9     2 tcp      6 1 src=x"));
        assertEquals(0, r.items().get(0).original().source().port());
        assertEquals(29L, r.items().get(0).expiresInSeconds());
        assertNull(r.items().get(1).expiresInSeconds());
        assertEquals("ESTABLISHED", r.items().get(1).state());
        assertEquals(List.of(3), r.skippedLines());
    }
}
