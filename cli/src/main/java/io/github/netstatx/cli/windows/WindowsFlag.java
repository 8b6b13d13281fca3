package io.github.netstatx.cli.windows;

/**
 * The argument-less options of netstat.exe (Windows 11 build 22000 help text), each with its letter.
 * {@code -p} takes an argument and is {@link WindowsProtocol}; the interval is a bare number.
 */
public enum WindowsFlag {
    /** {@code -a}: all connections and listening ports (TCP listeners and UDP endpoints). */
    ALL('a'),
    /** {@code -b}: the executable (and component) that created each connection or listener. */
    EXECUTABLES('b'),
    /** {@code -e}: Ethernet (interface) statistics. */
    ETHERNET_STATISTICS('e'),
    /** {@code -f}: fully qualified names for foreign addresses. */
    FQDN('f'),
    /** {@code -i}: time a TCP connection has spent in its current state. */
    TIME_IN_STATE('i'),
    /** {@code -n}: numeric addresses and ports. */
    NUMERIC('n'),
    /** {@code -o}: owning process id column. */
    PIDS('o'),
    /** {@code -q}: like {@code -a}, plus bound non-listening TCP ports ({@code BOUND}). */
    BOUND('q'),
    /** {@code -r}: routing table. */
    ROUTES('r'),
    /** {@code -s}: per-protocol statistics. */
    STATISTICS('s'),
    /** {@code -t}: offload state column. */
    OFFLOAD_STATE('t'),
    /** {@code -x}: NetworkDirect connections, listeners and shared endpoints. */
    NETWORK_DIRECT('x'),
    /** {@code -y}: TCP connection template column; netstat.exe refuses it with any other option. */
    TEMPLATE('y');

    private final char letter;

    WindowsFlag(char letter) {
        this.letter = letter;
    }

    /** The lower-case option letter. */
    public char letter() {
        return letter;
    }

    /** The flag for a letter of either case, or {@code null} when netstat.exe has no such flag. */
    public static WindowsFlag ofLetter(char c) {
        char lower = Character.toLowerCase(c);
        for (WindowsFlag f : values()) {
            if (f.letter == lower) {
                return f;
            }
        }
        return null;
    }
}
