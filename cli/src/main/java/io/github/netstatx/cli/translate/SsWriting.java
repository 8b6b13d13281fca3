package io.github.netstatx.cli.translate;

import io.github.netstatx.core.model.TcpState;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
            List<String> commands = new ArrayList<>();
            for (Term v : views) {
                commands.addAll(view(v, r));
            }
            if (!commands.isEmpty()) {
                // One command even when the display takes several: watch runs them together.
                b.command(repeat(r, String.join("; ", commands)));
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
            Narrowing n = r.narrowing();
            if ((!n.pids().isEmpty() || !n.programs().isEmpty()) && letters.indexOf("p") < 0) {
                letters.append('p');
            }
            if (!n.states().isEmpty()) {
                // a state filter replaces -a and -l
                letters = new StringBuilder(letters.toString().replace("a", "").replace("l", ""));
            }
            b.command(repeat(r, "ss" + (letters.length() == 0 ? "" : " -" + letters) + filter(n)));
            if (r.has(Term.BOUND)) {
                b.command(repeat(r, "ss -tB" + (r.has(Term.NUMERIC) ? "n" : "") + (r.has(Term.PIDS) ? "p" : "")));
                b.note(Term.BOUND.note());
            }
            b.differing(r, Term.PIDS);
        }
        b.missing(r, Term::ss);
        return b.build();
    }

    private static List<String> view(Term v, Request r) {
        boolean v4 = r.has(Term.IPV4_ONLY);
        boolean v6 = r.has(Term.IPV6_ONLY);
        return switch (v) {
            case ROUTES -> v4 ? List.of("ip route") : v6 ? List.of("ip -6 route") : List.of("ip route", "ip -6 route");
            case INTERFACES -> List.of(r.has(Term.INTERFACE_DETAILS) ? "ip -s address" : "ip -s link");
            case STATISTICS -> List.of("nstat -az" + statisticsPatterns(r));
            case GROUPS -> List.of("ip maddr show");
            // net-tools -M listed masqueraded IPv4 connections only: conntrack's default family, source NAT
            case MASQUERADE -> List.of("conntrack -L --src-nat");
            default -> List.of();
        };
    }

    /**
     * The ss filter for a narrowing: {@code state} words, then port comparisons ({@code --port} is either end),
     * then greps for owners, which ss cannot filter on.
     */
    private static String filter(Narrowing n) {
        StringBuilder sb = new StringBuilder();
        for (TcpState s : n.sortedStates()) {
            sb.append(" state ").append(s.name().toLowerCase(Locale.ROOT).replace('_', '-')
                    .replace("syn-received", "syn-recv"));
        }
        List<String> groups = new ArrayList<>();
        List<String> either = new ArrayList<>();
        for (int p : Narrowing.sorted(n.ports())) {
            either.add("sport = :" + p + " or dport = :" + p);
        }
        if (!either.isEmpty()) {
            groups.add(String.join(" or ", either));
        }
        comparisons(groups, "sport", n.localPorts());
        comparisons(groups, "dport", n.remotePorts());
        if (groups.size() == 1) {
            sb.append(" '").append(groups.get(0)).append("'");
        } else if (!groups.isEmpty()) {
            sb.append(" '( ").append(String.join(" ) and ( ", groups)).append(" )'");
        }
        if (!n.pids().isEmpty()) {
            List<String> p = n.sortedPids().stream().map(String::valueOf).toList();
            sb.append(p.size() == 1 ? " | grep 'pid=" + p.get(0) + ",'" : " | grep -E 'pid=(" + String.join("|", p)
                    + "),'");
        }
        if (!n.programs().isEmpty()) {
            List<String> p = n.sortedPrograms();
            sb.append(p.size() == 1 ? " | grep '\"" + p.get(0) + "\"'" : " | grep -E '\"(" + String.join("|", p)
                    + ")\"'");
        }
        return sb.toString();
    }

    private static void comparisons(List<String> groups, String end, Set<Integer> ports) {
        if (!ports.isEmpty()) {
            groups.add(Narrowing.sorted(ports).stream().map(p -> end + " = :" + p).collect(Collectors.joining(" or ")));
        }
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
