package io.github.netstatx.backend.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import io.github.netstatx.core.query.Scope;
import io.github.netstatx.core.query.SocketPrefilter;
import io.github.netstatx.core.query.SocketQuery;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The inet tables read as streams: window by window, with the query's scope and prefilter applied to each
 * line before an entry is made.
 */
class ProcNetInetStreamTest {

    private static final SocketQuery ALL = new SocketQuery(EnumSet.allOf(Protocol.class),
            EnumSet.of(AddressFamily.IPV4, AddressFamily.IPV6), Scope.ALL, false, false, true);

    /** A stream that hands out at most {@code step} bytes per read, so lines straddle every read. */
    private static InputStream trickle(byte[] data, int step) {
        return new ByteArrayInputStream(data) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, step));
            }
        };
    }

    private static List<SocketEntry> streamed(InputStream in, ProcNetTable t, SocketQuery q, int[] malformed) {
        List<SocketEntry> out = new ArrayList<>();
        malformed[0] = ProcNetInetParser.parse(in, t.protocol, t.family, Fixtures.byteOrder(Fixtures.NETNS), q,
                out::add);
        return out;
    }

    @Test
    void aStreamInAnyStepsGivesWhatTheWholeFileGives() {
        for (ProcNetTable t : ProcNetTable.values()) {
            if (t == ProcNetTable.UNIX) {
                continue;
            }
            byte[] data = Fixtures.read(Fixtures.NETNS, t.path);
            ParsedTable whole = Fixtures.table(Fixtures.NETNS, t);
            for (int step : new int[] {1, 7, 149, 1 << 20}) {
                int[] malformed = new int[1];
                assertEquals(whole.entries(), streamed(trickle(data, step), t, ALL, malformed), t.path + " by " + step);
                assertEquals(whole.malformed(), malformed[0]);
            }
        }
    }

    @Test
    void aLineLongerThanTheWindowIsReadWhole() {
        String header = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n";
        String line = "   0: 0100007F:0016 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 33336 1 "
                + "x".repeat(3 * ProcLineCursor.WINDOW) + "\n";
        byte[] data = (header + line + line).getBytes(StandardCharsets.US_ASCII);
        int[] malformed = new int[1];
        List<SocketEntry> got = streamed(trickle(data, 4096), ProcNetTable.TCP, ALL, malformed);
        assertEquals(2, got.size());
        assertEquals(0, malformed[0]);
        assertEquals(33336L, got.get(1).inode());
    }

    @Test
    void scopeAndPrefilterDecideBeforeAnEntryIsMade() {
        byte[] data = Fixtures.read(Fixtures.NETNS, ProcNetTable.TCP.path);
        List<SocketEntry> all = Fixtures.table(Fixtures.NETNS, ProcNetTable.TCP).entries();
        int[] malformed = new int[1];
        List<SocketEntry> listening = streamed(new ByteArrayInputStream(data), ProcNetTable.TCP,
                ALL.withScope(Scope.LISTENING), malformed);
        assertEquals(all.stream().filter(SocketEntry::listening).toList(), listening);
        assertFalse(listening.isEmpty());
        List<SocketEntry> connected = streamed(new ByteArrayInputStream(data), ProcNetTable.TCP,
                ALL.withScope(Scope.CONNECTED), malformed);
        assertEquals(all.stream().filter(e -> !e.listening()).toList(), connected);
        assertFalse(connected.isEmpty());

        SocketPrefilter established22 = new SocketPrefilter(Set.of(TcpState.ESTABLISHED),
                List.of(SocketPrefilter.PortRange.of(22)), List.of());
        List<SocketEntry> ssh = streamed(new ByteArrayInputStream(data), ProcNetTable.TCP,
                ALL.withPrefilter(established22), malformed);
        assertEquals(all.stream().filter(e -> e.state() == TcpState.ESTABLISHED && e.local().port() == 22).toList(),
                ssh);
        assertTrue(all.size() > ssh.size());
    }

    @Test
    void listeningDatagramSocketsAreTheOnesWithoutARemoteAddressInBothFamilies() {
        for (ProcNetTable t : List.of(ProcNetTable.UDP, ProcNetTable.UDP6, ProcNetTable.RAW, ProcNetTable.RAW6)) {
            byte[] data = Fixtures.read(Fixtures.NETNS, t.path);
            List<SocketEntry> all = Fixtures.table(Fixtures.NETNS, t).entries();
            int[] malformed = new int[1];
            assertEquals(all.stream().filter(SocketEntry::listening).toList(),
                    streamed(new ByteArrayInputStream(data), t, ALL.withScope(Scope.LISTENING), malformed), t.path);
            assertEquals(all.stream().filter(e -> !e.listening()).toList(),
                    streamed(new ByteArrayInputStream(data), t, ALL.withScope(Scope.CONNECTED), malformed), t.path);
        }
    }

    @Test
    void aReadErrorPartWayIsReportedNotSwallowed() {
        byte[] data = Fixtures.read(Fixtures.NETNS, ProcNetTable.TCP.path);
        InputStream failing = new InputStream() {
            private int given;

            @Override
            public int read() throws IOException {
                if (given >= data.length / 2) {
                    throw new IOException("gone");
                }
                return data[given++] & 0xFF;
            }
        };
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> ProcNetInetParser.parse(failing, Protocol.TCP, AddressFamily.IPV4, ByteOrder.LITTLE_ENDIAN, ALL,
                        x -> { }));
        assertEquals("gone", e.getCause().getMessage());
    }
}
