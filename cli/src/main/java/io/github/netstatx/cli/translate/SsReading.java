package io.github.netstatx.cli.translate;

import io.github.netstatx.core.model.TcpState;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an iproute2 {@code ss} command line (6.1) as {@link Term}s and a {@link Narrowing}: the options that
 * choose and show sockets, {@code state NAME} words, and filter expressions made of {@code sport}/{@code dport}
 * comparisons joined by one kind of {@code or}/{@code and} ({@code '( sport = :443 or dport = :443 )'}).
 * Address comparisons, negation and mixed operators have no netstatx spelling here and are refused.
 */
final class SsReading {

    private static final Map<Character, Set<Term>> SHORT = Map.ofEntries(
            Map.entry('a', EnumSet.of(Term.ALL)), Map.entry('l', EnumSet.of(Term.LISTENING)),
            Map.entry('n', EnumSet.of(Term.NUMERIC)), Map.entry('r', EnumSet.of(Term.FULL_NAMES)),
            Map.entry('p', EnumSet.of(Term.PIDS, Term.PROGRAMS)), Map.entry('o', EnumSet.of(Term.TIMERS)),
            Map.entry('e', EnumSet.of(Term.EXTENDED)), Map.entry('t', EnumSet.of(Term.TCP)),
            Map.entry('u', EnumSet.of(Term.UDP)), Map.entry('w', EnumSet.of(Term.RAW)),
            Map.entry('S', EnumSet.of(Term.SCTP)), Map.entry('x', EnumSet.of(Term.UNIX)),
            Map.entry('4', EnumSet.of(Term.IPV4_ONLY)), Map.entry('6', EnumSet.of(Term.IPV6_ONLY)),
            Map.entry('B', EnumSet.of(Term.BOUND)),
            // Shown differently or not at all by netstat: no header, one line, memory, TCP internals.
            Map.entry('H', EnumSet.noneOf(Term.class)), Map.entry('O', EnumSet.noneOf(Term.class)),
            Map.entry('m', EnumSet.noneOf(Term.class)), Map.entry('i', EnumSet.noneOf(Term.class)));

    private static final Map<String, Character> LONG = Map.ofEntries(
            Map.entry("all", 'a'), Map.entry("listening", 'l'), Map.entry("numeric", 'n'), Map.entry("resolve", 'r'),
            Map.entry("processes", 'p'), Map.entry("options", 'o'), Map.entry("extended", 'e'),
            Map.entry("tcp", 't'), Map.entry("udp", 'u'), Map.entry("raw", 'w'), Map.entry("sctp", 'S'),
            Map.entry("unix", 'x'), Map.entry("ipv4", '4'), Map.entry("ipv6", '6'), Map.entry("bound-inactive", 'B'),
            Map.entry("no-header", 'H'), Map.entry("oneline", 'O'), Map.entry("memory", 'm'), Map.entry("info", 'i'));

    /** ss's state names ({@code ss(8)}), with {@code -} read as {@code _}. */
    private static final Map<String, TcpState> STATES = Map.ofEntries(
            Map.entry("established", TcpState.ESTABLISHED), Map.entry("syn_sent", TcpState.SYN_SENT),
            Map.entry("syn_recv", TcpState.SYN_RECEIVED), Map.entry("fin_wait_1", TcpState.FIN_WAIT_1),
            Map.entry("fin_wait_2", TcpState.FIN_WAIT_2), Map.entry("time_wait", TcpState.TIME_WAIT),
            Map.entry("closed", TcpState.CLOSED), Map.entry("close_wait", TcpState.CLOSE_WAIT),
            Map.entry("last_ack", TcpState.LAST_ACK), Map.entry("closing", TcpState.CLOSING));

    private SsReading() {
    }

