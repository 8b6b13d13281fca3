package io.github.netstatx.cli.json;

import io.github.netstatx.core.model.MulticastGroup;

/** One multicast membership ({@code $defs/group}). */
final class GroupView {

    private GroupView() {
    }

    static void write(JsonWriter w, MulticastGroup g) {
        w.beginObject();
        w.name("interface").value(g.interfaceName());
        w.name("interface_index").value(g.interfaceIndex());
        w.name("family").value(AddressJson.family(g.group()));
        w.name("group").value(AddressJson.literal(g.group()));
        w.name("refcount").value(g.refCount());
        w.name("link_layer_address").value(g.linkLayerAddress());
        w.endObject();
    }
}
