package io.github.netstatx.core.model;

import java.util.Objects;

/**
 * Name a UNIX domain socket is bound to.
 *
 * <p>The name may contain bytes that are not UTF-8; they are carried as escape surrogates (see
 * {@link io.github.netstatx.core.text.SurrogateEscape}) so output can reproduce them exactly.
 *
 * @param name file-system path, or the abstract name without its leading {@code @}
 * @param abstractName true for Linux abstract names
 */
public record UnixPath(String name, boolean abstractName) {

    public UnixPath {
        Objects.requireNonNull(name, "name");
    }

    /** The name as Linux shows it: abstract names with a leading {@code @}. */
    public String display() {
        return abstractName ? "@" + name : name;
    }
}
