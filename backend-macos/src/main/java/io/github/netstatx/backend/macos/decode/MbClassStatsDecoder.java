package io.github.netstatx.backend.macos.decode;

import io.github.netstatx.core.model.MbufCacheState;
import io.github.netstatx.core.model.MbufClass;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code kern.ipc.mb_stat}: an {@code mb_stat_t} (xnu {@code bsd/sys/mbuf.h}), little-endian: {@code u32 mbs_cnt}
 * @0, padding, then {@code mbs_cnt} {@code mb_class_stat_t} records from @8, each 144 bytes up to macOS 13 and 136
 * from macOS 14 ({@code mbcl_peak_reported} dropped); the kernel sizes the answer to exactly the classes it has,
 * so the record size is {@code (length - 8) / mbs_cnt}. One record, as the kernel lays it out:
 *
 * <pre>
 *   @0 char mbcl_cname[16] ("mbuf", "cl", "bigcl", "16kcl", "mbuf_cl", ...)  @16 u32 mbcl_size
 *   @20 mbcl_total  @24 mbcl_active  @28 mbcl_infree  @32 mbcl_slab_cnt  @36 pad
 *   @40..@79 u64 alloc_cnt, free_cnt, notified, purge_cnt, fail_cnt
 *   @80 mbcl_ctotal  @84 mbcl_release_cnt  @88 mbcl_mc_state  @92 mbcl_mc_cached  @96.. waiter/retry counts
 * </pre>
 */
public final class MbClassStatsDecoder {

    static final int COUNT = 0;
    static final int CLASSES = 8;
    /** {@code sizeof(mb_class_stat_t)} on macOS 10.13-13. */
    static final int RECORD_UNTIL_13 = 144;
    /** {@code sizeof(mb_class_stat_t)} from macOS 14. */
    static final int RECORD_FROM_14 = 136;
    static final int NAME = 0;
    static final int NAME_SIZE = 16;
    static final int SIZE = 16;
    static final int TOTAL = 20;
    static final int ACTIVE = 24;
    static final int INFREE = 28;
    static final int CTOTAL = 80;
    static final int RELEASE_CNT = 84;
    static final int MC_STATE = 88;
    static final int MC_CACHED = 92;

    private MbClassStatsDecoder() {
    }

    public static List<MbufClass> decode(ByteBuffer raw) throws MalformedSysctlException {
        ByteBuffer buf = raw.duplicate().order(ByteOrder.LITTLE_ENDIAN).slice().order(ByteOrder.LITTLE_ENDIAN);
        int length = buf.remaining();
        Fields header = new Fields(buf, 0, length, "mb_stat_t");
        long count = header.u32(COUNT);
        if (count == 0) {
            throw new MalformedSysctlException("kern.ipc.mb_stat lists no mbuf classes");
        }
        long body = length - (long) CLASSES;
        if (body <= 0 || body % count != 0
                || (body / count != RECORD_UNTIL_13 && body / count != RECORD_FROM_14)) {
            throw new MalformedSysctlException("kern.ipc.mb_stat is " + length + " bytes for " + count
                    + " classes; each mb_class_stat_t is " + RECORD_UNTIL_13 + " or " + RECORD_FROM_14 + " bytes");
        }
        int record = (int) (body / count);
        List<MbufClass> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Fields f = new Fields(buf, CLASSES + i * record, record, "mb_class_stat_t");
            out.add(new MbufClass(new String(f.cString(NAME, NAME_SIZE), StandardCharsets.US_ASCII), f.u32(SIZE), f.u32(TOTAL), f.u32(ACTIVE),
                    f.u32(INFREE), f.u32(CTOTAL), f.u32(RELEASE_CNT), state(f.u32(MC_STATE)), f.u32(MC_CACHED)));
        }
        return out;
    }

    /** {@code MCS_DISABLED} 0, {@code MCS_ONLINE} 1, {@code MCS_PURGING} 2, {@code MCS_OFFLINE} 3. */
    private static MbufCacheState state(long value) {
        return value < MbufCacheState.values().length ? MbufCacheState.values()[(int) value] : null;
    }
}
