package io.github.netstatx.cli;

import java.util.Locale;
import java.util.Optional;

/** How a run writes its samples: the dialect's tables, or the JSON contract ({@code --format}). */
public enum OutputFormat {
    /** The dialect's own layout (the default). */
    TABLE,
    /** One JSON document per sample; NDJSON when repeating (see docs/schema). */
    JSON;

    /** The word used on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named {@code word} on the command line. */
    public static Optional<OutputFormat> byId(String word) {
        for (OutputFormat f : values()) {
            if (f.id().equals(word)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
