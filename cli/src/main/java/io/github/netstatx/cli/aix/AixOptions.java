package io.github.netstatx.cli.aix;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * One valid AIX netstat command line.
 *
 * @param flags the value-less letters given
 * @param family {@code -f inet|inet6|unix}
 * @param protocol {@code -p PROTOCOL}
 * @param interfaceName {@code -I INTERFACE}
 * @param interval the bare number of seconds, if any
 * @param nonZeroOnly {@code -s} given twice ({@code -ss}): statistics without their zero lines
 */
record AixOptions(Set<AixFlag> flags, Optional<String> family, Optional<String> protocol,
        Optional<String> interfaceName, Optional<Duration> interval, boolean nonZeroOnly) {

    AixOptions {
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    boolean has(AixFlag f) {
        return flags.contains(f);
    }
}
