package io.github.netstatx.cli.translate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a net-tools netstat 2.10 command line as {@link Term}s: short options (clustered), the long
 * options that matter for translation (exact or as a unique prefix, as {@code getopt_long} allows),
 * {@code -A list}, and trailing numbers (netstatx's interval). Words that are not options are ignored,
 * as net-tools ignores them. This reads meanings only; the dialect itself has the full grammar.
 */
public final class NetToolsReading {

    /** Short options and what they ask for. */
    private static final Map<Character, Set<Term>> SHORT = Map.ofEntries(
            Map.entry('a', EnumSet.of(Term.ALL)),
            Map.entry('l', EnumSet.of(Term.LISTENING)),
            Map.entry('n', EnumSet.of(Term.NUMERIC)),
            Map.entry('p', EnumSet.of(Term.PIDS, Term.PROGRAMS)),
            Map.entry('o', EnumSet.of(Term.TIMERS)),
            Map.entry('e', EnumSet.of(Term.EXTENDED)),
            Map.entry('W', EnumSet.of(Term.WIDE)),
            Map.entry('t', EnumSet.of(Term.TCP)),
            Map.entry('u', EnumSet.of(Term.UDP)),
            Map.entry('U', EnumSet.of(Term.UDPLITE)),
            Map.entry('w', EnumSet.of(Term.RAW)),
            Map.entry('S', EnumSet.of(Term.SCTP)),
            Map.entry('x', EnumSet.of(Term.UNIX)),
            Map.entry('4', EnumSet.of(Term.IPV4_ONLY)),
            Map.entry('6', EnumSet.of(Term.IPV6_ONLY)),
            Map.entry('r', EnumSet.of(Term.ROUTES)),
            Map.entry('i', EnumSet.of(Term.INTERFACES)),
            Map.entry('s', EnumSet.of(Term.STATISTICS)),
            Map.entry('g', EnumSet.of(Term.GROUPS)),
            Map.entry('M', EnumSet.of(Term.MASQUERADE)),
            Map.entry('c', EnumSet.of(Term.INTERVAL)),
            // Accepted, but nothing to translate: verbose, symbolic, FIB/cache selection, no-op -d.
            Map.entry('v', EnumSet.noneOf(Term.class)),
            Map.entry('N', EnumSet.noneOf(Term.class)),
            Map.entry('F', EnumSet.noneOf(Term.class)),
            Map.entry('C', EnumSet.noneOf(Term.class)),
            Map.entry('d', EnumSet.noneOf(Term.class)));

    /** Long options, by their full name, as the short option they stand for. */
    private static final Map<String, Character> LONG = Map.ofEntries(
            Map.entry("all", 'a'), Map.entry("listening", 'l'), Map.entry("numeric", 'n'),
            Map.entry("numeric-hosts", 'n'), Map.entry("numeric-ports", 'n'), Map.entry("numeric-users", 'n'),
            Map.entry("programs", 'p'), Map.entry("timers", 'o'), Map.entry("extend", 'e'), Map.entry("wide", 'W'),
            Map.entry("tcp", 't'), Map.entry("udp", 'u'), Map.entry("udplite", 'U'), Map.entry("raw", 'w'),
            Map.entry("sctp", 'S'), Map.entry("unix", 'x'), Map.entry("inet", '4'), Map.entry("ip", '4'),
            Map.entry("inet6", '6'), Map.entry("route", 'r'), Map.entry("interfaces", 'i'),
            Map.entry("statistics", 's'), Map.entry("groups", 'g'), Map.entry("masquerade", 'M'),
            Map.entry("continuous", 'c'), Map.entry("verbose", 'v'), Map.entry("symbolic", 'N'),
            Map.entry("fib", 'F'), Map.entry("cache", 'C'));

    private NetToolsReading() {
    }

    public static Request read(List<String> args) throws UntranslatableException {
        EnumSet<Term> terms = EnumSet.noneOf(Term.class);
        List<String> remarks = new ArrayList<>();
        Integer interval = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                break;
            }
            if (a.startsWith("--")) {
                String name = a.substring(2);
                int eq = name.indexOf('=');
                String value = eq >= 0 ? name.substring(eq + 1) : null;
                name = eq >= 0 ? name.substring(0, eq) : name;
                if (unique("protocol", name)) {
                    families(value != null ? value : next(args, ++i, "--protocol"), terms);
                    continue;
                }
                terms.addAll(SHORT.get(longOption(name)));
            } else if (a.startsWith("-") && a.length() > 1) {
                for (int k = 1; k < a.length(); k++) {
                    char c = a.charAt(k);
                    if (c == 'A') {
                        String rest = a.substring(k + 1);
                        families(rest.isEmpty() ? next(args, ++i, "-A") : rest, terms);
                        break;
                    }
                    Set<Term> t = SHORT.get(c);
                    if (t == null) {
                        throw new UntranslatableException("net-tools netstat rejects this (netstat: invalid option -- '"
                                + c + "')");
                    }
                    terms.addAll(t);
                }
            } else if (a.chars().allMatch(Character::isDigit) && !a.isEmpty() && a.length() < 9) {
                interval = Integer.parseInt(a);
            } else {
                remarks.add("net-tools ignores the word '" + a + "'");
            }
        }
        if (interval != null && interval > 0) {
            terms.add(Term.INTERVAL);
        } else if (terms.contains(Term.INTERVAL)) {
            interval = 1;
        }
        return new Request(normalized(terms), interval, remarks);
    }

    private static boolean unique(String full, String given) {
        return !given.isEmpty() && full.startsWith(given) && LONG.keySet().stream().noneMatch(
                k -> !k.equals(full) && k.startsWith(given));
    }

    private static char longOption(String given) throws UntranslatableException {
        if (LONG.containsKey(given)) {
            return LONG.get(given);
        }
        List<String> matches = LONG.keySet().stream().filter(k -> k.startsWith(given)).sorted().toList();
        if (matches.size() == 1 && !given.isEmpty()) {
            return LONG.get(matches.get(0));
        }
        if (matches.size() > 1 && matches.stream().map(LONG::get).distinct().count() == 1) {
            return LONG.get(matches.get(0));
        }
        throw new UntranslatableException("net-tools netstat does not take --" + given + " here");
    }

    private static String next(List<String> args, int i, String option) throws UntranslatableException {
        if (i >= args.size()) {
            throw new UntranslatableException("net-tools netstat rejects this (" + option + " needs an argument)");
        }
        return args.get(i);
    }

    private static void families(String list, Set<Term> terms) throws UntranslatableException {
        for (String f : list.toLowerCase(Locale.ROOT).split(",")) {
            switch (f) {
                case "inet", "ip", "tcpip" -> terms.add(Term.IPV4_ONLY);
                case "inet6", "ip6" -> terms.add(Term.IPV6_ONLY);
                case "unix" -> terms.add(Term.UNIX);
                default -> throw new UntranslatableException("no translation for the address family '" + f + "'");
            }
        }
    }

    /**
     * net-tools' defaults made explicit (reference linux.md A.2): a family without an inet protocol
     * option turns every inet protocol on; {@code -s} without one prints every group (no protocol
     * terms); no protocol at all lists every protocol, UNIX
     * included (SCTP only where the kernel has it, so it is left out here); displays other than
     * {@code -s} list no sockets, so protocols are dropped for them; {@code -a} wins over
     * {@code -l}; both families are the same as none.
     */
    private static Set<Term> normalized(EnumSet<Term> terms) {
        Set<Term> inet = EnumSet.of(Term.TCP, Term.UDP, Term.UDPLITE, Term.RAW, Term.SCTP);
        boolean families = terms.contains(Term.IPV4_ONLY) || terms.contains(Term.IPV6_ONLY);
        boolean anyInet = terms.stream().anyMatch(inet::contains);
        boolean anyProtocol = anyInet || terms.contains(Term.UNIX);
        boolean otherView = terms.stream().anyMatch(t -> Request.VIEWS.contains(t) && t != Term.STATISTICS);
        if (otherView) {
            // -r, -i, -g, -M show no sockets: protocol options do not matter to them.
            terms.removeAll(Request.PROTOCOLS);
            if (terms.contains(Term.INTERFACES) && terms.remove(Term.EXTENDED)) {
                // -ie is not "user and inode": it prints each interface the way ifconfig does
                terms.add(Term.INTERFACE_DETAILS);
            }
            if (terms.contains(Term.ROUTES) && !terms.contains(Term.IPV6_ONLY)) {
                // -r shows the inet table unless asked for inet6 (net-tools' route default)
                terms.add(Term.IPV4_ONLY);
            }
        } else if (terms.contains(Term.STATISTICS)) {
            // -s without -t/-u/-w prints every group: no protocol term means "all groups".
            if (!anyInet) {
                terms.remove(Term.UNIX);
            }
        } else if (!anyInet && families) {
            terms.addAll(EnumSet.of(Term.TCP, Term.UDP, Term.UDPLITE, Term.RAW));
        } else if (!anyProtocol) {
            terms.addAll(EnumSet.of(Term.TCP, Term.UDP, Term.UDPLITE, Term.RAW, Term.UNIX));
        }
        if (terms.contains(Term.IPV4_ONLY) && terms.contains(Term.IPV6_ONLY) && !terms.contains(Term.ROUTES)) {
            terms.remove(Term.IPV4_ONLY);
            terms.remove(Term.IPV6_ONLY);
        }
        if (terms.contains(Term.ALL)) {
            terms.remove(Term.LISTENING);
        }
        boolean inetListing = terms.stream().anyMatch(inet::contains) && terms.stream().noneMatch(Request.VIEWS::contains);
        if (!terms.contains(Term.NUMERIC) && inetListing) {
            // net-tools shows whole resolved names (cut to the column unless -W).
            terms.add(Term.FULL_NAMES);
        }
        return terms;
    }
}
