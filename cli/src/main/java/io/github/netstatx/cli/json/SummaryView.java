package io.github.netstatx.cli.json;

import io.github.netstatx.cli.summary.SocketSummary;

/** The {@code summary} object of a snapshot written with {@code --summary}: the total and one count per group. */
final class SummaryView {

    private SummaryView() {
    }

    static void write(JsonWriter w, SocketSummary s) {
        w.beginObject();
        w.name("total").value(s.total());
        w.name("groups").beginArray();
        for (SocketSummary.Group g : s.groups()) {
            w.beginObject();
            w.name("protocol").value(g.protocol().id());
            w.name("family").value(g.family().id());
            w.name("state").value(g.state() == null ? null : g.state().name());
            w.name("count").value(g.count());
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
}
