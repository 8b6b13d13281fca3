package io.github.netstatx.backend.aix;

import java.util.Locale;
import java.util.Optional;

/** How backend-aix finds the processes that hold sockets ({@code --aix-owners}). */
public enum OwnerStrategy {
    /**
     * The default: read-only sources only. As root, {@code lsof} when it is installed, else one {@code kdb}
     * run of {@code sockinfo} commands (TCP sockets); without root no
     * owners, with a diagnostic.
     */
    READ_ONLY,
    /**
     * {@code rmsock}, only when the user asks for it: it ABORTS a socket that no process holds, so it is
     * run only for LISTEN, ESTABLISHED and CLOSE_WAIT sockets, which always have a descriptor.
     */
    RMSOCK,
    /** Never look owners up. */
    NONE;

    /** The {@link io.github.netstatx.core.spi.BackendConfig} option key. */
    public static final String OPTION = "aix.owners";

    /** The word on the command line. */
    public String word() {
        return this == READ_ONLY ? "read-only" : name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OwnerStrategy> byWord(String word) {
        for (OwnerStrategy s : values()) {
            if (s.word().equals(word)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
