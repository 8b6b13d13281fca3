package io.github.netstatx.core.model;

import java.time.Duration;
import java.util.Objects;

/**
 * A socket's pending timer.
 *
 * @param kind what the timer is for
 * @param remaining time left, or {@code null} when unknown
 * @param retransmits retransmissions so far (Linux {@code retrnsmt})
 * @param probes unanswered keepalive or zero-window probes (Linux {@code timeout} column)
 * @param platformCode the operating system's own code for the timer kind, or {@code null}
 */
public record SocketTimer(TimerKind kind, Duration remaining, int retransmits, int probes, Integer platformCode) {

    public SocketTimer {
        Objects.requireNonNull(kind, "kind");
    }
}
