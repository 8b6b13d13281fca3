package io.github.netstatx.cli.linux;

import static io.github.netstatx.cli.linux.Sockets.tcp;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netstatx.cli.ExitCodes;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.TcpState;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each pass of a net-tools listing renders one sample, collected once before the pass; a section the
 * backend cannot collect still fails the run at the point where net-tools reads it, after what net-tools
 * prints before it.
 */
class OneSamplePerPassTest {

    private static final String TCP_PART = "Active Internet connections (w/o servers)\n"
            + "Proto Recv-Q Send-Q Local Address           Foreign Address         State      \n"
            + "tcp        0      0 127.0.0.1:1             127.0.0.1:2             ESTABLISHED\n";

    @Test
    void theSocketsAreAskedForOncePerPass() {
        SnapshotBackend b = new SnapshotBackend(List.of(tcp(AddressFamily.IPV4, "127.0.0.1", 1, "127.0.0.1", 2,
                TcpState.ESTABLISHED).build()));
        DialectRun r = DialectRun.of(b, "-tn");
        assertEquals(TCP_PART, r.out());
        assertEquals(1, b.queries.size());
    }

    @Test
    void groupsTheBackendCannotListFailAfterTheSocketsAndTheGroupHeading() {
        SnapshotBackend b = new SnapshotBackend(List.of(tcp(AddressFamily.IPV4, "127.0.0.1", 1, "127.0.0.1", 2,
                TcpState.ESTABLISHED).build()));
        DialectRun r = DialectRun.of(b, "-tng");
        assertEquals(TCP_PART
                + "IPv6/IPv4 Group Memberships\n"
                + "Interface       RefCnt Group\n"
                + "--------------- ------ ---------------------\n", r.out());
        assertEquals("netstatx: backend " + b.id() + " cannot provide multicast groups\n", r.err());
        assertEquals(ExitCodes.FAILURE, r.status());
        assertEquals(1, b.queries.size());
    }

    @Test
    void aListingOfNoTableNeedsNoBackend() {
        DialectRun r = DialectRun.withoutBackend("--ipx");
        assertEquals("netstat: no support for `AF IPX' on this system.\n", r.err());
        assertEquals(1, r.status());
    }
}
