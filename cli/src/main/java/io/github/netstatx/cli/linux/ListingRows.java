package io.github.netstatx.cli.linux;

import io.github.netstatx.core.model.SocketEntry;

/**
 * What {@link SocketListing} writes for its titles and rows: net-tools' text ({@link TextRows}), or the
 * records {@code jc --netstat} makes of that text ({@link JcRows}, {@code --format jc}). The listing
 * decides which sockets appear, in which order, and what goes to stderr; a rows writer only formats.
 * Every method appends to the listing's buffer.
 */
interface ListingRows {

    /** Before the first title of a pass. */
    default void begin(StringBuilder sb) {
    }

    /** After the last row of a pass, also when the pass ends early. */
    default void end(StringBuilder sb) {
    }

    /** The "Active Internet connections" title and column header. */
    void inetHeader(StringBuilder sb);

    void tcp(StringBuilder sb, SocketEntry e);

    /** A UDP or UDP-Lite socket. */
    void udp(StringBuilder sb, SocketEntry e);

    void raw(StringBuilder sb, SocketEntry e);

    /** A listening SCTP socket. */
    void sctpEndpoint(StringBuilder sb, SocketEntry e);

    /** An SCTP association. */
    void sctpAssociation(StringBuilder sb, SocketEntry e);

    /** The "Active UNIX domain sockets" title and column header. */
    void unixHeader(StringBuilder sb);

    void unix(StringBuilder sb, SocketEntry e);

    /** Any socket, as its table would write it (change events). */
    default void row(StringBuilder sb, SocketEntry e) {
        switch (e.protocol()) {
            case TCP -> tcp(sb, e);
            case UDP, UDPLITE -> udp(sb, e);
            case RAW -> raw(sb, e);
            case SCTP -> {
                if (e.listening()) {
                    sctpEndpoint(sb, e);
                } else {
                    sctpAssociation(sb, e);
                }
            }
            case UNIX -> unix(sb, e);
        }
    }
}
