package io.github.netstatx.cli.linux;

import io.github.netstatx.core.model.SocketEntry;

/** net-tools' own text: {@link InetRows} and {@link UnixRows}, each row a line. */
final class TextRows implements ListingRows {

    private final NetToolsOptions options;
    private final InetRows inetRows;
    private final UnixRows unixRows;
    private final EndpointText sctpEndpoints;

    /**
     * @param endpoints host:port text for tcp, udp, udplite and raw rows
     * @param sctpEndpoints host:port text for sctp rows (numeric ports; see {@link InetRows#sctpEndpoint})
     */
    TextRows(NetToolsOptions options, EndpointText endpoints, EndpointText sctpEndpoints) {
        this.options = options;
        this.inetRows = new InetRows(options, endpoints);
        this.unixRows = new UnixRows(options.programs());
        this.sctpEndpoints = sctpEndpoints;
    }

    @Override
    public void inetHeader(StringBuilder sb) {
        InetRows.header(sb, options);
    }

    @Override
    public void tcp(StringBuilder sb, SocketEntry e) {
        inetRows.tcp(sb, e);
    }

    @Override
    public void udp(StringBuilder sb, SocketEntry e) {
        inetRows.udp(sb, e);
    }

    @Override
    public void raw(StringBuilder sb, SocketEntry e) {
        inetRows.raw(sb, e);
    }

    @Override
    public void sctpEndpoint(StringBuilder sb, SocketEntry e) {
        inetRows.sctpEndpoint(sb, e, sctpEndpoints);
    }

    @Override
    public void sctpAssociation(StringBuilder sb, SocketEntry e) {
        inetRows.sctpAssociation(sb, e, sctpEndpoints);
    }

    @Override
    public void unixHeader(StringBuilder sb) {
        UnixRows.header(sb, options);
    }

    @Override
    public void unix(StringBuilder sb, SocketEntry e) {
        unixRows.row(sb, e);
    }
}
