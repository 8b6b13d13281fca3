package io.github.netstatx.cli.json;

import io.github.netstatx.core.model.MbufClass;
import io.github.netstatx.core.model.MbufTypeCount;
import io.github.netstatx.core.model.MemoryBuffers;

/** The kernel's network memory buffers ({@code $defs/memory_buffers}). */
final class MemoryBuffersView {

    private MemoryBuffersView() {
    }

    static void write(JsonWriter w, MemoryBuffers m) {
        w.beginObject();
        w.name("mbuf_size").value(m.mbufSize());
        w.name("cluster_size").value(m.clusterSize());
        w.name("big_cluster_size").value(m.bigClusterSize());
        w.name("jumbo_cluster_size").value(m.jumboClusterSize());
        w.name("jumbo_cluster_limit").value(m.jumboClusterLimit());
        w.name("clusters").value(m.clusters());
        w.name("big_clusters").value(m.bigClusters());
        w.name("denied").value(m.denied());
        w.name("delayed").value(m.delayed());
        w.name("drains").value(m.drains());
        w.name("types").beginArray();
        for (MbufTypeCount t : m.types()) {
            w.beginObject();
            w.name("kernel_type").value(t.kernelType());
            w.name("count").value(t.count());
            w.endObject();
        }
        w.endArray();
        w.name("classes").beginArray();
        for (MbufClass c : m.classes()) {
            w.beginObject();
            w.name("name").value(c.name());
            w.name("size").value(c.size());
            w.name("total").value(c.total());
            w.name("active").value(c.active());
            w.name("free").value(c.free());
            w.name("class_total").value(c.classTotal());
            w.name("released").value(c.released());
            w.name("cache_state").value(c.cacheState() == null ? null : EnumWords.word(c.cacheState()));
            w.name("cached").value(c.cached());
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
}
