package io.github.netstatx.cli.macos;

import io.github.netstatx.core.model.OsFamily;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The conditional printf lines of Apple's {@code netstat -s} for tcp, udp, ip and icmp, in network_cmds' order,
 * one table per network_cmds release whose lines differ ({@code apple-stats-TAG.tsv}, written by
 * {@code scripts/apple-stats-layout.py} from {@code netstat.tproj/inet.c}). A row of the 705 table:
 *
 * <pre>
 * tcpstat	p2	tcps_sndpack,tcps_sndbyte	\t\t%u data packet%s (%u byte%s)\n
 * </pre>
 *
 * <p>Lines that read other sysctls than the stats struct (the open socket counts, the ICMP mask-reply
 * setting, 10.13-11's output performance data) have no rows: no backend collects those values.
 */
final class AppleStatisticsLayout {

    /** How a row turns counters into printf arguments (network_cmds' macros). */
    enum Kind { P, P1A, P2, P2A, P3, PY, SUM, NL, HIST }

    /** One row: {@code fields} may carry a leading {@code -} in a {@link Kind#SUM}. */
    record Row(String struct, Kind kind, List<String> fields, String format) {
    }

    private final List<Row> rows;
    private final List<String> icmpNames;

    private AppleStatisticsLayout(List<Row> rows, List<String> icmpNames) {
        this.rows = rows;
        this.icmpNames = icmpNames;
    }

    /** The table of the network_cmds that shipped with the data's macOS release; the newest for other data. */
    static AppleStatisticsLayout forData(OsFamily os, String osVersion) {
        return load(tagFor(os, osVersion));
    }

    static String tagFor(OsFamily os, String osVersion) {
        return switch (NetworkCmds.forData(os, osVersion)) {
            case N543 -> "543.270.1";
            // 10.15's network_cmds (596) still printed the LRO lines 11's (606) dropped.
            case N596 -> os == OsFamily.MACOS && osVersion != null && osVersion.trim().startsWith("10.")
                    ? "596.100.2" : "606.140.1";
            case N624 -> "644.140.2";
            // macOS 14's network_cmds (667-671) prints what 644 prints; 15's (696-705) added lines.
            case N667 -> os == OsFamily.MACOS && osVersion != null && osVersion.trim().startsWith("14")
                    ? "644.140.2" : "705.100.5";
        };
    }

    static AppleStatisticsLayout load(String tag) {
        List<Row> rows = new ArrayList<>();
        List<String> names = List.of();
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
                    names = List.of(f[3].split("\\|", -1));
                    continue;
                }
                rows.add(new Row(f[0], Kind.valueOf(f[1].toUpperCase(java.util.Locale.ROOT)),
                        List.of(f[2].split(",")), unescape(f[3])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AppleStatisticsLayout(List.copyOf(rows), names);
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
        Function<String, Long> v = counters::get;
        for (Row row : rows) {
            if (!row.struct().equals(struct)) {
                continue;
            }
            if (row.kind() == Kind.HIST) {
                histogram(row, counters, text);
                continue;
            }
            List<String> names = row.fields().stream().map(f -> f.startsWith("-") ? f.substring(1) : f).toList();
            if (!counters.keySet().containsAll(names)) {
                continue;
            }
            long a = row.kind() == Kind.SUM ? sum(row.fields(), v) : u32(v.apply(names.get(0)));
            long b = names.size() > 1 && row.kind() != Kind.SUM ? u32(v.apply(names.get(1))) : 0;
            boolean any = row.kind() == Kind.SUM || row.kind() == Kind.NL ? a != 0 : a != 0 || b != 0;
            if (nonZeroOnly && !any) {
                continue;
            }
            Object[] args = switch (row.kind()) {
                case P -> new Object[] {a, plural(a)};
                case P1A, SUM -> new Object[] {a};
                case P2 -> new Object[] {a, plural(a), b, plural(b)};
                case P2A -> new Object[] {a, plural(a), b};
                case P3 -> new Object[] {a, (int) a > 1 ? "es" : ""};
                case PY -> new Object[] {a, a == 1 ? "y" : "ies"};
                case NL -> new Object[] {};
                case HIST -> throw new IllegalStateException();
            };
            text.append(printf(row.format(), args));
        }
        List<String> lines = new ArrayList<>(List.of(text.toString().split("\n", -1)));
        lines.remove(lines.size() - 1);
        return lines;
    }

    /** The header, then {@code name: N} for each non-zero type (Apple prints no zero entries, -s or -ss). */
    private void histogram(Row row, Map<String, Long> counters, StringBuilder text) {
        String[] formats = row.format().split("\\|", -1);
        boolean first = true;
        for (int i = 0; i < icmpNames.size(); i++) {
            Long n = counters.get(row.fields().get(0) + "[" + i + "]");
            if (n == null || u32(n) == 0) {
                continue;
            }
            if (first) {
                text.append(formats[0]);
                first = false;
            }
            text.append(printf(formats[1], icmpNames.get(i), u32(n)));
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

    /** printf for the conversions the formats use: %u and %llu (unsigned decimal), %s, %%. */
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
            } else if (format.startsWith("%llu", i)) {
                b.append(args[a++]);
                i += 3;
            } else if (format.startsWith("%u", i) || format.startsWith("%s", i)) {
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
