package io.github.netstatx.backend.macos;

import io.github.netstatx.backend.macos.decode.InetPcb;
import io.github.netstatx.core.model.BsdSocketInfo;
import io.github.netstatx.core.model.OsFamily;
import io.github.netstatx.core.model.ProductVersion;

/**
 * What the four {@code data_stats} slots of a socket's {@code xst_tc_stats} count, which depends on the release
 * of the kernel that wrote them. Apple's netstat shows the difference: network_cmds up to 696 adds the four slots
 * up for {@code -b}/{@code -v}, and the later ones (698.60 onwards; macOS 15.4 here, as the Apple dialect maps
 * releases) print slot {@code SO_STATS_DATA} as {@code rxbytes}/{@code txbytes} and slot
 * {@code SO_STATS_SBNOSPACE} as {@code rxdrops} ({@code -d}), with packet counts under {@code -vv}.
 */
enum SocketStatsSlots {
    /** Before macOS 15.4: one slot per traffic class; together they are the socket's traffic. */
    TRAFFIC_CLASSES,
    /** macOS 15.4 and later: slot 0 the traffic, slot 1 what was received and dropped for want of buffer space. */
    DATA_AND_DROPS;

    private static final int SO_STATS_DATA = 0;
    private static final int SO_STATS_SBNOSPACE = 1;

    /** The meaning for a kernel of {@code osVersion} ({@code kern.osproductversion}); sums when unknown. */
    static SocketStatsSlots forRelease(String osVersion) {
        return ProductVersion.ofMac(OsFamily.MACOS, osVersion).filter(v -> v.atLeast(15, 4)).isPresent()
                ? DATA_AND_DROPS : TRAFFIC_CLASSES;
    }

    /**
     * The traffic of {@code p} as this meaning reads its slots, and the receive drops where they are counted apart.
     *
     * @param traffic bytes and packets received and sent
     * @param drops bytes and packets dropped on receive for want of buffer space (rx fields), or null
     */
    record Counted(InetPcb.DataStats traffic, InetPcb.DataStats drops) {

        /** {@code info} with the packet counts and drops set (its byte counts are {@code traffic}'s already). */
        BsdSocketInfo withTraffic(BsdSocketInfo info) {
            return info.withTraffic(traffic.rxPackets(), traffic.txPackets(), drops == null ? null : drops.rxBytes(),
                    drops == null ? null : drops.rxPackets());
        }
    }

    Counted count(InetPcb p) {
        return this == TRAFFIC_CLASSES ? new Counted(p.statsTotal(), null)
                : new Counted(p.statsSlots().get(SO_STATS_DATA), p.statsSlots().get(SO_STATS_SBNOSPACE));
    }
}
