package io.github.netstatx.backend.aix;

import io.github.netstatx.core.format.AixNetstatSLayout;
import io.github.netstatx.core.format.AixNetstatSLayout.Kind;
import io.github.netstatx.core.format.AixNetstatSLayout.Line;
import io.github.netstatx.core.format.AixNetstatSLayout.Section;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.Severity;
import io.github.netstatx.core.model.StatisticsCounter;
import io.github.netstatx.core.model.StatisticsGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses AIX {@code netstat -s} into one {@link StatisticsGroup} per section, through
 * {@link AixNetstatSLayout} (which names every counter). From a real AIX host (fixture
 * {@code netstat-s.bgera.txt}):
 *
 * <pre>
 * tcp:
 * 	2229689213 packets sent
 * 		3064597202 data packets (768862559 bytes)
 * </pre>
 *
 * <p>AIX levels differ in which lines they print, so nothing here depends on a line's position: each line
 * is matched against its section's known lines. A line with a number that matches none is still a counter,
 * named by its words (a histogram entry: by its histogram and words), and counted in one note per section;
 * an unknown section becomes a group named by its title. Lines with no number and no colon, and lines
 * before the first title, are diagnostics.
 */
public final class NetstatSParser {

    private static final String SOURCE = "netstat -s";

    private NetstatSParser() {
    }

    public static ParsedOutput<StatisticsGroup> parse(String text) {
        List<StatisticsGroup> groups = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        Builder current = null;
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                continue;
            }
            boolean indented = Character.isWhitespace(line.charAt(0));
            String words = line.strip();
            if (!indented && words.endsWith(":") && words.length() > 1) {
                if (current != null) {
                    current.finish(groups, diagnostics);
                }
                current = new Builder(words.substring(0, words.length() - 1));
                continue;
            }
            if (current == null || !indented || !current.take(words)) {
                diagnostics.add(new Diagnostic(Diagnostic.Code.MALFORMED_LINES, Severity.WARNING, SOURCE,
                        "a line of " + SOURCE + " was not understood and is not counted: " + SafeText.quote(line),
                        null, 1, null));
            }
        }
        if (current != null) {
            current.finish(groups, diagnostics);
        }
        return new ParsedOutput<>(groups, diagnostics);
    }

    /** The counters of one section while its lines are read. */
    private static final class Builder {
        private final String title;
        private final Optional<Section> section;
        private final Map<String, Long> counters = new LinkedHashMap<>();
        private String histogram;
        private int next;
        private int extra;

        Builder(String title) {
            this.title = title;
            this.section = AixNetstatSLayout.section(title);
        }

        /** Whether {@code words} (the line without its indentation) was understood. */
        boolean take(String words) {
            if (section.isPresent()) {
                // From the line after the last match first: tcp has "window update packets" both under
                // "packets sent" and "packets received", and each must get its own counter.
                List<Line> lines = section.get().lines();
                for (int n = 0; n < lines.size(); n++) {
                    int i = (next + n) % lines.size();
                    Line l = lines.get(i);
                    Optional<long[]> values = l.match(words);
                    if (values.isPresent()) {
                        next = i + 1;
                        if (l.kind() == Kind.HEADER) {
                            histogram = words.substring(0, words.length() - 1);
                        } else if (l.depth() == 1) {
                            histogram = null;
                        }
                        for (int k = 0; k < values.get().length; k++) {
                            put(l.counters().get(k), values.get()[k]);
                        }
                        return true;
                    }
                }
            }
            return takeUnknown(words);
        }

        /** A line this layout does not list: {@code N words...}, {@code words: N}, or a title {@code words:}. */
        private boolean takeUnknown(String words) {
            if (words.endsWith(":")) {
                histogram = words.substring(0, words.length() - 1);
                return true;
            }
            int space = words.indexOf(' ');
            if (space > 0 && isNumber(words.substring(0, space))) {
                extra++;
                return put(words.substring(space + 1), Long.parseUnsignedLong(words.substring(0, space)));
            }
            int colon = words.lastIndexOf(": ");
            if (colon > 0 && isNumber(words.substring(colon + 2))) {
                extra++;
                String label = words.substring(0, colon);
                return put(histogram == null ? label : histogram + ": " + label,
                        Long.parseUnsignedLong(words.substring(colon + 2)));
            }
            return false;
        }

        private boolean put(String name, long value) {
            if (counters.containsKey(name)) {
                // A name twice in one section would make the JSON object ambiguous; keep both, told apart.
                int n = 2;
                while (counters.containsKey(name + " #" + n)) {
                    n++;
                }
                name = name + " #" + n;
            }
            counters.put(name, value);
            return true;
        }

        void finish(List<StatisticsGroup> groups, List<Diagnostic> diagnostics) {
            List<StatisticsCounter> list = new ArrayList<>();
            counters.forEach((k, v) -> list.add(new StatisticsCounter(k, v)));
            String group = section.map(Section::group).orElse(title);
            groups.add(new StatisticsGroup(group, section.map(Section::family).orElse(null), list));
            if (extra > 0) {
                String what = section.isPresent() ? "lines of the " + title + " section" : "lines of a section";
                diagnostics.add(new Diagnostic(Diagnostic.Code.OTHER, Severity.INFO, SOURCE, extra + " " + what
                        + (section.isPresent() ? "" : " (" + SafeText.quote(title) + ")")
                        + " are not in netstatx's AIX layout; they are kept as counters named by their words",
                        null, extra, null));
            }
        }

        private static boolean isNumber(String s) {
            if (s.isEmpty() || s.length() > 20) {
                return false;
            }
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                    return false;
                }
            }
            try {
                Long.parseUnsignedLong(s);
                return true;
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }
}
