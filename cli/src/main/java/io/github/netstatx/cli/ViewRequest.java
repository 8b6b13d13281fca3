package io.github.netstatx.cli;

import io.github.netstatx.core.query.RouteQuery;
import io.github.netstatx.core.query.SocketQuery;

/**
 * What one sample of a run collects: each view states its needs here, once. A dialect turns its options
 * into one of these and hands it, with its renderer, to {@link SampleLoop}; the same request then serves
 * the table, the JSON document and change tracking, so the JSON shape never depends on the dialect and
 * no renderer ever asks a backend for anything.
 *
 * @param sockets the socket listing, or {@code null} when the run lists no sockets
 * @param ipv4Gaps with {@code sockets}: find out, for each protocol whose table is reported missing while
 *     both families are listed, whether it is the IPv4 table (diagnostics name the protocol, not the
 *     family; net-tools words a missing IPv4 table only). Costs one narrow query per such protocol.
 * @param interfaces the interface table
 * @param routes the routing tables, or {@code null} when the run shows no routes
 * @param statistics protocol statistics
 * @param groups multicast group memberships
 * @param masquerade masqueraded (connection-tracking) entries
 * @param memoryBuffers the kernel's network memory buffers (Apple {@code netstat -m})
 */
public record ViewRequest(SocketQuery sockets, boolean ipv4Gaps, boolean interfaces, RouteQuery routes,
        boolean statistics, boolean groups, boolean masquerade, boolean memoryBuffers) {

    private static final ViewRequest NOTHING = new ViewRequest(null, false, false, null, false, false, false, false);

    /** A request for nothing; add views with the {@code with...} methods. */
    public static ViewRequest nothing() {
        return NOTHING;
    }

    /** A socket listing. */
    public static ViewRequest sockets(SocketQuery query) {
        return NOTHING.withSockets(query);
    }

    public ViewRequest withSockets(SocketQuery query) {
        return new ViewRequest(query, ipv4Gaps, interfaces, routes, statistics, groups, masquerade, memoryBuffers);
    }

    /** With the socket listing: which missing tables are IPv4 tables ({@link Sample#missingIpv4Tables()}). */
    public ViewRequest withIpv4Gaps() {
        return new ViewRequest(sockets, true, interfaces, routes, statistics, groups, masquerade, memoryBuffers);
    }

    public ViewRequest withInterfaces() {
        return new ViewRequest(sockets, ipv4Gaps, true, routes, statistics, groups, masquerade, memoryBuffers);
    }

    public ViewRequest withRoutes(RouteQuery query) {
        return new ViewRequest(sockets, ipv4Gaps, interfaces, query, statistics, groups, masquerade, memoryBuffers);
    }

    public ViewRequest withStatistics() {
        return new ViewRequest(sockets, ipv4Gaps, interfaces, routes, true, groups, masquerade, memoryBuffers);
    }

    public ViewRequest withGroups() {
        return new ViewRequest(sockets, ipv4Gaps, interfaces, routes, statistics, true, masquerade, memoryBuffers);
    }

    public ViewRequest withMasquerade() {
        return new ViewRequest(sockets, ipv4Gaps, interfaces, routes, statistics, groups, true, memoryBuffers);
    }

    public ViewRequest withMemoryBuffers() {
        return new ViewRequest(sockets, ipv4Gaps, interfaces, routes, statistics, groups, masquerade, true);
    }

    /** True when the socket listing is requested. */
    public boolean listsSockets() {
        return sockets != null;
    }

    /**
     * True when a table rendering of this request needs anything from a backend. A listing whose options
     * select no protocol and no view (net-tools {@code --ipx}, netstat.exe {@code -x}) prints only what its
     * dialect says about that, and must not need a backend at all.
     */
    public boolean collectsAnything() {
        return (sockets != null && !sockets.protocols().isEmpty()) || interfaces || routes != null || statistics
                || groups || masquerade || memoryBuffers;
    }
}
