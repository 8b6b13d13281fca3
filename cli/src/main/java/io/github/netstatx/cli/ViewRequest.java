package io.github.netstatx.cli;

import io.github.netstatx.core.query.SocketQuery;

/**
 * What one sample of a dialect run collects. A dialect turns its options into one of these and hands
 * it, with its table renderer, to {@link SampleLoop}; the same request then serves the table, the JSON
 * document and change tracking, so the JSON shape never depends on the dialect.
 *
 * @param sockets the socket listing, or {@code null} when the run lists no sockets
 * @param interfaces the interface table
 * @param routes the routing tables
 * @param routeCache with {@code routes}: routing-cache entries too
 * @param statistics protocol statistics
 * @param groups multicast group memberships
 * @param masquerade masqueraded (connection-tracking) entries
 */
public record ViewRequest(SocketQuery sockets, boolean interfaces, boolean routes, boolean routeCache,
        boolean statistics, boolean groups, boolean masquerade) {

    private static final ViewRequest NOTHING = new ViewRequest(null, false, false, false, false, false, false);

    /** A request for nothing; add views with the {@code with...} methods. */
    public static ViewRequest nothing() {
        return NOTHING;
    }

    /** A socket listing. */
    public static ViewRequest sockets(SocketQuery query) {
        return NOTHING.withSockets(query);
    }

    public ViewRequest withSockets(SocketQuery query) {
        return new ViewRequest(query, interfaces, routes, routeCache, statistics, groups, masquerade);
    }

    public ViewRequest withInterfaces() {
        return new ViewRequest(sockets, true, routes, routeCache, statistics, groups, masquerade);
    }

    public ViewRequest withRoutes(boolean includeCache) {
        return new ViewRequest(sockets, interfaces, true, includeCache, statistics, groups, masquerade);
    }

    public ViewRequest withStatistics() {
        return new ViewRequest(sockets, interfaces, routes, routeCache, true, groups, masquerade);
    }

    public ViewRequest withGroups() {
        return new ViewRequest(sockets, interfaces, routes, routeCache, statistics, true, masquerade);
    }

    public ViewRequest withMasquerade() {
        return new ViewRequest(sockets, interfaces, routes, routeCache, statistics, groups, true);
    }

    /** True when the socket listing is requested. */
    public boolean listsSockets() {
        return sockets != null;
    }
}
