package io.github.netstatx.core.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The operating system families netstatx knows. An OS outside this list is unknown: absent
 * ({@link Optional#empty()}) or {@code null} in a record component, never a catch-all constant, so
 * code that branches on the family has to say what it does for an OS it has never seen.
 */
public enum OsFamily {
    LINUX("Linux"),
    WINDOWS("Windows"),
    MACOS("macOS"),
    AIX("AIX");

    private final String displayName;

    OsFamily(String displayName) {
        this.displayName = displayName;
    }

    /** The family as its vendor writes it, for messages: {@code macOS}, {@code AIX}. */
    public String displayName() {
        return displayName;
    }

    /**
     * The family a Java {@code os.name} value names: {@code Linux}, {@code Windows 11},
     * {@code Windows Server 2022}, {@code Mac OS X}, {@code Darwin} (some non-Oracle builds), {@code AIX}.
     * Pure: the caller passes the property, so tests can name any OS.
     *
     * @param osName the {@code os.name} system property; {@code null} or blank is unknown
     */
    public static Optional<OsFamily> fromOsName(String osName) {
        if (osName == null) {
            return Optional.empty();
        }
        String name = osName.trim().toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            return Optional.of(WINDOWS);
        }
        if (name.equals("linux")) {
            return Optional.of(LINUX);
        }
        if (name.startsWith("mac os") || name.equals("darwin")) {
            return Optional.of(MACOS);
        }
        if (name.equals("aix")) {
            return Optional.of(AIX);
        }
        return Optional.empty();
    }
}
