package io.github.netstatx.cli.linux;

/** What a net-tools command line asks for; at most one of the non-socket modes may be given. */
public enum NetToolsMode {
    /** Socket listing (the default; {@code -g} prints inside it). */
    SOCKETS,
    /** {@code -i}: interface table. */
    INTERFACES,
    /** {@code -r}: routing table. */
    ROUTES,
    /** {@code -s}: protocol statistics. */
    STATISTICS,
    /** {@code -M}: masqueraded connections. */
    MASQUERADE
}
