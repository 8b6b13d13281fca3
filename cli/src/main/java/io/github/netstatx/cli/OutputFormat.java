package io.github.netstatx.cli;

import java.util.Locale;
import java.util.Optional;

/** How a run writes its samples: the dialect's tables, or the JSON contract ({@code --format}). */
public enum OutputFormat {
    /** The dialect's own layout (the default). */
    TABLE,
    /** One JSON document per sample; NDJSON when repeating (see docs/schema). */
    JSON,
    /** The records {@code netstat ARGS | jc --netstat} makes of the linux dialect's socket listing. */
    JC,
    /** Prometheus text exposition for node_exporter's textfile collector (a fixed set of metrics). */
    PROMETHEUS;

    /** The word used on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every format's word, for messages: {@code table, json, jc, prometheus}. */
    public static String words() {
        StringBuilder sb = new StringBuilder();
        for (OutputFormat f : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(f.id());
        }
        return sb.toString();
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