    static Request read(List<String> args) throws UntranslatableException {
        EnumSet<Term> terms = EnumSet.noneOf(Term.class);
        List<String> remarks = new ArrayList<>();
        List<String> filter = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!filter.isEmpty() || !a.startsWith("-") || a.equals("-")) {
                filter.add(a);
            } else if (a.startsWith("--")) {
                String name = a.substring(2);
                if (name.startsWith("family")) {
                    family(name.contains("=") ? name.substring(name.indexOf('=') + 1) : next(args, ++i, a), terms);
                } else if (name.equals("summary")) {
                    throw summary();
                } else if (LONG.containsKey(name)) {
                    terms.addAll(SHORT.get(LONG.get(name)));
                } else {
                    throw new UntranslatableException("no translation for ss's --" + name);
                }
            } else {
                for (int k = 1; k < a.length(); k++) {
                    char c = a.charAt(k);
                    if (c == 'f') {
                        String rest = a.substring(k + 1);
                        family(rest.isEmpty() ? next(args, ++i, "-f") : rest, terms);
                        break;
                    }
                    if (c == 's') {
                        throw summary();
                    }
                    Set<Term> t = SHORT.get(c);
                    if (t == null) {
                        throw new UntranslatableException("no translation for ss's -" + c);
                    }
                    if (t.isEmpty()) {
                        remarks.add("ss -" + c + " changes how ss prints; netstat has no such column or layout");
                    }
                    terms.addAll(t);
                }
            }
        }
        Narrowing n = expression(filter, terms);
        if (!terms.contains(Term.NUMERIC) && !terms.contains(Term.FULL_NAMES)) {
            remarks.add("ss names ports but shows hosts numerically unless -r; netstat names both unless -n");
        }
        return new Request(normalized(terms), null, remarks, n);
    }

    private static UntranslatableException summary() {
        return new UntranslatableException("ss -s prints socket counts: that is netstatx --summary");
    }

    private static String next(List<String> args, int i, String option) throws UntranslatableException {
        if (i >= args.size()) {
            throw new UntranslatableException("ss rejects this (" + option + " needs an argument)");
        }
        return args.get(i);
    }

    private static void family(String f, Set<Term> terms) throws UntranslatableException {
        switch (f.toLowerCase(Locale.ROOT)) {
            case "inet" -> terms.add(Term.IPV4_ONLY);
            case "inet6" -> terms.add(Term.IPV6_ONLY);
            case "unix" -> terms.add(Term.UNIX);
            default -> throw new UntranslatableException("no translation for ss's family '" + f + "'");
        }
    }

    /**
     * ss's defaults made explicit: no socket type lists every type (a family alone: its TCP, UDP and raw
     * sockets); a state filter replaces {@code -a}/{@code -l}.
     */
    private static Set<Term> normalized(EnumSet<Term> terms) {
        boolean anyInet = terms.stream().anyMatch(EnumSet.of(Term.TCP, Term.UDP, Term.RAW, Term.SCTP)::contains);
        boolean families = terms.contains(Term.IPV4_ONLY) || terms.contains(Term.IPV6_ONLY);
        if (!anyInet && families) {
            terms.addAll(EnumSet.of(Term.TCP, Term.UDP, Term.RAW));
        } else if (!anyInet && !terms.contains(Term.UNIX)) {
            terms.addAll(EnumSet.of(Term.TCP, Term.UDP, Term.RAW, Term.UNIX));
        }
        if (terms.contains(Term.IPV4_ONLY) && terms.contains(Term.IPV6_ONLY)) {
            terms.removeAll(EnumSet.of(Term.IPV4_ONLY, Term.IPV6_ONLY));
        }
        if (terms.contains(Term.ALL)) {
            terms.remove(Term.LISTENING);
        }
        return terms;
    }

    /** The state words and port comparisons after the options. */
    private static Narrowing expression(List<String> words, EnumSet<Term> terms) throws UntranslatableException {
        List<String> tokens = new ArrayList<>();
        for (String w : words) {
            // '( sport = :443 )' may arrive as one word or as many; parentheses only group here
            for (String t : w.replace("(", " ").replace(")", " ").trim().split("\\s+")) {
                if (!t.isEmpty()) {
                    tokens.add(t);
                }
            }
        }
        Set<TcpState> states = new HashSet<>();
        Set<Integer> local = new HashSet<>();
        Set<Integer> remote = new HashSet<>();
        Set<String> joins = new HashSet<>();
        boolean stateWords = false;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).toLowerCase(Locale.ROOT);
            switch (t) {
                case "state" -> {
                    String s = next(tokens, ++i, "state").toLowerCase(Locale.ROOT).replace('-', '_');
                    stateWords = true;
                    if (s.equals("listening") || s.equals("listen")) {
                        terms.add(Term.LISTENING);
                    } else if (s.equals("all")) {
                        terms.add(Term.ALL);
                    } else if (STATES.containsKey(s)) {
                        states.add(STATES.get(s));
                    } else {
                        throw new UntranslatableException("no translation for ss's state group '" + s + "'");
                    }
                }
                case "sport", "dport" -> {
                    String op = next(tokens, ++i, t);
                    if (!List.of("=", "==", "eq").contains(op)) {
                        throw new UntranslatableException("no translation for '" + t + " " + op
                                + "' (port equality only)");
                    }
                    String v = next(tokens, ++i, t);
                    String digits = v.startsWith(":") ? v.substring(1) : v;
                    if (!digits.matches("[0-9]{1,5}") || Integer.parseInt(digits) > 65535) {
                        throw new UntranslatableException("no translation for the port '" + v
                                + "' (numbers only)");
                    }
                    (t.equals("sport") ? local : remote).add(Integer.parseInt(digits));
                }
                case "or", "||", "and", "&&" -> joins.add(t.startsWith("o") || t.equals("||") ? "or" : "and");
                default -> throw new UntranslatableException("no translation for '" + tokens.get(i)
                        + "' in the ss filter (state words and sport/dport comparisons are read)");
            }
        }
        if (stateWords) {
            // A state filter replaces ss's default of connections (or -l/-a).
            if (!states.isEmpty() && terms.contains(Term.LISTENING)) {
                throw new UntranslatableException("listening and other states together have no netstatx filter");
            }
            if (!states.isEmpty()) {
                terms.remove(Term.LISTENING);
            }
        }
        if (joins.size() > 1) {
            throw new UntranslatableException("a filter mixing 'and' and 'or' has no netstatx spelling here");
        }
        boolean or = joins.contains("or");
        if (or && !local.isEmpty() && !remote.isEmpty()) {
            if (!local.equals(remote)) {
                throw new UntranslatableException("'sport ... or dport ...' with different ports has no netstatx "
                        + "filter (--port N matches either end)");
            }
            return new Narrowing(local, Set.of(), Set.of(), states, Set.of(), Set.of());
        }
        if (!or && (local.size() > 1 || remote.size() > 1)) {
            throw new UntranslatableException("a socket has one port at each end: the filter keeps nothing");
        }
        return new Narrowing(Set.of(), local, remote, states, Set.of(), Set.of());
    }
}
