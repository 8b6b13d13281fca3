package io.github.netstatx.cli.translate;

import io.github.netstatx.core.model.TcpState;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
        List<String> commands = new ArrayList<>();
        if (!views.isEmpty() || r.has(Term.NETWORK_DIRECT)) {
            for (Term v : views) {
                if (v == Term.ROUTES) {
                    // -r lists one family; netstat.exe -r prints both tables
                    String n = r.has(Term.NUMERIC) ? "n" : "";
                    if (!r.has(Term.IPV6_ONLY)) {
                        commands.add("netstat -r" + n);
                    }
                    if (!r.has(Term.IPV4_ONLY)) {
                        commands.add("netstat -r" + n + "6");
                    }
                    continue;
                }
                // Linux keeps one set of TCP counters for both families: -s takes no family.
                String f = v == Term.STATISTICS || v == Term.INTERFACES ? "" : family;
                commands.add("netstat " + viewOption(v, r) + f);
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
            if (needsOwners(r) && letters.indexOf("p") < 0) {
                letters.append('p');
            }
            if (r.has(Term.FULL_NAMES) && !r.has(Term.NUMERIC) && letters.indexOf("W") < 0) {
                letters.append('W');
            }
            String options = letters.length() == 0 ? "" : " -" + letters;
            commands.add("netstat" + options + family + greps(r.narrowing(), b));
            b.differing(r, Term.PIDS);
        }
        for (String c : repeat(r, commands, b)) {
            b.command(c);
        }
        b.missing(r, Term::netTools);
        return b.build();
    }

    private static boolean needsOwners(Request r) {
        return !r.narrowing().pids().isEmpty() || !r.narrowing().programs().isEmpty();
    }

    private static String viewOption(Term view, Request r) {
        String numeric = r.has(Term.NUMERIC) ? "n" : "";
        return switch (view) {
            case INTERFACES -> r.has(Term.INTERFACE_DETAILS) ? "-ie" : "-i";
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

    /**
     * The greps that keep the narrowed rows of net-tools' table: a port followed by the blank that pads
     * its column (so {@code :443} keeps out {@code :4430}), a state as a whole word, {@code PID/} and
     * {@code /program} in the PID/Program name column.
     */
    private static String greps(Narrowing n, Rendition.Builder b) {
        StringBuilder sb = new StringBuilder();
        Set<Integer> ports = new java.util.TreeSet<>(n.ports());
        ports.addAll(n.localPorts());
        ports.addAll(n.remotePorts());
        if (!ports.isEmpty()) {
            List<String> p = Narrowing.sorted(ports).stream().map(String::valueOf).toList();
            sb.append(p.size() == 1 ? " | grep ':" + p.get(0) + " '" : " | grep -E ':(" + String.join("|", p) + ") '");
            if (!n.localPorts().isEmpty() || !n.remotePorts().isEmpty()) {
                b.note("grep cannot tell the local address column from the foreign one");
            }
        }
        if (!n.states().isEmpty()) {
            List<String> words = n.sortedStates().stream().map(NetToolsWriting::stateWord).toList();
            sb.append(words.size() == 1 ? " | grep -w " + words.get(0)
                    : " | grep -wE '" + String.join("|", words) + "'");
        }
        if (!n.pids().isEmpty()) {
            List<String> p = n.sortedPids().stream().map(String::valueOf).toList();
            sb.append(p.size() == 1 ? " | grep ' " + p.get(0) + "/'" : " | grep -E ' (" + String.join("|", p) + ")/'");
        }
        if (!n.programs().isEmpty()) {
            List<String> p = n.sortedPrograms();
            sb.append(p.size() == 1 ? " | grep '/" + p.get(0) + "'"
                    : " | grep -E '/(" + String.join("|", p) + ")'");
        }
        return sb.toString();
    }

    /** net-tools' state words ({@code tcp_state[]} in netstat.c). */
    static String stateWord(TcpState s) {
        return switch (s) {
            case SYN_RECEIVED -> "SYN_RECV";
            case FIN_WAIT_1 -> "FIN_WAIT1";
            case FIN_WAIT_2 -> "FIN_WAIT2";
            case CLOSED -> "CLOSE";
            default -> s.name();
        };
    }

    /**
     * The commands, repeated as asked: {@code -c} repeats one command every second; other intervals, and
     * several commands, need {@code watch} around all of them, so that one command runs.
     */
    private static List<String> repeat(Request r, List<String> commands, Rendition.Builder b) {
        if (!r.has(Term.INTERVAL) || commands.isEmpty()) {
            return commands;
        }
        if (r.interval() == 1 && commands.size() == 1) {
            String c = commands.get(0);
            return List.of(c.startsWith("netstat -") ? c.replaceFirst("^netstat -(\\S+)", "netstat -$1c")
                    : c.replaceFirst("^netstat", "netstat -c"));
        }
        if (r.interval() != 1) {
            b.note(Term.INTERVAL.note());
        }
        String all = commands.stream().collect(Collectors.joining("; "));
        boolean plain = commands.size() == 1 && !all.contains("|") && !all.contains("'");
        return List.of("watch -n " + r.interval() + " " + (plain ? all : "'" + all.replace("'", "'\\''") + "'"));
    }
}
