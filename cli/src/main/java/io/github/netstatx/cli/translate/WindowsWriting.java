package io.github.netstatx.cli.translate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** Spells a {@link Request} as netstat.exe command lines. */
public final class WindowsWriting {

    /** Option letters, in the order Windows admins type them ({@code -ano}, {@code -abno}). */
    private static final List<Map.Entry<Term, Character>> LETTERS = List.of(
            Map.entry(Term.ALL, 'a'), Map.entry(Term.COMPONENTS, 'b'), Map.entry(Term.FULL_NAMES, 'f'),
            Map.entry(Term.TIME_IN_STATE, 'i'), Map.entry(Term.NUMERIC, 'n'), Map.entry(Term.PIDS, 'o'),
            Map.entry(Term.BOUND, 'q'), Map.entry(Term.OFFLOAD, 't'));

    private WindowsWriting() {
    }

    public static Rendition write(Request r) {
        Rendition.Builder b = new Rendition.Builder();
        EnumSet<Term> views = r.views();
        if (!views.isEmpty()) {
            for (Term v : views) {
                views(v, r, b);
            }
        } else {
            connections(r, b);
        }
        b.missing(r, Term::windows);
        return b.build();
    }

    private static void views(Term v, Request r, Rendition.Builder b) {
        switch (v) {
            case ROUTES -> {
                b.command(repeat(r, "netstat -r"));
                if (r.has(Term.IPV4_ONLY) || r.has(Term.IPV6_ONLY)) {
                    b.note(Term.ROUTES.note());
                }
            }
            case INTERFACES -> {
                b.command(repeat(r, "netstat -e")).note(Term.INTERFACES.note());
                if (r.has(Term.INTERFACE_DETAILS)) {
                    b.command("ipconfig /all").note(Term.INTERFACE_DETAILS.note());
                }
            }
            case NETWORK_DIRECT -> b.command(repeat(r, "netstat -x"));
            case STATISTICS -> {
                EnumSet<Term> p = r.protocols();
                if (p.isEmpty() || p.containsAll(EnumSet.of(Term.TCP, Term.UDP, Term.RAW))) {
                    b.command(repeat(r, "netstat -s"));
                } else {
                    for (String proto : selections(p, r)) {
                        b.command(repeat(r, "netstat -s -p " + proto));
                    }
                }
            }
            default -> {
                // GROUPS, MASQUERADE: no netstat.exe display; the missing-term note says so.
            }
        }
    }

    private static void connections(Request r, Rendition.Builder b) {
        EnumSet<Term> protocols = r.protocols();
        protocols.retainAll(EnumSet.of(Term.TCP, Term.UDP));
        if (protocols.isEmpty()) {
            return;
        }
        boolean listing = r.has(Term.ALL) || r.has(Term.LISTENING) || r.has(Term.BOUND)
                || protocols.contains(Term.UDP);
        StringBuilder letters = new StringBuilder();
        for (Map.Entry<Term, Character> e : LETTERS) {
            boolean want = e.getKey() == Term.ALL ? listing
                    : e.getKey() == Term.FULL_NAMES ? r.has(Term.FULL_NAMES) && !r.has(Term.NUMERIC)
                    : r.has(e.getKey());
            if (want) {
                letters.append(e.getValue());
            }
        }
        if (r.has(Term.PROGRAMS) && !r.has(Term.COMPONENTS)) {
            // net-tools -p names the program too; netstat.exe needs -b (elevated) for that.
            if (letters.indexOf("o") < 0) {
                letters.append('o');
            }
            b.note(Term.PROGRAMS.note() + "; add -b to see it");
        }
        if (!r.narrowing().pids().isEmpty() && letters.indexOf("o") < 0) {
            letters.append('o');
        }
        String options = letters.length() == 0 ? "netstat" : "netstat -" + letters;
        boolean bothFamilies = !r.has(Term.IPV4_ONLY) && !r.has(Term.IPV6_ONLY);
        boolean plainShowsIt = bothFamilies && (protocols.size() == 2 || !listing);
        List<String> selections = plainShowsIt ? List.of("") : selections(protocols, r);
        String narrowing = findstrs(r.narrowing(), b);
        if (r.has(Term.INTERVAL) && selections.size() > 1) {
            // Two commands that repeat forever cannot both run: list everything once per interval and keep
            // the protocol's rows (netstat.exe calls TCP over IPv6 "TCP" too).
            String keep = protocols.size() == 1 ? " | findstr " + (protocols.contains(Term.TCP) ? "TCP" : "UDP") : "";
            if (protocols.size() > 1) {
                b.note("netstat.exe cannot show one family of two protocols in one command: this lists both families");
            }
            String filter = listeningFilter(r, "", protocols);
            b.command(repeat(r, options) + (filter.isEmpty() ? keep : filter) + narrowing);
        } else {
            for (String proto : selections) {
                String command = proto.isEmpty() ? options : options + " -p " + proto;
                b.command(repeat(r, command) + listeningFilter(r, proto, protocols) + narrowing);
            }
        }
        if (r.has(Term.LISTENING)) {
            b.note(Term.LISTENING.note());
            if (r.has(Term.COMPONENTS)) {
                b.note("findstr keeps only the table rows, not the -b lines below them");
            }
        }
        b.differing(r, Term.UDP);
    }

