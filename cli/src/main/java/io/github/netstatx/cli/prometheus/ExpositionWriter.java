package io.github.netstatx.cli.prometheus;

import io.github.netstatx.cli.TerminalSafe;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Prometheus text exposition format, version 0.0.4, as node_exporter's textfile collector reads
 * it: for each metric family one {@code # HELP} and one {@code # TYPE} line followed by all of its
 * samples, {@code name{label="value",...} value}, every line ending in a line feed, and never a
 * timestamp (node_exporter skips a whole file that has one).
 *
 * <pre>
 * # HELP netstatx_sockets Sockets by protocol, address family and state.
 * # TYPE netstatx_sockets gauge
 * netstatx_sockets{protocol="tcp",family="ipv4",state="listen"} 3
 * </pre>
 *
 * <p>Label values come from the system (process names): control characters become {@code .} as in
 * the tables, bytes that were not UTF-8 (escape surrogates) become U+FFFD (the format is UTF-8 only), and backslash and
 * double quote are escaped.
 */
final class ExpositionWriter {

    /** Kinds of metric families this exporter writes. */
    enum Type {
        COUNTER, GAUGE;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

    private final StringBuilder out;
    private final Set<String> families = new HashSet<>();
    private String family;
    private Type type;
    private String help;
    private boolean headerWritten;

    ExpositionWriter(StringBuilder out) {
        this.out = out;
    }

    /**
     * Starts a metric family; its samples must follow before the next family starts. Its
     * {@code # HELP} and {@code # TYPE} lines are written with its first sample, so a family without
     * samples leaves no trace.
     */
    ExpositionWriter family(String name, Type type, String help) {
        if (!METRIC_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a metric name: " + name);
        }
        if (!families.add(name)) {
            throw new IllegalStateException("metric family " + name + " started twice");
        }
        this.family = name;
        this.type = type;
        this.help = help;
        this.headerWritten = false;
        return this;
    }

    private void header() {
        out.append("# HELP ").append(family).append(' ');
        for (int i = 0; i < help.length(); i++) {
            char c = help.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        out.append('\n');
        out.append("# TYPE ").append(family).append(' ').append(type.word()).append('\n');
        headerWritten = true;
    }

    /** A sample of the current family with a signed value. */
    ExpositionWriter sample(long value, String... labels) {
        labels(labels);
        out.append(' ').append(value).append('\n');
        return this;
    }

    /** A sample of the current family whose value is an unsigned 64-bit counter held in a {@code long}. */
    ExpositionWriter unsignedSample(long value, String... labels) {
        labels(labels);
        out.append(' ').append(Long.toUnsignedString(value)).append('\n');
        return this;
    }

    /** {@code name{k="v",...}} for alternating label names and values. */
    private void labels(String[] labels) {
        if (family == null) {
            throw new IllegalStateException("a sample needs a family");
        }
        if (!headerWritten) {
            header();
        }
        if (labels.length % 2 != 0) {
            throw new IllegalArgumentException("labels come in name/value pairs");
        }
        out.append(family);
        if (labels.length == 0) {
            return;
        }
        out.append('{');
        for (int i = 0; i < labels.length; i += 2) {
            if (!LABEL_NAME.matcher(labels[i]).matches() || labels[i].startsWith("__")) {
                throw new IllegalArgumentException("not a label name: " + labels[i]);
            }
            if (i > 0) {
                out.append(',');
            }
            out.append(labels[i]).append("=\"");
            labelValue(labels[i + 1]);
            out.append('"');
        }
        out.append('}');
    }

    private void labelValue(String raw) {
        String v = TerminalSafe.dotted(raw);
        int n = v.length();
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c == '\\' || c == '"') {
                out.append('\\').append(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(v.charAt(i + 1))) {
                out.append(c).append(v.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                // a lone surrogate, e.g. a raw byte kept by SurrogateEscape: not encodable as UTF-8
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
    }
}
