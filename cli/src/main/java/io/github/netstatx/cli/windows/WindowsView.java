package io.github.netstatx.cli.windows;

/**
 * The netstat.exe displays that replace the connection table: {@code -e}, {@code -s}, {@code -r}.
 * When several are asked for they are printed in this order ({@code -e -s} prints the interface
 * statistics first, as netstat.exe does).
 */
public enum WindowsView {
    /** {@code -e}: Interface Statistics. */
    INTERFACE_STATISTICS(WindowsFlag.ETHERNET_STATISTICS, "Ethernet (interface) statistics"),
    /** {@code -s}: per-protocol statistics, narrowed by {@code -p}. */
    PROTOCOL_STATISTICS(WindowsFlag.STATISTICS, "per-protocol statistics"),
    /** {@code -r}: the routing table, as {@code route print} shows it. */
    ROUTES(WindowsFlag.ROUTES, "the routing table");

    private final WindowsFlag flag;
    private final String description;

    WindowsView(WindowsFlag flag, String description) {
        this.flag = flag;
        this.description = description;
    }

    /** The option that asks for this view. */
    public WindowsFlag flag() {
        return flag;
    }

    /** What the view shows, for messages. */
    public String description() {
        return description;
    }
}
