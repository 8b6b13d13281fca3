package io.github.netstatx.backend.macos.decode;

import io.github.netstatx.backend.macos.decode.InetPcb.SockBuf;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes {@code net.inet.tcp.pcblist_n}, {@code net.inet.udp.pcblist_n} and {@code net.inet.raw.pcblist_n}
 * (xnu {@code bsd/netinet/in_pcblist.c} {@code get_pcblist_n}). Each item is {@code xinpcb_n},
 * {@code xsocket_n} (76 bytes up to macOS 12, 104 from 13: told apart by {@code xso_len}), two
 * {@code xsockbuf_n}, {@code xsockstat_n} and, for TCP, {@code xtcpcb_n}. An item starts at its
 * {@code xinpcb_n}; records of unknown kind are skipped. A sample item head (TCP, 127.0.0.1:8080 listening),
 * little-endian:
 * <pre>
 * 18 00 00 00 01 00 00 00  2a 00 00 00 00 00 00 00  ...   xinpgen: len 24, count 1, gen 42
 * 68 00 00 00 10 00 00 00  8d 4e 50 cb b0 7f 00 00         xinpcb_n: len 104, kind XSO_INPCB, xi_inpp
 * 00 00 1f 90 ...                                          inp_fport 0, inp_lport 8080 (network order)
 * </pre>
 * Offsets come from the clang layouts of xnu-4570 (10.13) to xnu-11417 (15); a test checks every one of
 * them against the recorded layouts of each version.
 */
public final class InetPcbListDecoder {

    // xinpcb_n (104 bytes, every version)
    static final int XI_INPP = 8;
    static final int INP_FPORT = 16;
    static final int INP_LPORT = 18;
    static final int INP_PPCB = 20;
    static final int INP_GENCNT = 28;
    static final int INP_FLAGS = 36;
    static final int INP_VFLAG = 44;
    static final int INP_IP_P = 46;
    static final int INP_FADDR = 48;
    static final int INP_LADDR = 64;
    static final int INP_FLOWHASH = 96;
    static final int XINPCB_N_SIZE = 104;

    // xsocket_n
    static final int XSO_SO = 8;
    static final int SO_TYPE = 16;
    static final int SO_OPTIONS = 20;
    static final int SO_STATE = 26;
    static final int SO_PCB = 28;
    static final int XSO_PROTOCOL = 36;
    static final int XSO_FAMILY = 40;
    static final int SO_QLEN = 44;
    static final int SO_INCQLEN = 46;
    static final int SO_QLIMIT = 48;
    static final int SO_UID = 64;
    static final int SO_LAST_PID = 68;
    static final int SO_E_PID = 72;
    /** Size of xsocket_n up to xnu-8020 (macOS 12). */
    static final int XSOCKET_N_SIZE_12 = 76;
    /** Size of xsocket_n from xnu-8792 (macOS 13). */
    static final int XSOCKET_N_SIZE_13 = 104;

    // xsockbuf_n (32)
    static final int SB_CC = 8;
    static final int SB_HIWAT = 12;
    static final int XSOCKBUF_N_SIZE = 32;

    // xsockstat_n (136): four data_stats {rxpackets, rxbytes, txpackets, txbytes} from offset 8
    static final int XST_TC_STATS = 8;
    static final int DATA_STATS_SIZE = 32;
    static final int TC_STATS_MAX = 4;
    static final int XSOCKSTAT_N_SIZE = 136;

    // xtcpcb_n (204)
    static final int T_STATE = 36;
    static final int XTCPCB_N_SIZE = 204;

    private InetPcbListDecoder() {
    }

    /**
     * @param tcp whether the list is TCP's (its items carry an {@code xtcpcb_n})
     * @param source the sysctl name, for messages
     */
    public static PcbListN<InetPcb> decode(ByteBuffer raw, boolean tcp, String source)
            throws MalformedSysctlException {
        XsoRecords.Walk walk = XsoRecords.walk(raw, source);
        List<InetPcb> items = new ArrayList<>();
        int stale = 0;
        int incomplete = walk.truncated() ? 1 : 0;
        Item cur = null;
        for (XsoRecords.Rec r : walk.records()) {
            if (r.kind() == XsoRecords.KIND_INPCB) {
                if (cur != null) {
                    incomplete++; // the previous item never completed
                }
                cur = new Item(tcp);
            }
            if (cur == null) {
                incomplete++;
                continue;
            }
            cur.add(r, source);
            if (cur.complete()) {
                try {
                    InetPcb pcb = cur.build(source);
                    if (pcb.gencnt() > walk.generation()) {
                        stale++;
                    } else {
                        items.add(pcb);
                    }
                } catch (MalformedSysctlException e) {
                    incomplete++; // a record shorter than its fields: this item only
                }
                cur = null;
            }
        }
        if (cur != null) {
            incomplete++;
        }
        return new PcbListN<>(walk.generation(), walk.count(), items, stale, incomplete, walk.trailerGeneration());
    }

