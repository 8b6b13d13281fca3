package io.github.netstatx.core.spi;

import java.util.Objects;

/**
 * Whether a backend can run here, and why not.
 *
 * @param available true when {@link BackendProvider#open} is expected to succeed
 * @param reason one sentence for people: what was found, or what is missing
 * @param cause the failure behind an unavailable backend, or {@code null}
 */
public record Availability(boolean available, String reason, Throwable cause) {

    public Availability {
        Objects.requireNonNull(reason, "reason");
    }

    public static Availability yes(String reason) {
        return new Availability(true, reason, null);
    }

    public static Availability no(String reason) {
        return new Availability(false, reason, null);
    }

    public static Availability no(String reason, Throwable cause) {
        return new Availability(false, reason, cause);
    }
}
