package io.github.netstatx.backend.macos.decode;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * {@code kern.ipc.mbstat}: one {@code struct mbstat} (xnu {@code bsd/sys/mbuf.h}), little-endian, 580 bytes on
 * macOS 10.13-10.15 and 584 from macOS 11 ({@code m_forcedefunct} appended). The input, as 32-bit words and
 * one array, with the offsets recorded for every release (test resources {@code xnu-layouts/}):
 *
 * <pre>
 *   @0 m_mbufs  @4 m_clusters  @8 m_spare  @12 m_clfree  @16 m_drops  @20 m_wait  @24 m_drain
 *   @28 m_mtypes[256] (u_short per mbuf type)  @540 m_mcfail  @544 m_mpfail  @548 m_msize  @552 m_mclbytes
 *   @556 m_minclsize  @560 m_mlen  @564 m_mhlen  @568 m_bigclusters  @572 m_bigclfree  @576 m_bigmclbytes
 *   [@580 m_forcedefunct, macOS 11+]
 * </pre>
 */
public final class MbstatDecoder {

    static final int CLUSTERS = 4;
    static final int DROPS = 16;
    static final int WAIT = 20;
    static final int DRAIN = 24;
    static final int MTYPES = 28;
    static final int MTYPE_COUNT = 256;
    static final int MSIZE = 548;
    static final int MCLBYTES = 552;
    static final int BIGCLUSTERS = 568;
    static final int BIGMCLBYTES = 576;
    /** The 10.13-10.15 size; later kernels only append. */
    static final int MIN_SIZE = 580;

    private MbstatDecoder() {
    }

    /**
     * The fields of {@code struct mbstat} that {@code netstat -m} prints from.
     *
     * @param types the mbuf count of every type number, index = the kernel's type
     */
    public record Mbstat(long clusters, long drops, long waits, long drains, long mbufSize, long clusterBytes,
            long bigClusters, long bigClusterBytes, long[] types) {
    }

    public static Mbstat decode(ByteBuffer raw) throws MalformedSysctlException {
        ByteBuffer buf = raw.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        int length = buf.remaining();
        if (length < MIN_SIZE) {
            throw new MalformedSysctlException("kern.ipc.mbstat is " + length + " bytes; a struct mbstat has at least "
                    + MIN_SIZE);
        }
        Fields f = new Fields(buf.slice().order(ByteOrder.LITTLE_ENDIAN), 0, length, "struct mbstat");
        long[] types = new long[MTYPE_COUNT];
        for (int t = 0; t < MTYPE_COUNT; t++) {
            types[t] = f.u16(MTYPES + 2 * t);
        }
        return new Mbstat(f.u32(CLUSTERS), f.u32(DROPS), f.u32(WAIT), f.u32(DRAIN), f.u32(MSIZE), f.u32(MCLBYTES),
                f.u32(BIGCLUSTERS), f.u32(BIGMCLBYTES), types);
    }
}
