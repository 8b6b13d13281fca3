package io.github.netstatx.backend.macos.decode;

import java.util.List;

/**
 * One inet PCB item of {@code net.inet.{tcp,udp,raw}.pcblist_n}: the fields netstat and the model use, as the
 * kernel wrote them (addresses as 16 raw bytes, IPv4 in the last four).
 *
 * @param inpp hashed inpcb handle ({@code xi_inpp}); 0 for user-space flows
 * @param ppcb hashed protocol PCB handle ({@code inp_ppcb}, the tcpcb for TCP)
 * @param statsSlots the four {@code data_stats} of {@code xst_tc_stats}, in order: traffic classes before macOS
 *     15.4, then {@code SO_STATS_DATA}, {@code SO_STATS_SBNOSPACE} and two more
 * @param tcpState {@code t_state}, null for non-TCP items
 * @param extendedSocket true when {@code xsocket_n} had the macOS 13+ size (104 bytes)
 * @param extension the fields of that size, or null
 */
public record InetPcb(long inpp, long ppcb, long gencnt, int inpFlags, int vflag, int ipProtocol,
        byte[] foreignAddress, int foreignPort, byte[] localAddress, int localPort, long flowHash,
        long socketHandle, int socketType, long socketOptions, int socketState, long socketPcb, int protocol,
        int family, int qlen, int incqlen, int qlimit, long uid, int lastPid, int effectivePid,
        boolean extendedSocket, SockBuf receive, SockBuf send, List<DataStats> statsSlots, Integer tcpState,
        SocketExtension extension) {

    public InetPcb {
        statsSlots = List.copyOf(statsSlots);
    }

    /** The four slots of {@code xst_tc_stats} added up: what Apple's netstat printed before macOS 15.4. */
    public DataStats statsTotal() {
        DataStats t = new DataStats(0, 0, 0, 0);
        for (DataStats d : statsSlots) {
            t = new DataStats(t.rxPackets() + d.rxPackets(), t.rxBytes() + d.rxBytes(),
                    t.txPackets() + d.txPackets(), t.txBytes() + d.txBytes());
        }
        return t;
    }

    /** INP_IPV4 in {@code inp_vflag}. */
    public static final int VFLAG_IPV4 = 0x1;
    /** INP_IPV6 in {@code inp_vflag}. */
    public static final int VFLAG_IPV6 = 0x2;
    /** INP_ANONPORT in {@code inp_flags}: the kernel picked the local port. */
    public static final int INP_ANONPORT = 0x40;

    /** A flow of the user-space network stack (macOS 13+): every kernel handle is zero. */
    public boolean userSpaceFlow() {
        return inpp == 0 && socketHandle == 0 && socketPcb == 0;
    }

    /**
     * One {@code xsockbuf_n}.
     *
     * @param present false for the zero-kind buffer record of a socket-less PCB
     */
    public record SockBuf(boolean present, long cc, long hiwat) {
        static final SockBuf ABSENT = new SockBuf(false, 0, 0);
    }

    /** One {@code struct data_stats}, in its field order. */
    public record DataStats(long rxPackets, long rxBytes, long txPackets, long txBytes) {
    }
}
