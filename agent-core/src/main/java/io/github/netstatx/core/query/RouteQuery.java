package io.github.netstatx.core.query;

/**
 * What a backend should collect of the routing tables. Routes of both families are always listed (a
 * renderer picks the family it shows); the routing cache is read only when asked, since on the hosts
 * that still have one it can be far larger than the tables.
 *
 * @param cache also list routing-cache entries ({@link io.github.netstatx.core.model.Route#cached()})
 */
public record RouteQuery(boolean cache) {

    /** The routing tables without the cache. */
    public static RouteQuery tables() {
        return new RouteQuery(false);
    }

    /** The routing tables and the routing cache. */
    public static RouteQuery withCache() {
        return new RouteQuery(true);
    }
}
