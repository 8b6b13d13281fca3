package io.github.netstatx.backend.macos.decode;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes {@code net.local.stream.pcblist_n} and {@code net.local.dgram.pcblist_n} (macOS 13+, xnu
 * {@code bsd/kern/uipc_usrreq.c} {@code unp_pcblist_n}): an {@code xunpgen} header, then per PCB
 * {@code xunpcb_n} (588 bytes, kind XSO_UNPCB 0x200), {@code xsocket_n}, two {@code xsockbuf_n} and
 * {@code xsockstat_n}, then a trailing {@code xunpgen}. Sample item head, little-endian:
 * <pre>
 * 4c 02 00 00 00 02 00 00  c5 f2 30 51 b0 7f 00 00   xunpcb_n: len 588, kind 0x200, xunp_unpp
 * </pre>
 */
public final class UnixPcbListNDecoder {

    static final int XUNP_UNPP = 8;
    static final int XUNP_VNODE = 16;
    static final int XUNP_INO = 24;
    static final int XUNP_CONN = 32;
    static final int XUNP_REFS = 40;
    static final int XUNP_REFLINK = 48;
    static final int XUNP_GENCNT = 68;
    static final int XU_ADDR = 76;
    static final int XU_CADDR = 332;
    static final int XUNPCB_N_SIZE = 588;

    private UnixPcbListNDecoder() {
    }

    public static PcbListN<UnixPcb> decode(ByteBuffer raw, String source) throws MalformedSysctlException {
        XsoRecords.Walk walk = XsoRecords.walk(raw, source);
        List<UnixPcb> items = new ArrayList<>();
        int stale = 0;
        int incomplete = walk.truncated() ? 1 : 0;
        XsoRecords.Rec unp = null;
        XsoRecords.Rec so = null;
        XsoRecords.Rec rcv = null;
        XsoRecords.Rec snd = null;
        for (XsoRecords.Rec r : walk.records()) {
            switch (r.kind()) {
                case XsoRecords.KIND_UNPCB -> {
                    if (unp != null) {
                        incomplete++;
                    }
                    unp = r;
                    so = null;
                    rcv = null;
                    snd = null;
                }
                case XsoRecords.KIND_SOCKET -> so = r;
                case XsoRecords.KIND_RCVBUF -> rcv = r;
                case XsoRecords.KIND_SNDBUF -> snd = r;
                case XsoRecords.KIND_STATS -> {
                    // the stats record closes the item (unixpr_n emits at which == 0x20f)
                    if (unp == null || so == null || rcv == null || snd == null) {
                        incomplete++;
                    } else {
                        try {
                            UnixPcb pcb = build(unp, so, rcv, snd, source);
                            if (pcb.gencnt() > walk.generation()) {
                                stale++;
                            } else {
                                items.add(pcb);
                            }
                        } catch (MalformedSysctlException e) {
                            incomplete++;
                        }
                    }
                    unp = null;
                }
                default -> {
                    // other kinds are not part of a UNIX item
                }
            }
        }
        if (unp != null) {
            incomplete++;
        }
        return new PcbListN<>(walk.generation(), walk.count(), items, stale, incomplete, walk.trailerGeneration());
    }

    private static UnixPcb build(XsoRecords.Rec unpRec, XsoRecords.Rec soRec, XsoRecords.Rec rcvRec,
            XsoRecords.Rec sndRec, String source) throws MalformedSysctlException {
        Fields u = unpRec.fields(source + " xunpcb_n");
        Fields s = soRec.fields(source + " xsocket_n");
        Fields rcv = rcvRec.fields(source + " xsockbuf_n");
        Fields snd = sndRec.fields(source + " xsockbuf_n");
        return new UnixPcb(u.u64(XUNP_UNPP), u.u64(XUNP_VNODE), u.u64(XUNP_INO), u.u64(XUNP_CONN),
                u.u64(XUNP_REFS), u.u64(XUNP_REFLINK), u.u64(XUNP_GENCNT), SunPath.read(u, XU_ADDR),
                SunPath.read(u, XU_CADDR), s.s16(InetPcbListDecoder.SO_TYPE), s.u32(InetPcbListDecoder.SO_OPTIONS),
                s.u16(InetPcbListDecoder.SO_STATE), s.s16(InetPcbListDecoder.SO_QLEN),
                s.s16(InetPcbListDecoder.SO_INCQLEN), s.s16(InetPcbListDecoder.SO_QLIMIT),
                s.u32(InetPcbListDecoder.SO_UID), s.s32(InetPcbListDecoder.SO_LAST_PID),
                s.s32(InetPcbListDecoder.SO_E_PID), rcv.u32(InetPcbListDecoder.SB_CC),
                rcv.u32(InetPcbListDecoder.SB_HIWAT), snd.u32(InetPcbListDecoder.SB_CC),
                snd.u32(InetPcbListDecoder.SB_HIWAT), s.u64(InetPcbListDecoder.XSO_SO), SocketExtension.of(s));
    }
}
