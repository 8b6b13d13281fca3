package io.github.netstatx.core.model;

/**
 * Socket-layer facts a BSD-derived kernel reports per socket beyond the common columns (macOS
 * {@code pcblist_n}: what Apple's {@code netstat -A -b -v -L} prints). Every field may be null (unknown).
 *
 * @param flowHash the PCB's flow hash ({@code inp_flowhash}), printed by {@code -A}
 * @param rxBytes bytes received: before macOS 15.4 summed over the four traffic-class slots of
 *     {@code xst_tc_stats} (what Apple's netstat printed then); from 15.4 the data slot ({@code SO_STATS_DATA})
 *     alone, the bytes dropped for want of buffer space being counted apart in {@code rxDroppedBytes}
 * @param txBytes bytes sent, counted as {@code rxBytes} is
 * @param recvHighWater receive buffer high-water mark ({@code sb_hiwat})
 * @param sendHighWater send buffer high-water mark
 * @param listenQueue completed connections waiting for accept ({@code so_qlen})
 * @param listenIncomplete connections still in the handshake ({@code so_incqlen})
 * @param listenLimit the listen backlog ({@code so_qlimit}); 0 for a socket that does not listen
 * @param socketState the {@code so_state} bits
 * @param socketOptions the {@code so_options} bits
 * @param vnodeAddress UNIX: the bound vnode's kernel handle, as the platform prints it
 * @param peerAddress UNIX: the connected peer PCB's handle
 * @param refsAddress UNIX: the first PCB connected to this one
 * @param nextRefAddress UNIX: the next PCB connected to the same peer
 * @param userSpaceFlow a flow of the user-space network stack (macOS 13+ Skywalk): kernel handles are zero
 * @param socketAddress the socket structure's kernel address, as the platform prints it (AIX {@code -A}
 *     prints it before a UNIX socket's PCB address)
 * @param generation the socket's generation count ({@code so_gencnt}, macOS 13+; Apple's {@code -v gencnt})
 * @param socketFlags the {@code so_flags} bits (macOS 13+)
 * @param socketFlags1 the {@code so_flags1} bits (macOS 13+)
 * @param useCount {@code so_usecount} (macOS 13+)
 * @param retainCount {@code so_retaincnt} (macOS 13+)
 * @param filterFlags {@code xso_filter_flags}: the socket filters attached (macOS 13+)
 * @param rxPackets packets received, counted as {@code rxBytes} is (Apple's {@code -vv})
 * @param txPackets packets sent, counted as {@code txBytes} is (Apple's {@code -vv})
 * @param rxDroppedBytes bytes dropped on receive because the socket buffer was full ({@code SO_STATS_SBNOSPACE},
 *     macOS 15.4+; Apple's {@code -d} {@code rxdrops}); null where the kernel does not count them apart
 * @param rxDroppedPackets packets dropped so ({@code -vv -d})
 */
public record BsdSocketInfo(Long flowHash, Long rxBytes, Long txBytes, Long recvHighWater, Long sendHighWater,
        Integer listenQueue, Integer listenIncomplete, Integer listenLimit, Integer socketState, Long socketOptions,
        String vnodeAddress, String peerAddress, String refsAddress, String nextRefAddress,
        boolean userSpaceFlow, String socketAddress, Long generation, Long socketFlags, Long socketFlags1,
        Integer useCount, Integer retainCount, Long filterFlags, Long rxPackets, Long txPackets,
        Long rxDroppedBytes, Long rxDroppedPackets) {

    /**
     * The facts every macOS release reports, without the {@code xsocket_n} fields macOS 13 added and without
     * the socket structure's address (macOS prints none).
     */
    public BsdSocketInfo(Long flowHash, Long rxBytes, Long txBytes, Long recvHighWater, Long sendHighWater,
            Integer listenQueue, Integer listenIncomplete, Integer listenLimit, Integer socketState,
            Long socketOptions, String vnodeAddress, String peerAddress, String refsAddress, String nextRefAddress,
            boolean userSpaceFlow) {
        this(flowHash, rxBytes, txBytes, recvHighWater, sendHighWater, listenQueue, listenIncomplete, listenLimit,
                socketState, socketOptions, vnodeAddress, peerAddress, refsAddress, nextRefAddress, userSpaceFlow,
                null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The facts of a UNIX socket listing that prints the socket structure's address (AIX {@code -A}). */
    public BsdSocketInfo(Long flowHash, Long rxBytes, Long txBytes, Long recvHighWater, Long sendHighWater,
            Integer listenQueue, Integer listenIncomplete, Integer listenLimit, Integer socketState,
            Long socketOptions, String vnodeAddress, String peerAddress, String refsAddress, String nextRefAddress,
            boolean userSpaceFlow, String socketAddress) {
        this(flowHash, rxBytes, txBytes, recvHighWater, sendHighWater, listenQueue, listenIncomplete, listenLimit,
                socketState, socketOptions, vnodeAddress, peerAddress, refsAddress, nextRefAddress, userSpaceFlow,
                socketAddress, null, null, null, null, null, null, null, null, null, null);
    }

    /** The same facts with the macOS 13+ socket fields set. */
    public BsdSocketInfo withSocketExtension(long generation, long socketFlags, long socketFlags1, int useCount,
            int retainCount, long filterFlags) {
        return new BsdSocketInfo(flowHash, rxBytes, txBytes, recvHighWater, sendHighWater, listenQueue,
                listenIncomplete, listenLimit, socketState, socketOptions, vnodeAddress, peerAddress, refsAddress,
                nextRefAddress, userSpaceFlow, socketAddress, generation, socketFlags, socketFlags1, useCount,
                retainCount, filterFlags, rxPackets, txPackets, rxDroppedBytes, rxDroppedPackets);
    }

    /** The same facts with the packet counts and receive drops set. */
    public BsdSocketInfo withTraffic(Long rxPackets, Long txPackets, Long rxDroppedBytes, Long rxDroppedPackets) {
        return new BsdSocketInfo(flowHash, rxBytes, txBytes, recvHighWater, sendHighWater, listenQueue,
                listenIncomplete, listenLimit, socketState, socketOptions, vnodeAddress, peerAddress, refsAddress,
                nextRefAddress, userSpaceFlow, socketAddress, generation, socketFlags, socketFlags1, useCount,
                retainCount, filterFlags, rxPackets, txPackets, rxDroppedBytes, rxDroppedPackets);
    }
}
