package io.github.netstatx.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/**
 * The version and git commit netstatx was built from, written into the jar by the build
 * ({@code build-info.properties}). Classes compiled outside Maven (an IDE) have neither.
 *
 * @param version the project version, if known
 * @param commit {@code git describe --always --dirty} of the checkout, if it was a git checkout
 */
public record BuildInfo(Optional<String> version, Optional<String> commit) {

    private static final String RESOURCE = "build-info.properties";

    /** What the build recorded. */
    public static BuildInfo ofThisBuild() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + " from netstatx's jar", e);
        }
        return new BuildInfo(filled(p.getProperty("version")), filled(p.getProperty("commit")));
    }

    /** A property Maven filled in: not missing, not empty, not left as {@code ${...}}. */
    private static Optional<String> filled(String value) {
        if (value == null || value.isBlank() || value.startsWith("${")) {
            return Optional.empty();
        }
        return Optional.of(value.strip());
    }

    /** {@code 0.1.0 (commit 1a2b3c4d5e6f)}, or what of that is known. */
    public String describe() {
        String v = version.orElse("(development build)");
        return commit.map(c -> v + " (commit " + c + ")").orElse(v);
    }
}
