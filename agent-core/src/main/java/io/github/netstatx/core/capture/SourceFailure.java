package io.github.netstatx.core.capture;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Objects;

/**
 * Why reading a source failed, as captured: replay raises the same kind of exception, so the backend's
 * diagnostics (a missing table, a process that denied access) come out as they did on the host.
 *
 * @param kind what went wrong
 * @param detail the OS's words or code for it ({@code Permission denied}, a Win32 error number); may be empty
 */
public record SourceFailure(Kind kind, String detail) {

    /** The failures backends tell apart. */
    public enum Kind {
        /** The source does not exist (ENOENT, a process that has gone). */
        MISSING("missing"),
        /** Access was refused (EACCES, EPERM, Win32 error 5). */
        DENIED("denied"),
        /** Any other failure; the detail says which. */
        FAILED("failed");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        /** The word in {@code capture.index}. */
        public String word() {
            return word;
        }

        static Kind byWord(String word) {
            for (Kind k : values()) {
                if (k.word.equals(word)) {
                    return k;
                }
            }
            return null;
        }
    }

    public SourceFailure {
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
    }

    /** The failure an I/O exception describes. */
    public static SourceFailure of(IOException e) {
        if (e instanceof NoSuchFileException) {
            return new SourceFailure(Kind.MISSING, "");
        }
        if (e instanceof AccessDeniedException) {
            return new SourceFailure(Kind.DENIED, "");
        }
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        return new SourceFailure(Kind.FAILED, reason == null ? e.getClass().getSimpleName() : reason);
    }

    /** The exception replay raises for {@code where}: the type {@link #of} read it from. */
    public IOException toException(String where) {
        return switch (kind) {
            case MISSING -> new NoSuchFileException(where);
            case DENIED -> new AccessDeniedException(where);
            case FAILED -> new FileSystemException(where, null, detail.isEmpty() ? "failed when captured" : detail);
        };
    }
}
