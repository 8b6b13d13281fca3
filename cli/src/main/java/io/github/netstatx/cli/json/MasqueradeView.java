package io.github.netstatx.cli.json;

import io.github.netstatx.core.model.ConntrackEntry;
import io.github.netstatx.core.model.InetEndpoint;

/** One tracked connection ({@code $defs/masquerade_entry}): original direction, then reply. */
final class MasqueradeView {

    private MasqueradeView() {
    }

    static void write(JsonWriter w, ConntrackEntry c) {
        w.beginObject();
        w.name("family").value(c.family().id());
        w.name("protocol").value(c.protocolName());
        w.name("protocol_number").value(c.protocolNumber());
        w.name("expires_in_seconds").value(c.expiresInSeconds());
        w.name("state").value(c.state());
        tuple(w, "original", c.original());
        tuple(w, "reply", c.reply());
        w.name("assured").value(c.assured());
        w.name("unreplied").value(c.unreplied());
        w.endObject();
    }

    private static void tuple(JsonWriter w, String name, ConntrackEntry.Tuple t) {
        w.name(name);
        if (t == null) {
            w.nullValue();
            return;
        }
        w.beginObject();
        endpoint(w, "source", t.source());
        endpoint(w, "destination", t.destination());
        w.endObject();
    }

    private static void endpoint(JsonWriter w, String side, InetEndpoint e) {
        w.name(side + "_address").value(e == null ? null : AddressJson.literal(e.address()));
        w.name(side + "_port").value(e == null ? null : e.port());
    }
}
