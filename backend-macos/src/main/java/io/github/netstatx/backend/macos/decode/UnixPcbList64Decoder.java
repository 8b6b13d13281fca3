package io.github.netstatx.backend.macos.decode;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes {@code net.local.stream.pcblist64} / {@code net.local.dgram.pcblist64}, the UNIX lists of macOS
 * 10.13 to 12 (xnu {@code unp_pcblist64}): an {@code xunpgen} header, then {@code xunpcb64} records of
 * {@code xu_len} bytes (724) advanced by exactly {@code xu_len}, each embedding an {@code xsocket64}; the
 * first record of 24 bytes or less is the trailing header. No pid exists in this format. Sample head:
 * <pre>
 * 18 00 00 00 02 00 00 00  07 01 00 00 00 00 00 00 ...  xunpgen: len 24, count 2, gen 263
 * d4 02 00 00 c5 f2 30 51  b0 7f 00 00 ...               xunpcb64: xu_len 724, xu_unpp (unaligned)
 * </pre>
 */
public final class UnixPcbList64Decoder {

    static final int XU_LEN = 0;
    static final int XU_UNPP = 4;
    static final int XUNP_VNODE = 36;
    static final int XUNP_INO = 44;
    static final int XUNP_CONN = 52;
    static final int XUNP_REFS = 60;
    static final int XUNP_REFLINK = 68;
    static final int XUNP_GENCNT = 92;
    static final int XU_ADDR = 104;
    static final int XU_CADDR = 360;
    static final int XU_SOCKET = 616;
    static final int XUNPCB64_SIZE = 724;

    // xsocket64 (108), relative to XU_SOCKET
    static final int SO64_SO = 4;
    static final int SO64_TYPE = 12;
    static final int SO64_OPTIONS = 14;
    static final int SO64_STATE = 18;
    static final int SO64_QLEN = 36;
    static final int SO64_INCQLEN = 38;
    static final int SO64_QLIMIT = 40;
    static final int SO64_RCV_CC = 56;
    static final int SO64_RCV_HIWAT = 60;
    static final int SO64_SND_CC = 80;
    static final int SO64_SND_HIWAT = 84;
    static final int SO64_UID = 104;

    private UnixPcbList64Decoder() {
    }

    public static PcbListN<UnixPcb> decode(ByteBuffer raw, String source) throws MalformedSysctlException {
        ByteBuffer buf = raw.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        if (buf.limit() < XsoRecords.GEN_SIZE) {
            throw new MalformedSysctlException(source + ": " + buf.limit() + " bytes, less than its 24-byte header");
        }
        Fields head = new Fields(buf, 0, XsoRecords.GEN_SIZE, source + " header");
        long headLen = head.u32(XsoRecords.GEN_LEN);
        if (headLen < XsoRecords.GEN_SIZE || headLen > buf.limit()) {
            throw new MalformedSysctlException(source + ": header length " + headLen);
        }
        long generation = head.u64(XsoRecords.GEN_GEN);
        List<UnixPcb> items = new ArrayList<>();
        int stale = 0;
        int incomplete = 0;
        Long trailer = null;
        int next = (int) headLen;
        while (next + 4 <= buf.limit()) {
            long len = Integer.toUnsignedLong(buf.getInt(next));
            if (len <= XsoRecords.GEN_SIZE) {
                if (next + XsoRecords.GEN_SIZE <= buf.limit()) {
                    trailer = buf.getLong(next + XsoRecords.GEN_GEN);
                }
                break;
            }
            if (next + len > buf.limit()) {
                incomplete++;
                break;
            }
            try {
                UnixPcb pcb = record(new Fields(buf, next, (int) len, source + " xunpcb64"));
                if (pcb.gencnt() > generation) {
                    stale++;
                } else {
                    items.add(pcb);
                }
            } catch (MalformedSysctlException e) {
                incomplete++;
            }
            next += (int) len;
        }
        return new PcbListN<>(generation, head.u32(XsoRecords.GEN_COUNT), items, stale, incomplete, trailer);
    }

    private static UnixPcb record(Fields u) throws MalformedSysctlException {
        int so = XU_SOCKET;
        return new UnixPcb(u.u64(XU_UNPP), u.u64(XUNP_VNODE), u.u64(XUNP_INO), u.u64(XUNP_CONN), u.u64(XUNP_REFS),
                u.u64(XUNP_REFLINK), u.u64(XUNP_GENCNT), SunPath.read(u, XU_ADDR), SunPath.read(u, XU_CADDR),
                u.s16(so + SO64_TYPE), u.u16(so + SO64_OPTIONS), u.u16(so + SO64_STATE), u.s16(so + SO64_QLEN),
                u.s16(so + SO64_INCQLEN), u.s16(so + SO64_QLIMIT), u.u32(so + SO64_UID), null, null,
                u.u32(so + SO64_RCV_CC), u.u32(so + SO64_RCV_HIWAT), u.u32(so + SO64_SND_CC),
                u.u32(so + SO64_SND_HIWAT), u.u64(so + SO64_SO), null);
    }
}
