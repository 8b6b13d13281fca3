package io.github.netstatx.core.model;

import java.util.Objects;

/**
 * Something a backend could not see, or skipped, while collecting a snapshot. Partial results are
 * never silent: each gap is one diagnostic.
 *
 * @param code what kind of gap this is, so each dialect can word it as its native tool would
 * @param severity how much of the result it affects
 * @param source the file, call or command concerned ({@code /proc/net/tcp6}, {@code GetExtendedTcpTable})
 * @param message a complete sentence for people
 * @param protocol the protocol concerned, or {@code null}
 * @param count how many items were affected (lines skipped, processes denied); 0 when not countable
 * @param uid for permission gaps, the effective uid of the collector; otherwise {@code null}
 */
public record Diagnostic(Code code, Severity severity, String source, String message, Protocol protocol,
        long count, Long uid) {

    /** Kinds of gaps. */
    public enum Code {
        /** A source exists but could not be read. */
        SOURCE_UNREADABLE,
        /** A source does not exist on this system (protocol not compiled in, module not loaded). */
        SOURCE_MISSING,
        /** Lines of a source were malformed and skipped. */
        MALFORMED_LINES,
        /** Owners of some sockets are hidden (other users' processes without privileges). */
        OWNERS_PARTIAL,
        /** No owner could be read at all. */
        OWNERS_UNAVAILABLE,
        /** A capability was asked for that this backend does not have. */
        CAPABILITY_UNSUPPORTED,
        /**
         * Sockets of a protocol (in a family) were asked for that this backend cannot list on its platform
         * at all (the Windows IP Helper API has no UNIX, RAW, SCTP or UDP-Lite tables). The diagnostic names
         * the protocol; the answer's lack of such rows says nothing about whether any exist.
         */
        PROTOCOL_UNSUPPORTED,
        /** Anything else. */
        OTHER
    }

    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
    }

    /** A diagnostic with no protocol, count or uid. */
    public static Diagnostic of(Code code, Severity severity, String source, String message) {
        return new Diagnostic(code, severity, source, message, null, 0, null);
    }
}