    /** {@code -p} values for these protocols and the request's families, in netstat.exe's table order. */
    private static List<String> selections(EnumSet<Term> protocols, Request r) {
        List<String> out = new ArrayList<>();
        for (Term p : List.of(Term.TCP, Term.UDP)) {
            if (!protocols.contains(p)) {
                continue;
            }
            String name = p == Term.TCP ? "TCP" : "UDP";
            if (!r.has(Term.IPV6_ONLY)) {
                out.add(name);
            }
            if (!r.has(Term.IPV4_ONLY)) {
                out.add(name + "v6");
            }
        }
        return out;
    }

    /** The filter that keeps listeners: TCP rows that say LISTENING, and every UDP row. */
    private static String listeningFilter(Request r, String proto, EnumSet<Term> protocols) {
        if (!r.has(Term.LISTENING)) {
            return "";
        }
        if (proto.startsWith("UDP")) {
            return "";
        }
        boolean udpToo = proto.isEmpty() && protocols.contains(Term.UDP);
        return udpToo ? " | findstr \"LISTENING UDP\"" : " | findstr LISTENING";
    }

    /**
     * The findstrs that keep the narrowed rows of netstat.exe's table: a port followed by the blank that pads
     * its column, a state word, a PID at the end of the row ({@code -o}).
     */
    private static String findstrs(Narrowing n, Rendition.Builder b) {
        StringBuilder sb = new StringBuilder();
        java.util.Set<Integer> ports = new java.util.TreeSet<>(n.ports());
        ports.addAll(n.localPorts());
        ports.addAll(n.remotePorts());
        if (!ports.isEmpty()) {
            sb.append(" | findstr");
            for (int p : ports) {
                sb.append(" /c:\":").append(p).append(" \"");
            }
            if (!n.localPorts().isEmpty() || !n.remotePorts().isEmpty()) {
                b.note("findstr cannot tell the local address column from the foreign one");
            }
        }
        if (!n.states().isEmpty()) {
            List<String> words = n.sortedStates().stream().map(WindowsWriting::stateWord).toList();
            sb.append(words.size() == 1 ? " | findstr " + words.get(0) : " | findstr \"" + String.join(" ", words)
                    + "\"");
        }
        if (!n.pids().isEmpty()) {
            sb.append(" | findstr /e");
            for (long p : n.sortedPids()) {
                sb.append(" /c:\" ").append(p).append("\"");
            }
        }
        if (!n.programs().isEmpty()) {
            b.note("netstat.exe -b prints the program on a line of its own, so findstr cannot keep its rows: "
                    + "find its PIDs (tasklist /fi \"imagename eq NAME.exe\") and keep those");
        }
        return sb.toString();
    }

    /** netstat.exe's state words. */
    static String stateWord(io.github.netstatx.core.model.TcpState s) {
        return switch (s) {
            case LISTEN -> "LISTENING";
            default -> s.name();
        };
    }

    private static String repeat(Request r, String command) {
        return r.has(Term.INTERVAL) ? command + " " + r.interval() : command;
    }
}
