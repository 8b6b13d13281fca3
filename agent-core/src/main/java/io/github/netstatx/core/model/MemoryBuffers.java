package io.github.netstatx.core.model;

import java.util.List;

/**
 * The kernel's network memory buffers (BSD mbufs and their clusters): what Apple's {@code netstat -m} reports.
 * Sizes are bytes; every count is as the kernel keeps it. {@code null} = the kernel did not say.
 *
 * @param mbufSize bytes in one mbuf ({@code m_msize})
 * @param clusterSize bytes in one standard cluster ({@code m_mclbytes}, 2 KB)
 * @param bigClusterSize bytes in one big cluster ({@code m_bigmclbytes}, 4 KB)
 * @param jumboClusterSize bytes in one jumbo cluster ({@code kern.ipc.njclbytes}, 16 KB)
 * @param jumboClusterLimit how many jumbo clusters the kernel was configured for ({@code kern.ipc.njcl});
 *     0 = jumbo clusters are not configured
 * @param clusters standard clusters created ({@code m_clusters})
 * @param bigClusters big clusters created ({@code m_bigclusters})
 * @param denied allocation requests refused ({@code m_drops})
 * @param delayed allocation requests that had to wait ({@code m_wait})
 * @param drains calls to the protocols' drain routines ({@code m_drain})
 * @param types mbufs in use per kernel mbuf type, only the types with a non-zero count, in type order
 * @param classes the allocator's buffer classes ({@code mb_class_stat}), in kernel order
 */
public record MemoryBuffers(Long mbufSize, Long clusterSize, Long bigClusterSize, Long jumboClusterSize,
        Long jumboClusterLimit, Long clusters, Long bigClusters, Long denied, Long delayed, Long drains,
        List<MbufTypeCount> types, List<MbufClass> classes) {

    public MemoryBuffers {
        types = List.copyOf(types);
        classes = List.copyOf(classes);
    }
}
