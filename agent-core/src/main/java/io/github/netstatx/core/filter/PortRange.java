package io.github.netstatx.core.filter;

/**
 * Ports {@code low} to {@code high}, both included; one port is a range of one.
 *
 * @param low first port, 0 to 65535
 * @param high last port, at least {@code low}
 */
public record PortRange(int low, int high) {

    public PortRange {
        if (low < 0 || high > 0xFFFF || low > high) {
            throw new IllegalArgumentException("not a port range: " + low + "-" + high);
        }
    }

    /** The range of one port. */
    public static PortRange of(int port) {
        return new PortRange(port, port);
    }

    public boolean contains(int port) {
        return port >= low && port <= high;
    }

    /** {@code 443} or {@code 8000-8999}, as the options take it. */
    @Override
    public String toString() {
        return low == high ? Integer.toString(low) : low + "-" + high;
    }
}
