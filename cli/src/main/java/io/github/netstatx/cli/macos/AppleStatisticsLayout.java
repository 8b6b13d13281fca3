package io.github.netstatx.cli.macos;

import io.github.netstatx.core.model.OsFamily;
import io.github.netstatx.core.model.ProductVersion;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The printf lines of Apple's {@code netstat -s} for tcp, udp, ip, icmp, ip6 and icmp6, in network_cmds' order,
 * one table per network_cmds release whose lines differ ({@code apple-stats-TAG.tsv}, written by
 * {@code scripts/apple-stats-layout.py} from {@code netstat.tproj/inet.c} and {@code inet6.c}). A row of the
 * 705 table:
 *
 * <pre>
 * tcpstat	p2	tcps_sndpack,tcps_sndbyte	\t\t%u data packet%s (%u byte%s)\n
 * </pre>
 *
 * <p>Lines that read other sysctls than the stats struct (the open socket counts, the ICMP mask-reply
 * setting, 10.13-11's performance data) have no rows: no backend collects those values. ip6's per-interface
 * mbuf lines ({@code two or more mbuf:}) are not printed: netstat names them by the counting Mac's interface
 * index, which the statistics do not carry.
 */
final class AppleStatisticsLayout {

    /**
     * How a row turns counters into printf arguments: network_cmds' macros (P .. PY, conditional on {@code -ss}),
     * a sum of counters, a conditional newline, an always-printed number ({@code U}) or fixed line
     * ({@code TEXT}), and the loops of {@code inet.c}/{@code inet6.c}: a histogram by type name, the same by
     * interface name ({@code IFHIST}), the per-scope blocks of {@code PRINT_SCOPESTAT} and the source-selection
     * rules of {@code PRINT_SRCRULESTAT}.
     */
    enum Kind { P, P1A, P2, P2A, P3, PY, SUM, NL, U, TEXT, HIST, IFHIST, SCOPE, RULES }

    /** One row: {@code fields} may carry a leading {@code -} in a {@link Kind#SUM}. */
    record Row(String struct, Kind kind, List<String> fields, String format) {
    }

    private final List<Row> rows;
    /** network_cmds' name arrays ({@code icmpnames}, {@code ip6nh}, {@code icmp6names}, {@code srcrulenames}). */
    private final Map<String, List<String>> names;

    private AppleStatisticsLayout(List<Row> rows, Map<String, List<String>> names) {
        this.rows = rows;
        this.names = names;
    }

    /** The table of the network_cmds that shipped with the data's macOS release; the newest for other data. */
    static AppleStatisticsLayout forData(OsFamily os, String osVersion) {
        return load(tagFor(os, osVersion));
    }

    static String tagFor(OsFamily os, String osVersion) {
        Optional<ProductVersion> v = ProductVersion.ofMac(os, osVersion);
        return switch (NetworkCmds.forData(os, osVersion)) {
            // 10.13's network_cmds (543, 543.50.4) printed fewer lines than 10.14's (543.200 onwards)
            case N543 -> v.filter(r -> r.major() == 10 && r.minor() == 13).isPresent() ? "543.50.4" : "543.270.1";
            // 10.15's network_cmds (596) still printed the LRO lines 11's (606) dropped.
            case N596 -> v.filter(r -> r.major() == 10).isPresent() ? "596.100.2" : "606.140.1";
            case N624 -> "644.140.2";
            // macOS 14's network_cmds (667-671) prints what 644 prints; 15's (696-705) added lines.
            case N667 -> v.filter(r -> r.major() == 14).isPresent() ? "644.140.2" : "705.100.5";
        };
    }

    static AppleStatisticsLayout load(String tag) {
        List<Row> rows = new ArrayList<>();
        Map<String, List<String>> names = new java.util.HashMap<>();
        try (InputStream in = AppleStatisticsLayout.class.getResourceAsStream("apple-stats-" + tag + ".tsv")) {
            if (in == null) {
                throw new IllegalStateException("apple-stats-" + tag + ".tsv is missing from the cli");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f[1].equals("names")) {
                    names.put(f[2], List.of(f[3].split("\\|", -1)));
                    continue;
                }
                rows.add(new Row(f[0], Kind.valueOf(f[1].toUpperCase(java.util.Locale.ROOT)),
                        List.of(f[2].split(",")), unescape(f[3])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AppleStatisticsLayout(List.copyOf(rows), Map.copyOf(names));
    }

    /** Whether this table has rows for {@code struct}. */
    boolean prints(String struct) {
        return rows.stream().anyMatch(r -> r.struct().equals(struct));
    }

    /**
     * The text Apple prints for one struct's counters (without the {@code name:} title), lines without their
     * newline. A row whose counters the data lacks is left out, as the AIX dialect leaves out AIX lines a
     * foreign group lacks: a number is never printed that was not counted.
     *
     * @param counters the struct's counters by kernel field name
     * @param nonZeroOnly {@code -ss}: Apple's {@code sflag > 1}, a row printed only when one of its counters is
     *     not zero
     */
    List<String> render(String struct, Map<String, Long> counters, boolean nonZeroOnly) {
        StringBuilder text = new StringBuilder();
        for (Row row : rows) {
            if (!row.struct().equals(struct)) {
                continue;
            }
            switch (row.kind()) {
                case HIST -> histogram(row, counters, text);
                case IFHIST -> {
                    // netstat names the interface by its index on the Mac that counted: a name the data
                    // does not carry, so these per-interface lines are not printed
                }
                case SCOPE -> scopes(row, counters, nonZeroOnly, text);
                case RULES -> rules(row, counters, text);
                case TEXT -> text.append(row.format());
                default -> line(row, counters, nonZeroOnly, text);
            }
        }
        List<String> lines = new ArrayList<>(List.of(text.toString().split("\n", -1)));
        lines.remove(lines.size() - 1);
        return lines;
    }

    /** One macro row (or sum, newline, always-printed number). */
    private static void line(Row row, Map<String, Long> counters, boolean nonZeroOnly, StringBuilder text) {
        List<String> names = row.fields().stream().map(f -> f.startsWith("-") ? f.substring(1) : f).toList();
        if (!counters.keySet().containsAll(names)) {
            return;
        }
        boolean wide = wide(row.format());
        long a = row.kind() == Kind.SUM ? sum(row.fields(), counters::get) : number(counters.get(names.get(0)), wide);
        long b = names.size() > 1 && row.kind() != Kind.SUM ? number(counters.get(names.get(1)), wide) : 0;
        boolean any = row.kind() == Kind.SUM || row.kind() == Kind.NL ? a != 0 : a != 0 || b != 0;
        if (nonZeroOnly && !any && row.kind() != Kind.U) {
            return;
        }
        Object[] args = switch (row.kind()) {
            case P -> new Object[] {a, plural(a)};
            case P1A, SUM, U -> new Object[] {a};
            case P2 -> new Object[] {a, plural(a), b, plural(b)};
            case P2A -> new Object[] {a, plural(a), b};
            case P3 -> new Object[] {a, (int) a > 1 ? "es" : ""};
            case PY -> new Object[] {a, a == 1 ? "y" : "ies"};
            case NL -> new Object[] {};
            default -> throw new IllegalStateException(row.kind().name());
        };
        text.append(printf(row.format(), args));
    }

    /**
     * {@code PRINT_SCOPESTAT} over every scope: the header always; the named scopes as {@code p()} (left out by
     * {@code -ss} when zero), the others always, as {@code N addresses scope=X}.
     */
    private static void scopes(Row row, Map<String, Long> counters, boolean nonZeroOnly, StringBuilder text) {
        String[] parts = row.format().split("\\|", -1);
        Map<String, String> byScope = new java.util.HashMap<>();
        for (int k = 1; k < parts.length; k++) {
            int eq = parts[k].indexOf('=');
            byScope.put(parts[k].substring(0, eq), parts[k].substring(eq + 1));
        }
        String field = row.fields().get(0);
        for (int i = 0; counters.containsKey(field + "[" + i + "]"); i++) {
            if (i == 0) {
                text.append(parts[0]);
            }
            long n = counters.get(field + "[" + i + "]");
            String named = byScope.get(Integer.toString(i));
            if (named == null) {
                text.append(printf(byScope.get("*"), Long.toUnsignedString(n), Integer.toHexString(i)));
            } else if (n != 0 || !nonZeroOnly) {
                text.append(printf(named, Long.toUnsignedString(n), plural(n)));
            }
        }
    }

    /** {@code PRINT_SRCRULESTAT}: the header, then every rule that has a name, always. */
    private void rules(Row row, Map<String, Long> counters, StringBuilder text) {
        String[] parts = row.format().split("\\|", -1);
        List<String> ruleNames = names.getOrDefault("srcrulenames", List.of());
        String field = row.fields().get(0);
        for (int i = 0; counters.containsKey(field + "[" + i + "]"); i++) {
            if (i == 0) {
                text.append(parts[0]);
            }
            long n = counters.get(field + "[" + i + "]");
            if (i < ruleNames.size() && !ruleNames.get(i).isEmpty()) {
                text.append(printf(parts[1], Long.toUnsignedString(n), plural(n), ruleNames.get(i)));
            }
        }
    }

    /** Whether a format prints its number with all 64 bits ({@code %llu}, BSD's {@code %qu}). */
    private static boolean wide(String format) {
        return format.contains("%llu") || format.contains("%qu");
    }

    /** What a conversion prints of a counter: %llu all 64 bits, %u the low 32 (a u_int32_t, or the truncated read). */
    private static long number(long value, boolean wide) {
        return wide ? value : u32(value);
    }

    /** The header, then {@code name: N} for each non-zero type (Apple prints no zero entries, -s or -ss). */
    private void histogram(Row row, Map<String, Long> counters, StringBuilder text) {
        String[] formats = row.format().split("\\|", -1);
        List<String> typeNames = names.getOrDefault(formats[2], List.of());
        boolean wide = wide(formats[1]);
        boolean first = true;
        for (int i = 0; i < typeNames.size(); i++) {
            Long n = counters.get(row.fields().get(0) + "[" + i + "]");
            if (n == null || (wide ? n : u32(n)) == 0) {
                continue;
            }
            if (first) {
                text.append(formats[0]);
                first = false;
            }
            text.append(printf(formats[1], typeNames.get(i), wide ? Long.toUnsignedString(n) : u32(n)));
        }
    }

    /** The kernel's counters are u_int32_t, and netstat's arithmetic on them wraps as they do. */
    private static long u32(long value) {
        return value & 0xffffffffL;
    }

    private static long sum(List<String> fields, Function<String, Long> v) {
        long s = 0;
        for (String f : fields) {
            s += f.startsWith("-") ? -v.apply(f.substring(1)) : v.apply(f);
        }
        return u32(s);
    }

    /**
     * network_cmds' {@code plural(int n)}: "s" only above one, so zero is singular ("0 packet sent"), and a
     * count of 2^31 or more, negative as an int, is too.
     */
    static String plural(long n) {
        return (int) n > 1 ? "s" : "";
    }

    /** printf for the conversions the formats use: %u, %llu and %qu (unsigned decimal), %s, %x (given as text), %%. */
    static String printf(String format, Object... args) {
        StringBuilder b = new StringBuilder();
        int a = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%') {
                b.append(c);
                continue;
            }
            if (format.startsWith("%%", i)) {
                b.append('%');
                i++;
            } else if (format.startsWith("%llu", i) || format.startsWith("%qu", i)) {
                Object n = args[a++];
                b.append(n instanceof Long l ? Long.toUnsignedString(l) : n);
                i += format.startsWith("%qu", i) ? 2 : 3;
            } else if (format.startsWith("%u", i) || format.startsWith("%s", i) || format.startsWith("%x", i)) {
                b.append(args[a++]);
                i++;
            } else {
                throw new IllegalArgumentException("unsupported conversion in " + format);
            }
        }
        return b.toString();
    }

    private static String unescape(String s) {
        return s.replace("\\t", "\t").replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