    /** The records of one item as they arrive. */
    private static final class Item {
        private final boolean tcp;
        private XsoRecords.Rec inp;
        private XsoRecords.Rec so;
        private XsoRecords.Rec rcv;
        private XsoRecords.Rec snd;
        private XsoRecords.Rec stats;
        private XsoRecords.Rec tcb;
        private int bufferRecords;

        Item(boolean tcp) {
            this.tcp = tcp;
        }

        void add(XsoRecords.Rec r, String source) {
            switch (r.kind()) {
                case XsoRecords.KIND_INPCB -> inp = inp == null ? r : inp;
                case XsoRecords.KIND_SOCKET -> so = so == null ? r : so;
                case XsoRecords.KIND_RCVBUF -> rcv = rcv == null ? r : rcv;
                case XsoRecords.KIND_SNDBUF -> snd = snd == null ? r : snd;
                case XsoRecords.KIND_STATS -> stats = stats == null ? r : stats;
                case XsoRecords.KIND_TCPCB -> tcb = tcb == null ? r : tcb;
                // A socket-less PCB's buffers come with kind 0 (sbtoxsockbuf_n(NULL) sets only the length).
                case 0 -> bufferRecords++;
                default -> {
                    // kinds this decoder does not need (kernel-control lists) are skipped
                }
            }
        }

        boolean complete() {
            boolean buffers = (rcv != null && snd != null) || (bufferRecords + (rcv != null ? 1 : 0)
                    + (snd != null ? 1 : 0)) >= 2;
            return inp != null && so != null && buffers && stats != null && (!tcp || tcb != null);
        }

        InetPcb build(String source) throws MalformedSysctlException {
            Fields i = inp.fields(source + " xinpcb_n");
            Fields s = so.fields(source + " xsocket_n");
            SockBuf rb = buffer(rcv, source);
            SockBuf sb = buffer(snd, source);
            Fields st = stats.fields(source + " xsockstat_n");
            List<InetPcb.DataStats> slots = new ArrayList<>(TC_STATS_MAX);
            for (int c = 0; c < TC_STATS_MAX; c++) {
                int base = XST_TC_STATS + c * DATA_STATS_SIZE;
                slots.add(new InetPcb.DataStats(st.u64(base), st.u64(base + 8), st.u64(base + 16), st.u64(base + 24)));
            }
            Integer state = tcb == null ? null : tcb.fields(source + " xtcpcb_n").s32(T_STATE);
            boolean extended = s.length() >= XSOCKET_N_SIZE_13;
            return new InetPcb(i.u64(XI_INPP), i.u64(INP_PPCB), i.u64(INP_GENCNT), i.s32(INP_FLAGS),
                    i.u8(INP_VFLAG), i.u8(INP_IP_P), i.bytes(INP_FADDR, 16), i.u16Network(INP_FPORT),
                    i.bytes(INP_LADDR, 16), i.u16Network(INP_LPORT), i.u32(INP_FLOWHASH), s.u64(XSO_SO),
                    s.s16(SO_TYPE), s.u32(SO_OPTIONS), s.u16(SO_STATE), s.u64(SO_PCB), s.s32(XSO_PROTOCOL),
                    s.s32(XSO_FAMILY), s.s16(SO_QLEN), s.s16(SO_INCQLEN), s.s16(SO_QLIMIT), s.u32(SO_UID),
                    s.s32(SO_LAST_PID), s.s32(SO_E_PID), extended, rb, sb, slots, state,
                    SocketExtension.of(s));
        }

        private static SockBuf buffer(XsoRecords.Rec r, String source) throws MalformedSysctlException {
            if (r == null) {
                return SockBuf.ABSENT;
            }
            Fields f = r.fields(source + " xsockbuf_n");
            return new SockBuf(true, f.u32(SB_CC), f.u32(SB_HIWAT));
        }
    }
}
