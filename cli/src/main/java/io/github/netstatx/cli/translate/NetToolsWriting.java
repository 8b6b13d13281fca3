package io.github.netstatx.cli.translate;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Spells a {@link Request} as net-tools netstat 2.10 command lines. */
public final class NetToolsWriting {

    /** Option letters of the connection listing, in the order people type them ({@code -antup}). */
    private static final List<Map.Entry<Term, Character>> LETTERS = List.of(
            Map.entry(Term.ALL, 'a'), Map.entry(Term.LISTENING, 'l'), Map.entry(Term.NUMERIC, 'n'),
            Map.entry(Term.TCP, 't'), Map.entry(Term.UDP, 'u'), Map.entry(Term.UDPLITE, 'U'), Map.entry(Term.RAW, 'w'),
            Map.entry(Term.SCTP, 'S'), Map.entry(Term.UNIX, 'x'), Map.entry(Term.PIDS, 'p'),
            Map.entry(Term.PROGRAMS, 'p'), Map.entry(Term.TIMERS, 'o'), Map.entry(Term.EXTENDED, 'e'),
            Map.entry(Term.WIDE, 'W'));

    /** What net-tools lists when no protocol option is given. */
    static final Set<Term> DEFAULT_PROTOCOLS = EnumSet.of(Term.TCP, Term.UDP, Term.UDPLITE, Term.RAW, Term.UNIX);

    private NetToolsWriting() {
    }

    public static Rendition write(Request r) {
        Rendition.Builder b = new Rendition.Builder();
        String family = r.has(Term.IPV4_ONLY) ? " -4" : r.has(Term.IPV6_ONLY) ? " -6" : "";
        EnumSet<Term> views = r.views();
        views.remove(Term.NETWORK_DIRECT);
        if (!views.isEmpty() || r.has(Term.NETWORK_DIRECT)) {
            for (Term v : views) {
                // Linux keeps one set of TCP counters for both families: -s takes no family.
                String f = v == Term.STATISTICS || v == Term.INTERFACES ? "" : family;
                b.command(repeat(r, "netstat " + viewOption(v, r) + f, b));
            }
            if (views.contains(Term.STATISTICS) && !family.isEmpty()) {
                b.note("net-tools -s cannot narrow the statistics to one address family");
            }
        } else {
            StringBuilder letters = new StringBuilder();
            boolean defaults = r.protocols().equals(DEFAULT_PROTOCOLS);
            for (Map.Entry<Term, Character> e : LETTERS) {
                boolean protocol = Request.PROTOCOLS.contains(e.getKey());
                if (r.has(e.getKey()) && !(protocol && defaults) && letters.indexOf(String.valueOf(e.getValue())) < 0) {
                    letters.append(e.getValue());
                }
            }
            if (r.has(Term.FULL_NAMES) && !r.has(Term.NUMERIC) && letters.indexOf("W") < 0) {
                letters.append('W');
            }
            String options = letters.length() == 0 ? "" : " -" + letters;
            b.command(repeat(r, "netstat" + options + family, b));
            b.differing(r, Term.PIDS);
        }
        b.missing(r, Term::netTools);
        return b.build();
    }

    private static String viewOption(Term view, Request r) {
        String numeric = r.has(Term.NUMERIC) ? "n" : "";
        return switch (view) {
            case ROUTES -> "-r" + numeric;
            case INTERFACES -> "-i";
            case STATISTICS -> "-s" + statisticsProtocols(r);
            case GROUPS -> "-g" + numeric;
            case MASQUERADE -> "-M" + numeric;
            default -> throw new IllegalArgumentException("not a net-tools view: " + view);
        };
    }

    /** {@code -t}/{@code -u}/{@code -w} when the request narrows the statistics, nothing for all groups. */
    private static String statisticsProtocols(Request r) {
        Set<Term> p = r.protocols();
        if (p.isEmpty() || p.containsAll(EnumSet.of(Term.TCP, Term.UDP, Term.RAW))) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Term, Character> e : List.of(Map.entry(Term.TCP, 't'), Map.entry(Term.UDP, 'u'),
                Map.entry(Term.RAW, 'w'))) {
            if (p.contains(e.getKey())) {
                sb.append(e.getValue());
            }
        }
        return sb.toString();
    }

    /** {@code -c} repeats every second; other intervals need {@code watch}. */
    private static String repeat(Request r, String command, Rendition.Builder b) {
        if (!r.has(Term.INTERVAL)) {
            return command;
        }
        if (r.interval() == 1) {
            return command.contains(" -") ? command.replaceFirst(" -(\\S+)", " -$1c") : command + " -c";
        }
        b.note(Term.INTERVAL.note());
        return "watch -n " + r.interval() + " " + command;
    }
}
