package io.github.netstatx.backend.windows.decode;

/**
 * A buffer does not hold what its structure says it must: it is shorter than the row count needs, or a
 * field lies outside it. The message names the structure, what was needed and what was there, so it can
 * be shown as it is; decoders never let an {@link IndexOutOfBoundsException} escape.
 */
public final class MalformedBufferException extends RuntimeException {

    private final String structure;

    public MalformedBufferException(String structure, String detail) {
        super(structure + ": " + detail);
        this.structure = structure;
    }

    /** The structure that was being decoded ({@code MIB_TCPTABLE_OWNER_PID}). */
    public String structure() {
        return structure;
    }
}
