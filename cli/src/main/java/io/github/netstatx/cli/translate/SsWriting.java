package io.github.netstatx.cli.translate;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Spells a {@link Request} in iproute2 terms: {@code ss} for sockets, and {@code ip}, {@code nstat},
 * {@code conntrack} for the displays {@code ss} does not have.
 */
public final class SsWriting {

    /** {@code ss} option letters, in the order people type them ({@code ss -antup}). */
    private static final List<Map.Entry<Term, Character>> LETTERS = List.of(
            Map.entry(Term.ALL, 'a'), Map.entry(Term.LISTENING, 'l'), Map.entry(Term.NUMERIC, 'n'),
            Map.entry(Term.TCP, 't'), Map.entry(Term.UDP, 'u'), Map.entry(Term.RAW, 'w'), Map.entry(Term.SCTP, 'S'),
            Map.entry(Term.UNIX, 'x'), Map.entry(Term.PIDS, 'p'), Map.entry(Term.PROGRAMS, 'p'),
            Map.entry(Term.TIMERS, 'o'), Map.entry(Term.EXTENDED, 'e'), Map.entry(Term.IPV4_ONLY, '4'),
            Map.entry(Term.IPV6_ONLY, '6'));

    private SsWriting() {
    }

    public static Rendition write(Request r) {
        Rendition.Builder b = new Rendition.Builder();
        EnumSet<Term> views = r.views();
        if (!views.isEmpty()) {
            for (Term v : views) {
                String c = view(v, r);
                if (c != null) {
                    b.command(repeat(r, c));
                }
            }
        } else {
            StringBuilder letters = new StringBuilder();
            for (Map.Entry<Term, Character> e : LETTERS) {
                if (r.has(e.getKey()) && letters.indexOf(String.valueOf(e.getValue())) < 0) {
                    letters.append(e.getValue());
                }
            }
            boolean inet = r.protocols().stream().anyMatch(t -> t != Term.UNIX);
            if (!r.has(Term.NUMERIC) && inet) {
                // ss prints host names only with -r; net-tools and netstat.exe resolve by default.
                letters.append('r');
            }
            b.command(repeat(r, "ss -" + letters));
            if (r.has(Term.BOUND)) {
                b.command(repeat(r, "ss -tB" + (r.has(Term.NUMERIC) ? "n" : "") + (r.has(Term.PIDS) ? "p" : "")));
                b.note(Term.BOUND.note());
            }
            b.differing(r, Term.PIDS);
        }
        b.missing(r, Term::ss);
        return b.build();
    }

    private static String view(Term v, Request r) {
        boolean v4 = r.has(Term.IPV4_ONLY);
        boolean v6 = r.has(Term.IPV6_ONLY);
        return switch (v) {
            case ROUTES -> v4 ? "ip route show" : v6 ? "ip -6 route show" : "ip route show; ip -6 route show";
            case INTERFACES -> "ip -s link";
            case STATISTICS -> "nstat -az" + statisticsPatterns(r);
            case GROUPS -> "ip maddr show";
            case MASQUERADE -> "conntrack -L";
            default -> null;
        };
    }

    /** nstat counter-name patterns for a narrowed request ({@code 'Tcp*'}); none for every group. */
    private static String statisticsPatterns(Request r) {
        EnumSet<Term> p = r.protocols();
        if (p.isEmpty() || p.containsAll(EnumSet.of(Term.TCP, Term.UDP, Term.RAW))) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        boolean v6 = r.has(Term.IPV6_ONLY);
        if (p.contains(Term.TCP)) {
            // Linux keeps one Tcp group for both families.
            sb.append(" 'Tcp*'");
        }
        if (p.contains(Term.UDP)) {
            sb.append(v6 ? " 'Udp6*'" : " 'Udp*'");
        }
        return sb.toString();
    }

    private static String repeat(Request r, String command) {
        return r.has(Term.INTERVAL) ? "watch -n " + r.interval() + " '" + command.replace("'", "'\\''") + "'" : command;
    }
}
