package io.github.netstatx.cli.linux;

import static io.github.netstatx.cli.linux.Sockets.unix;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.UnixFlag;
import io.github.netstatx.core.model.UnixInfo;
import io.github.netstatx.core.model.UnixPath;
import io.github.netstatx.core.model.UnixSocketType;
import io.github.netstatx.core.model.UnixState;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** UNIX rows as net-tools 2.10 printed them (reference A.12). */
class UnixRowsTest {

    private static final Set<UnixFlag> ACC = Set.of(UnixFlag.ACCEPTING);

    private static String rows(boolean programs, SocketEntry... entries) {
        UnixRows rows = new UnixRows(programs);
        StringBuilder sb = new StringBuilder();
        for (SocketEntry e : entries) {
            rows.row(sb, e);
        }
        return sb.toString();
    }

    private static UnixPath path(String p) {
        return new UnixPath(p, false);
    }

    @Test
    void rowsOfTheObservedListing() {
        assertEquals(""
                + "unix  2      [ ACC ]     STREAM     LISTENING     12209    /srv/demo/stream.sock\n"
                + "unix  2      [ ]         DGRAM                    12212    /srv/demo/dgram.sock\n"
                + "unix  2      [ ACC ]     SEQPACKET  LISTENING     12213    /srv/demo/seq.sock\n"
                + "unix  3      [ ]         STREAM     CONNECTED     1130     \n"
                + "unix  3      [ ]         STREAM     CONNECTED     12211    /srv/demo/stream.sock\n"
                + "unix  2      [ ACC ]     STREAM     LISTENING     12215    @abstract-name\n",
                rows(false,
                        unix(2, ACC, UnixSocketType.STREAM, UnixState.UNCONNECTED, 12209, path("/srv/demo/stream.sock")),
                        unix(2, Set.of(), UnixSocketType.DGRAM, UnixState.UNCONNECTED, 12212, path("/srv/demo/dgram.sock")),
                        unix(2, ACC, UnixSocketType.SEQPACKET, UnixState.UNCONNECTED, 12213, path("/srv/demo/seq.sock")),
                        unix(3, Set.of(), UnixSocketType.STREAM, UnixState.CONNECTED, 1130, null),
                        unix(3, Set.of(), UnixSocketType.STREAM, UnixState.CONNECTED, 12211, path("/srv/demo/stream.sock")),
                        unix(2, ACC, UnixSocketType.STREAM, UnixState.UNCONNECTED, 12215,
                                new UnixPath("abstract-name", true))));
    }

    @Test
    void pathsStopAtTheFirstBlankAndControlsBecomeDots() {
        assertEquals("/srv/demo/with", UnixRows.path(path("/srv/demo/with space.sock")));
        assertEquals("/a", UnixRows.path(path("/a\tb")));
        assertEquals("/a", UnixRows.path(path("/a\nunix  2 forged")));
        assertEquals("/a.[31mred", UnixRows.path(path("/a\u001b[31mred")));
        assertEquals("", UnixRows.path(null));
    }

    @Test
    void rareFlagsStatesAndTypes() {
        assertEquals("[ ACC W N ]", StateWords.unixFlags(new UnixInfo(null, 9, Set.of(UnixFlag.NO_SPACE,
                UnixFlag.WAITING_DATA, UnixFlag.ACCEPTING), null, 9, 1L, null)));
        assertEquals("unix  1      [ ]         UNKNOWN    UNKNOWN       4        \n",
                rows(false, SocketEntry.builder(Protocol.UNIX, AddressFamily.UNIX)
                        .unix(new UnixInfo(null, 9, Set.of(), null, 9, 1L, null)).inode(4L).build()));
        assertEquals("unix  1      [ ]         RDM        DISCONNECTING 5        \n",
                rows(false, unix(1, Set.of(), UnixSocketType.RDM, UnixState.DISCONNECTING, 5, null)));
        assertEquals("unix  1      [ ]         RAW        CONNECTING    5        \n",
                rows(false, unix(1, Set.of(), UnixSocketType.RAW, UnixState.CONNECTING, 5, null)));
        assertEquals("unix  1      [ ]         DGRAM      FREE          5        \n",
                rows(false, unix(1, Set.of(), UnixSocketType.DGRAM, UnixState.FREE, 5, null)));
    }

    @Test
    void programColumnSitsBeforeThePath() {
        SocketEntry e = unix(2, ACC, UnixSocketType.STREAM, UnixState.UNCONNECTED, 12209, path("/run/x.sock"))
                .toBuilder().addOwner(ProcessRef.owner(24353, "python3")).build();
        assertEquals("unix  2      [ ACC ]     STREAM     LISTENING     12209    24353/python3        /run/x.sock\n",
                rows(true, e));
        StringBuilder sb = new StringBuilder();
        UnixRows.header(sb, ((NetToolsCommandLine.Run) NetToolsCommandLine.parse(List.of("-xp"), Map.of())).options());
        assertEquals("Active UNIX domain sockets (w/o servers)\n"
                + "Proto RefCnt Flags       Type       State         I-Node   PID/Program name     Path\n", sb.toString());
    }
}
