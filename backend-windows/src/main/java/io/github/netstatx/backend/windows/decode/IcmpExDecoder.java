package io.github.netstatx.backend.windows.decode;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * {@code MIB_ICMP_EX} (2064 bytes) from {@code GetIcmpStatisticsEx(family)}: {@code icmpInStats} at 0 and
 * {@code icmpOutStats} at 1032, each a {@code MIBICMPSTATS_EX} of dwMsgs 0, dwErrors 4 and
 * rgdwTypeCount[256] 8 (one counter per ICMP / ICMPv6 message type). Sample (Wine 8.0, IPv4, in):
 * {@code 00 00 00 00  00 00 00 00  00 00 00 00 ...} (no ICMP seen).
 */
public final class IcmpExDecoder {

    public static final int SIZE = 2064;
    public static final int IN_STATS = 0;
    public static final int OUT_STATS = 1032;
    public static final int STATS_SIZE = 1032;
    public static final int MSGS = 0;
    public static final int ERRORS = 4;
    public static final int TYPE_COUNT = 8;
    public static final int TYPES = 256;

    public static final List<StructLayout> LAYOUTS = List.of(
            StructLayout.of("MIB_ICMP_EX", SIZE).field("icmpInStats", IN_STATS).field("icmpOutStats", OUT_STATS),
            StructLayout.of("MIBICMPSTATS_EX", STATS_SIZE).field("dwMsgs", MSGS).field("dwErrors", ERRORS)
                    .field("rgdwTypeCount", TYPE_COUNT));

    /** One direction: message and error totals and the per-type counts (index = ICMP type). */
    public record IcmpStats(long msgs, long errors, long[] typeCounts) {

        public IcmpStats {
            typeCounts = typeCounts.clone();
        }

        public long typeCount(int type) {
            return typeCounts[type];
        }
    }

    /** Received and sent counters. */
    public record IcmpEx(IcmpStats in, IcmpStats out) {
    }

    private IcmpExDecoder() {
    }

    /** @throws MalformedBufferException when the buffer is shorter than 2064 bytes */
    public static IcmpEx decode(ByteBuffer buffer) {
        LayoutReader r = LayoutReader.of("MIB_ICMP_EX", buffer);
        r.require(SIZE, "the whole structure");
        return new IcmpEx(stats(r.slice("icmpInStats", IN_STATS, STATS_SIZE)),
                stats(r.slice("icmpOutStats", OUT_STATS, STATS_SIZE)));
    }

    private static IcmpStats stats(LayoutReader r) {
        long[] types = new long[TYPES];
        for (int t = 0; t < TYPES; t++) {
            types[t] = r.u32(TYPE_COUNT + 4 * t, "rgdwTypeCount");
        }
        return new IcmpStats(r.u32(MSGS, "dwMsgs"), r.u32(ERRORS, "dwErrors"), types);
    }
}
