package io.github.netstatx.backend.linux;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.UnixFlag;
import io.github.netstatx.core.model.UnixInfo;
import io.github.netstatx.core.model.UnixSocketType;
import io.github.netstatx.core.model.UnixState;
import io.github.netstatx.core.text.SurrogateEscape;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ProcNetUnixParserTest {

    private static final String DIR = "/run/netstatx-demo/";

    private static List<SocketEntry> captured() {
        ParsedTable t = ProcNetUnixParser.parse(Fixtures.read(Fixtures.NETNS, "proc/net/unix"));
        assertEquals(0, t.malformed());
        return t.entries();
    }

    private static UnixInfo only(List<SocketEntry> entries, Predicate<UnixInfo> p, String what) {
        List<UnixInfo> found = entries.stream().map(SocketEntry::unix).filter(p).toList();
        assertEquals(1, found.size(), what + " in " + found);
        return found.get(0);
    }

    private static boolean named(UnixInfo u, String display) {
        return u.path() != null && u.path().display().equals(display);
    }

    @Test
    void capturedSocketsOfEveryKind() {
        List<SocketEntry> entries = captured();
        assertEquals(12, entries.size());
        entries.forEach(e -> assertEquals(AddressFamily.UNIX, e.family()));

        UnixInfo stream = only(entries, u -> named(u, DIR + "stream.sock") && u.listening(), "stream listener");
        assertEquals(UnixSocketType.STREAM, stream.type());
        assertEquals(Set.of(UnixFlag.ACCEPTING), stream.flags());
        assertEquals(UnixState.UNCONNECTED, stream.state());
        assertEquals(2L, stream.refCount());
        UnixInfo accepted = only(entries, u -> named(u, DIR + "stream.sock") && !u.listening(), "accepted side");
        assertEquals(UnixState.CONNECTED, accepted.state());
        assertEquals(3, accepted.stateCode());

        assertEquals(UnixSocketType.DGRAM, only(entries, u -> named(u, DIR + "dgram.sock"), "dgram").type());
        UnixInfo seq = only(entries, u -> named(u, DIR + "seq.sock"), "seqpacket");
        assertEquals(UnixSocketType.SEQPACKET, seq.type());
        assertEquals(5, seq.typeCode());

        // 2 socketpair ends, the client of stream.sock, and one unbound datagram socket
        assertEquals(4, entries.stream().filter(e -> e.unix().path() == null).count());
    }

    @Test
    void pathsWithBlanksRunToTheEndOfTheLine() {
        UnixInfo spaced = only(captured(), u -> u.path() != null && u.path().name().contains("space"), "spaced");
        assertEquals(DIR + "with space.sock", spaced.path().name());
        assertFalse(spaced.path().abstractName());

        List<SocketEntry> edge = ProcNetUnixParser.parse(Fixtures.read(Fixtures.EDGE, "proc/net/unix")).entries();
        assertEquals("/srv/demo/trailing blank ", edge.get(2).unix().path().name());
        assertEquals(" leading-blank.sock", edge.get(3).unix().path().name());
    }

    @Test
    void abstractNamesDropTheirAtSign() {
        List<SocketEntry> entries = captured();
        UnixInfo abs = only(entries, u -> named(u, "@netstatx-abstract"), "abstract listener");
        assertTrue(abs.path().abstractName());
        assertEquals("netstatx-abstract", abs.path().name());
        assertTrue(abs.listening());
        UnixInfo nul = only(entries, u -> named(u, "@netstatx@nul"), "abstract name with a NUL inside");
        assertEquals("netstatx@nul", nul.path().name());
    }

    @Test
    void namesThatAreNotUtf8SurviveByteForByte() {
        UnixInfo bad = only(captured(), u -> u.path() != null && u.path().name().contains("bad-"), "non-UTF-8");
        byte[] expected = (DIR + "bad-").getBytes(StandardCharsets.US_ASCII);
        byte[] full = new byte[expected.length + 2 + "-name.sock".length()];
        System.arraycopy(expected, 0, full, 0, expected.length);
        full[expected.length] = (byte) 0xFF;
        full[expected.length + 1] = (byte) 0xFE;
        byte[] tail = "-name.sock".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(tail, 0, full, expected.length + 2, tail.length);
        assertArrayEquals(full, SurrogateEscape.encode(bad.path().name()));

        List<SocketEntry> edge = ProcNetUnixParser.parse(Fixtures.read(Fixtures.EDGE, "proc/net/unix")).entries();
        byte[] raw = Fixtures.read(Fixtures.EDGE, "proc/net/unix");
        String latin = edge.get(4).unix().path().name();
        assertTrue(latin.startsWith("/srv/demo/caf"), latin);
        byte[] roundTrip = SurrogateEscape.encode(latin);
        assertTrue(indexOf(raw, roundTrip) > 0, "the name's bytes appear verbatim in the file");
    }

    @Test
    void handMadeEdgeCases() {
        ParsedTable t = ProcNetUnixParser.parse(Fixtures.read(Fixtures.EDGE, "proc/net/unix"));
        assertEquals(1, t.malformed(), "a line cut after Type");
        List<SocketEntry> e = t.entries();
        assertEquals(7, e.size());

        SocketEntry small = e.get(1);
        assertEquals(1130L, small.inode(), "inode right-aligned in 5 columns");
        assertNull(small.unix().path());
        assertEquals(UnixState.CONNECTED, small.unix().state());

        UnixInfo odd = e.get(5).unix();
        assertNull(odd.type());
        assertEquals(9, odd.typeCode());
        assertNull(odd.state());
        assertEquals(7, odd.stateCode());
        assertNull(e.get(5).platformState());

        assertEquals(Set.of(UnixFlag.WAITING_DATA, UnixFlag.NO_SPACE), e.get(6).unix().flags());
        assertEquals("LISTENING", e.get(0).platformState());
        assertEquals("CONNECTED", e.get(1).platformState());
        assertEquals("UNCONNECTED", e.get(2).platformState());
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
