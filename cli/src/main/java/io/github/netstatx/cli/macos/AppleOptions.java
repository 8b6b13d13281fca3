package io.github.netstatx.cli.macos;

import java.util.Optional;

/**
 * One parsed Apple netstat command line. Counters are netstat's: {@code -v}, {@code -s}, {@code -l} and
 * {@code -m} may be repeated.
 *
 * @param family {@code -f} (or {@code -u}); {@link AppleFamily#UNSPEC} when not given
 * @param protocol {@code -p}, when given
 * @param interfaceName {@code -I}, when given
 * @param interval {@code -w} or the bare trailing number, in seconds
 */
record AppleOptions(boolean pcbAddresses, boolean all, boolean bytes, boolean drops, AppleFamily family,
        boolean groups, Optional<String> interfaceName, boolean interfaces, int wide, boolean listenQueues,
        int mbufs, boolean numeric, Optional<AppleProtocol> protocol, boolean routes, int statistics, int verbose,
        boolean noTruncate, Optional<Integer> interval, boolean other) {

    /** The address families {@code -f} accepts. */
    enum AppleFamily { UNSPEC, INET, INET6, UNIX, SYSTM, PFKEY, IPX }
}
