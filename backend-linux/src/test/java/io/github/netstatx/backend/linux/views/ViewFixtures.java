package io.github.netstatx.backend.linux.views;

import io.github.netstatx.core.text.SurrogateEscape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The captured fixture trees under {@code fixtures/views/} at the repository root (see each tree's
 * {@code PROVENANCE.md}).
 */
final class ViewFixtures {

    private ViewFixtures() {
    }

    /** The fs-root of a capture, e.g. {@code tree("ns1")}. */
    static Path tree(String capture) {
        return Path.of(System.getProperty("netstatx.fixtures", "../fixtures"), "views", capture, "tree");
    }

    /** A file of the ns1 tree as lines, decoded as the backend decodes OS bytes. */
    static List<String> ns1(String relative) {
        try {
            return SurrogateEscape.decode(Files.readAllBytes(tree("ns1").resolve(relative))).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
