package io.github.netstatx.cli.options;

/**
 * Which grammar reads an option. The man page has one section per scope, in this order; a new dialect
 * (macOS, AIX) adds its scopes here and its options to {@link OptionTable}.
 */
public enum OptionScope {
    /** Read by both dialects, taken off the command line before the dialect's grammar sees it. */
    BOTH("netstatx options (both dialects)"),
    /** net-tools netstat 2.10's own options, read by the Linux dialect's grammar. */
    NET_TOOLS("Linux dialect (net-tools netstat 2.10)"),
    /** What the Linux dialect's grammar reads beyond net-tools 2.10. */
    LINUX_ADDITION("Linux dialect: netstatx additions to net-tools"),
    /** netstat.exe's options; they start with - or /, ignore case and cluster (-ano, /abno). */
    NETSTAT_EXE("Windows dialect (netstat.exe)");

    private final String title;

    OptionScope(String title) {
        this.title = title;
    }

    /** The heading of this scope's section in the man page. */
    public String title() {
        return title;
    }
}
