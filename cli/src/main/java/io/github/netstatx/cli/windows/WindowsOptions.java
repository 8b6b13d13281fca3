package io.github.netstatx.cli.windows;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * One parsed netstat.exe command line.
 *
 * @param flags the argument-less options given
 * @param protocol the {@code -p} value, if given (the last one wins)
 * @param interval the repeat interval, if a positive one was given; empty means "print once"
 */
public record WindowsOptions(Set<WindowsFlag> flags, Optional<WindowsProtocol> protocol,
        Optional<Duration> interval) {

    public WindowsOptions {
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    /** True when the flag was given. */
    public boolean has(WindowsFlag flag) {
        return flags.contains(flag);
    }

    /**
     * True when listeners and UDP endpoints are listed too: {@code -a}, or {@code -q}, whose help text
     * reads "all connections, listening ports, and bound nonlistening TCP ports".
     */
    public boolean listsAll() {
        return has(WindowsFlag.ALL) || has(WindowsFlag.BOUND);
    }
}
