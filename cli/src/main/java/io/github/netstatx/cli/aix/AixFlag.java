package io.github.netstatx.cli.aix;

/** The option letters of AIX netstat (AIX 7.1-7.3 command reference) that take no value. */
enum AixFlag {
    ALL('a'),
    PCB_ADDRESSES('A'),
    NUMERIC('n'),
    INTERFACES('i'),
    ROUTES('r'),
    STATISTICS('s'),
    /**
     * {@code -g}: the virtual interface table and multicast forwarding cache (multicast routing, IBM's AIX
     * 7.1/7.2 command reference), not the memberships, which {@code -ia} lists.
     */
    MULTICAST_ROUTING('g'),
    ADAPTER_STATISTICS('v'),
    UNIX_SOCKETS('u'),
    MEMORY('m'),
    CLUSTER_POOLS('M'),
    BUFFER_CACHE('c'),
    ROUTE_COSTS('C'),
    SUBSYSTEM_COUNTS('D'),
    DLPI('P');

    private final char letter;

    AixFlag(char letter) {
        this.letter = letter;
    }

    char letter() {
        return letter;
    }

    static AixFlag ofLetter(char c) {
        for (AixFlag f : values()) {
            if (f.letter == c) {
                return f;
            }
        }
        return null;
    }
}
