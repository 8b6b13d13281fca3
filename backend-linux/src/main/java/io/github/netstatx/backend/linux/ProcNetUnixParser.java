package io.github.netstatx.backend.linux;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.UnixFlag;
import io.github.netstatx.core.model.UnixInfo;
import io.github.netstatx.core.model.UnixPath;
import io.github.netstatx.core.model.UnixSocketType;
import io.github.netstatx.core.model.UnixState;
import io.github.netstatx.core.text.SurrogateEscape;
import java.util.EnumSet;
import java.util.Set;

/**
 * Parses {@code /proc/net/unix}.
 * <pre>
 * Num       RefCount Protocol Flags    Type St Inode Path
 * 0000000092eefd94: 00000002 00000000 00010000 0001 01 33371 /run/netstatx-demo/stream.sock
 * 000000009489df94: 00000002 00000000 00010000 0001 01 33378 /run/netstatx-demo/with space.sock
 * 00000000aec5f7bc: 00000003 00000000 00000000 0001 03 33380
 * 0000000094c85c65: 00000002 00000000 00000000 0002 01 33377 @netstatx@nul
 * </pre>
 * Columns: hashed kernel pointer, RefCount, Protocol (always 0), Flags, Type, St (all hex), Inode
 * (decimal, right-aligned in 5), then, for bound sockets only, one blank and the name. The name runs
 * to the end of the line: file names may contain blanks. Abstract names start with {@code @} (the
 * kernel also prints each NUL inside them as {@code @}). Names are bytes and are decoded with
 * {@link SurrogateEscape}, so names that are not UTF-8 survive unchanged.
 */
final class ProcNetUnixParser {

    /** {@code __SO_ACCEPTCON}: a listening socket (net-tools {@code ACC}). */
    private static final long FLAG_ACCEPTING = 0x10000;
    /** {@code SO_WAITDATA} (net-tools {@code W}); no current kernel sets it. */
    private static final long FLAG_WAITING_DATA = 0x20000;
    /** {@code SO_NOSPACE} (net-tools {@code N}); no current kernel sets it. */
    private static final long FLAG_NO_SPACE = 0x40000;

    private ProcNetUnixParser() {
    }

    static ParsedTable parse(byte[] data) {
        return ParsedTable.parseLines(data, 80, ProcNetUnixParser::line);
    }

    private static SocketEntry line(ProcLineCursor c) {
        c.hex(16);                                    // hashed pointer
        c.expect(':');
        c.blanks();
        long refCount = c.hex(8);
        c.blanks();
        c.hex(8);                                     // protocol, always 0
        c.blanks();
        long flags = c.hex(8);
        c.blanks();
        int type = (int) c.hex(4);
        c.blanks();
        int st = (int) c.hex(2);
        c.blanks();
        long inode = c.decimal();
        UnixPath path = null;
        if (!c.atLineEnd()) {
            if (!c.oneBlank()) {
                return null;
            }
            path = path(c.data(), c.position(), c.lineEnd());
        }
        if (c.failed()) {
            return null;
        }
        UnixInfo info = new UnixInfo(type(type), type, flags(flags), state(st), st, refCount, path);
        return SocketEntry.builder(Protocol.UNIX, AddressFamily.UNIX)
                .unix(info)
                .stateCode(st)
                .platformState(stateWord(st, flags))
                .inode(inode)
                .build();
    }

    private static UnixPath path(byte[] data, int from, int to) {
        if (from < to && data[from] == '@') {
            return new UnixPath(SurrogateEscape.decode(data, from + 1, to - from - 1), true);
        }
        return new UnixPath(SurrogateEscape.decode(data, from, to - from), false);
    }

    private static Set<UnixFlag> flags(long flags) {
        Set<UnixFlag> out = EnumSet.noneOf(UnixFlag.class);
        if ((flags & FLAG_ACCEPTING) != 0) {
            out.add(UnixFlag.ACCEPTING);
        }
        if ((flags & FLAG_WAITING_DATA) != 0) {
            out.add(UnixFlag.WAITING_DATA);
        }
        if ((flags & FLAG_NO_SPACE) != 0) {
            out.add(UnixFlag.NO_SPACE);
        }
        return out;
    }

    /** {@code SOCK_*} numbers. */
    private static UnixSocketType type(int code) {
        return switch (code) {
            case 1 -> UnixSocketType.STREAM;
            case 2 -> UnixSocketType.DGRAM;
            case 3 -> UnixSocketType.RAW;
            case 4 -> UnixSocketType.RDM;
            case 5 -> UnixSocketType.SEQPACKET;
            default -> null;
        };
    }

    /** {@code socket_state} numbers ({@code SS_FREE} ... {@code SS_DISCONNECTING}). */
    private static UnixState state(int code) {
        return switch (code) {
            case 0 -> UnixState.FREE;
            case 1 -> UnixState.UNCONNECTED;
            case 2 -> UnixState.CONNECTING;
            case 3 -> UnixState.CONNECTED;
            case 4 -> UnixState.DISCONNECTING;
            default -> null;
        };
    }

    /**
     * The state in net-tools' words where it has one ({@code LISTENING} for an unconnected socket
     * with ACC), the kernel's name ({@code UNCONNECTED}) for the one state net-tools leaves blank.
     */
    private static String stateWord(int code, long flags) {
        return switch (code) {
            case 0 -> "FREE";
            case 1 -> (flags & FLAG_ACCEPTING) != 0 ? "LISTENING" : "UNCONNECTED";
            case 2 -> "CONNECTING";
            case 3 -> "CONNECTED";
            case 4 -> "DISCONNECTING";
            default -> null;
        };
    }
}
