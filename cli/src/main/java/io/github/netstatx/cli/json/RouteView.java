package io.github.netstatx.cli.json;

import io.github.netstatx.core.model.Route;
import io.github.netstatx.core.model.RouteFlag;

/** One route record ({@code $defs/route}). */
final class RouteView {

    private RouteView() {
    }

    static void write(JsonWriter w, Route r) {
        w.beginObject();
        w.name("family").value(r.family().id());
        w.name("destination").value(AddressJson.literal(r.destination()));
        w.name("prefix_length").value(r.prefixLength());
        w.name("gateway").value(AddressJson.literal(r.gateway()));
        w.name("flags").beginArray();
        for (RouteFlag f : RouteFlag.values()) {
            if (r.flags().contains(f)) {
                w.value(EnumWords.word(f));
            }
        }
        w.endArray();
        w.name("raw_flags").value(r.rawFlags());
        w.name("metric").value(r.metric());
        w.name("interface_metric").value(r.interfaceMetric());
        w.name("refcount").value(r.refCount());
        w.name("use").value(r.use());
        w.name("interface").value(r.interfaceName());
        w.name("interface_index").value(r.interfaceIndex());
        w.name("mss").value(r.mss());
        w.name("window").value(r.window());
        w.name("irtt").value(r.irtt());
        w.name("source").value(AddressJson.literal(r.source()));
        w.name("source_prefix_length").value(r.sourcePrefixLength());
        w.name("cached").value(r.cached());
        w.name("persistent").value(r.persistent());
        w.endObject();
    }
}
