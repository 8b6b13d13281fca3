package io.github.netstatx.core.model;

import java.util.Optional;

/**
 * A product version's first two numbers ({@code 15.4} of macOS {@code 15.4.1}, {@code 10.14} of {@code 10.14.6}),
 * by which the Apple dialect and the macOS backend pick what the data's release printed or meant.
 *
 * @param major the first number
 * @param minor the second, 0 when the version has only one
 */
public record ProductVersion(int major, int minor) {

    /**
     * The version of macOS data: {@code osVersion} of a {@link OsFamily#MACOS} host read as {@code MAJOR[.MINOR[...]]};
     * empty for other systems, an unknown version or one whose first two parts are not numbers.
     */
    public static Optional<ProductVersion> ofMac(OsFamily os, String osVersion) {
        if (os != OsFamily.MACOS || osVersion == null) {
            return Optional.empty();
        }
        String[] parts = osVersion.trim().split("\\.");
        try {
            return Optional.of(new ProductVersion(Integer.parseInt(parts[0].trim()),
                    parts.length > 1 ? Integer.parseInt(parts[1].trim()) : 0));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether this is {@code major.minor} or later. */
    public boolean atLeast(int major, int minor) {
        return this.major > major || this.major == major && this.minor >= minor;
    }
}
