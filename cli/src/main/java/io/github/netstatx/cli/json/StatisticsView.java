package io.github.netstatx.cli.json;

import io.github.netstatx.core.model.StatisticsCounter;
import io.github.netstatx.core.model.StatisticsGroup;

/**
 * One statistics group ({@code $defs/statistics_group}): its SNMP section name, its family and its
 * counters as an object from MIB name to value, in the platform's order.
 */
final class StatisticsView {

    private StatisticsView() {
    }

    static void write(JsonWriter w, StatisticsGroup g) {
        w.beginObject();
        w.name("name").value(g.name());
        w.name("family").value(g.family() == null ? null : g.family().id());
        w.name("counters").beginObject();
        for (StatisticsCounter c : g.counters()) {
            w.name(c.name()).value(c.value());
        }
        w.endObject();
        w.endObject();
    }
}
