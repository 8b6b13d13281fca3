package io.github.netstatx.core.query;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.model.TcpState;
import io.github.netstatx.core.query.SocketPrefilter.PortRange;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SocketPrefilterTest {

    @Test
    void noneKeepsEveryRow() {
        assertTrue(SocketPrefilter.NONE.keepsAll());
        assertTrue(SocketPrefilter.NONE.keeps(TcpState.TIME_WAIT, 1, 65535));
        assertTrue(SocketPrefilter.NONE.keeps(null, 0, 0));
    }

    @Test
    void statesRestrictOnlyRowsThatHaveAState() {
        SocketPrefilter listen = new SocketPrefilter(Set.of(TcpState.LISTEN), List.of(), List.of());
        assertFalse(listen.keepsAll());
        assertTrue(listen.keeps(TcpState.LISTEN, 22, 0));
        assertFalse(listen.keeps(TcpState.ESTABLISHED, 22, 40000));
        assertTrue(listen.keeps(null, 53, 0), "a datagram row has no TCP state to test");
        assertFalse(new SocketPrefilter(Set.of(), List.of(), List.of()).keeps(TcpState.LISTEN, 22, 0),
                "an empty state set keeps no stateful row");
    }

    @Test
    void portsMustFallInAnyOfTheRanges() {
        SocketPrefilter f = new SocketPrefilter(null, List.of(PortRange.of(22), new PortRange(8000, 8080)),
                List.of(new PortRange(1024, 65535)));
        assertTrue(f.keeps(TcpState.ESTABLISHED, 22, 40000));
        assertTrue(f.keeps(TcpState.ESTABLISHED, 8080, 1024));
        assertFalse(f.keeps(TcpState.ESTABLISHED, 8081, 40000));
        assertFalse(f.keeps(TcpState.ESTABLISHED, 22, 1023));
        assertThrows(IllegalArgumentException.class, () -> new PortRange(10, 9));
        assertThrows(IllegalArgumentException.class, () -> new PortRange(0, 65536));
    }

    @Test
    void eitherEndPortsKeepARowWhoseLocalOrRemotePortFallsInARange() {
        SocketPrefilter https = new SocketPrefilter(null, List.of(), List.of(), List.of(PortRange.of(443)));
        assertFalse(https.keepsAll());
        assertTrue(https.keeps(TcpState.LISTEN, 443, 0), "a listener on 443");
        assertTrue(https.keeps(TcpState.ESTABLISHED, 51000, 443), "a client of a remote 443");
        assertFalse(https.keeps(TcpState.ESTABLISHED, 51000, 8443));
        SocketPrefilter both = new SocketPrefilter(null, List.of(new PortRange(50000, 59999)), List.of(),
                List.of(PortRange.of(443)));
        assertTrue(both.keeps(TcpState.ESTABLISHED, 51000, 443), "local in its range and one end on 443");
        assertFalse(both.keeps(TcpState.ESTABLISHED, 443, 60000), "an end on 443 but the local port outside");
    }
}
