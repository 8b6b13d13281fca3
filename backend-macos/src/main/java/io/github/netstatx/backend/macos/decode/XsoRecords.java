package io.github.netstatx.backend.macos.decode;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The record stream shared by every {@code pcblist_n} answer: a 24-byte generation header ({@code xinpgen} /
 * {@code xunpgen}), records that each start with {@code u32 len; u32 kind} and are advanced by
 * {@code ROUNDUP64(len)}, and a trailing generation header (the first record of 24 bytes or less).
 */
final class XsoRecords {

    static final int GEN_SIZE = 24;
    static final int GEN_LEN = 0;
    static final int GEN_COUNT = 4;
    static final int GEN_GEN = 8;

    static final int KIND_SOCKET = 0x001;
    static final int KIND_RCVBUF = 0x002;
    static final int KIND_SNDBUF = 0x004;
    static final int KIND_STATS = 0x008;
    static final int KIND_INPCB = 0x010;
    static final int KIND_TCPCB = 0x020;
    static final int KIND_UNPCB = 0x200;

    /** One record: where it starts, its declared length and kind. */
    record Rec(int offset, int length, int kind, ByteBuffer buf) {
        Fields fields(String what) {
            return new Fields(buf, offset, length, what);
        }
    }

    /** The walk's result: header values, the records, and the trailer when there was one. */
    record Walk(long count, long generation, List<Rec> records, Long trailerGeneration, boolean truncated) {
    }

    private XsoRecords() {
    }

    /** network_cmds' ROUNDUP64: a length of 0 still advances by 8. */
    static int roundUp64(int len) {
        return len > 0 ? 1 + ((len - 1) | 7) : 8;
    }

    static Walk walk(ByteBuffer raw, String source) throws MalformedSysctlException {
        ByteBuffer buf = raw.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        buf.position(0);
        if (buf.limit() < GEN_SIZE) {
            throw new MalformedSysctlException(source + ": " + buf.limit() + " bytes, less than its 24-byte header");
        }
        Fields head = new Fields(buf, 0, GEN_SIZE, source + " header");
        long headLen = head.u32(GEN_LEN);
        if (headLen < GEN_SIZE || headLen > buf.limit()) {
            throw new MalformedSysctlException(source + ": header length " + headLen);
        }
        List<Rec> records = new ArrayList<>();
        Long trailer = null;
        boolean truncated = false;
        int next = roundUp64((int) headLen);
        while (next + 8 <= buf.limit()) {
            long len = Integer.toUnsignedLong(buf.getInt(next));
            if (len <= GEN_SIZE) {
                if (next + GEN_SIZE <= buf.limit()) {
                    trailer = buf.getLong(next + GEN_GEN);
                }
                break;
            }
            if (next + len > buf.limit()) {
                truncated = true; // a short copy: keep what came whole, count the rest as incomplete
                break;
            }
            records.add(new Rec(next, (int) len, buf.getInt(next + 4), buf));
            next += roundUp64((int) len);
        }
        return new Walk(head.u32(GEN_COUNT), head.u64(GEN_GEN), records, trailer, truncated);
    }
}
