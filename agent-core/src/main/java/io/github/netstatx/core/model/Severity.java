package io.github.netstatx.core.model;

/** How much a diagnostic matters to the reader of the result. */
public enum Severity {
    /** Something worth knowing; the result is complete. */
    INFO,
    /** Part of the result is missing or was skipped. */
    WARNING,
    /** A whole source could not be read. */
    ERROR
}
