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
 * Reads what {@code | findstr ...} and {@code | grep ...} keep of a netstat listing, word by word: {@code :443}
 * is a port, {@code LISTENING}/{@code LISTEN} the listeners, {@code ESTABLISHED} (or net-tools' and ss's words)
 * a state, {@code TCP}/{@code UDP} a protocol, a bare number the process id and a name the program (when the
 * listing shows owners). Several words in one search are alternatives (findstr splits its string at blanks,
 * {@code grep -E} at {@code |}); several stages narrow one after the other. What has no netstatx filter
 * ({@code /v}, {@code -v}, a word that could be anything) is refused with the reason.
 */
final class PipeReading {

    /** The state words of netstat.exe, net-tools and ss, upper case, with {@code -} read as {@code _}. */
    private static final Map<String, TcpState> STATES = Map.ofEntries(
            Map.entry("LISTEN", TcpState.LISTEN), Map.entry("LISTENING", TcpState.LISTEN),
            Map.entry("ESTABLISHED", TcpState.ESTABLISHED), Map.entry("ESTAB", TcpState.ESTABLISHED),
            Map.entry("SYN_SENT", TcpState.SYN_SENT), Map.entry("SYN_RECV", TcpState.SYN_RECEIVED),
            Map.entry("SYN_RECEIVED", TcpState.SYN_RECEIVED), Map.entry("FIN_WAIT1", TcpState.FIN_WAIT_1),
            Map.entry("FIN_WAIT_1", TcpState.FIN_WAIT_1), Map.entry("FIN_WAIT2", TcpState.FIN_WAIT_2),
            Map.entry("FIN_WAIT_2", TcpState.FIN_WAIT_2), Map.entry("TIME_WAIT", TcpState.TIME_WAIT),
            Map.entry("CLOSE_WAIT", TcpState.CLOSE_WAIT), Map.entry("LAST_ACK", TcpState.LAST_ACK),
            Map.entry("CLOSING", TcpState.CLOSING), Map.entry("CLOSED", TcpState.CLOSED),
            Map.entry("CLOSE", TcpState.CLOSED));

    /**
     * What the pipeline keeps.
     *
     * @param narrowing ports, states, owners
     * @param listening true when it keeps the listeners ({@code findstr LISTENING}, {@code grep LISTEN})
     * @param protocols the protocols it keeps, empty when it does not select by protocol
     * @param remarks where the pipeline and the filter differ
     */
    record Kept(Narrowing narrowing, boolean listening, Set<Term> protocols, List<String> remarks) {
    }

    private enum Kind {
        PORT, STATE, LISTENING, PROTOCOL, PID, PROGRAM
    }

    private PipeReading() {
    }

    /** Reads the stages; {@code owners} says whether the listing shows PIDs or programs to match. */
    static Kept read(List<PastedCommand.Stage> stages, Request r) throws UntranslatableException {
        Narrowing n = Narrowing.NONE;
        boolean listening = false;
        Set<Term> protocols = EnumSet.noneOf(Term.class);
        List<String> remarks = new ArrayList<>();
        for (PastedCommand.Stage s : stages) {
            List<String> words = switch (s.program()) {
                case "findstr" -> findstrWords(s);
                case "grep", "egrep", "fgrep" -> grepWords(s);
                case "more", "less", "cat" -> {
                    remarks.add("'| " + s.program() + "' only pages the output; left out");
                    yield List.of();
                }
                default -> throw new UntranslatableException("no translation for '| " + s.shown()
                        + "' (findstr and grep are read)");
            };
            Set<Kind> kinds = EnumSet.noneOf(Kind.class);
            Set<Integer> ports = new HashSet<>();
            Set<TcpState> states = new HashSet<>();
            Set<Long> pids = new HashSet<>();
            Set<String> programs = new HashSet<>();
            Set<Term> stageProtocols = EnumSet.noneOf(Term.class);
            for (String word : words) {
                String u = word.toUpperCase(Locale.ROOT).replace('-', '_');
                if (word.matches(":[0-9]{1,5}") && Integer.parseInt(word.substring(1)) <= 65535) {
                    kinds.add(Kind.PORT);
                    ports.add(Integer.parseInt(word.substring(1)));
                } else if (STATES.containsKey(u) && STATES.get(u) == TcpState.LISTEN) {
                    kinds.add(Kind.LISTENING);
                } else if (STATES.containsKey(u)) {
                    kinds.add(Kind.STATE);
                    states.add(STATES.get(u));
                } else if (u.equals("TCP") || u.equals("UDP")) {
                    kinds.add(Kind.PROTOCOL);
                    stageProtocols.add(u.equals("TCP") ? Term.TCP : Term.UDP);
                } else if (word.matches("[0-9]{1,10}") && r.has(Term.PIDS)) {
                    kinds.add(Kind.PID);
                    pids.add(Long.parseLong(word));
                    remarks.add(s.program() + " matches " + word + " anywhere in a row; read as the process id "
                            + "(--port " + word + " for the port)");
                } else if (word.matches("[A-Za-z][A-Za-z0-9._-]*") && r.has(Term.PROGRAMS)) {
                    kinds.add(Kind.PROGRAM);
                    programs.add(word);
                    remarks.add(s.program() + " matches '" + word + "' anywhere in a row; read as the program name");
                } else {
                    throw new UntranslatableException(s.program() + " keeps the rows holding '" + word
                            + "' anywhere; netstatx filters by port (:443), state, protocol, process id or program"
                            + (r.has(Term.PIDS) || r.has(Term.PROGRAMS) ? "" : " (names and ids only when the "
                            + "listing shows owners)"));
                }
            }
            boolean listenersIdiom = kinds.equals(EnumSet.of(Kind.LISTENING, Kind.PROTOCOL))
                    && stageProtocols.equals(EnumSet.of(Term.UDP));
            if (kinds.size() > 1 && !listenersIdiom) {
                throw new UntranslatableException(s.program() + " keeps rows matching any of " + words
                        + "; netstatx's filters of different kinds must all match");
            }
            if (listenersIdiom) {
                // "LISTENING UDP": netstat.exe's way of saying listeners, as net-tools -l lists them
                listening = true;
                continue;
            }
            if (kinds.contains(Kind.LISTENING)) {
                // The word is in TCP (and UNIX) rows only: UDP rows have no state to match.
                listening = true;
                stageProtocols.addAll(EnumSet.of(Term.TCP, Term.SCTP, Term.UNIX));
            }
            if (!stageProtocols.isEmpty()) {
                if (!protocols.isEmpty()) {
                    stageProtocols.retainAll(protocols);
                }
                protocols = stageProtocols;
            }
            n = n.and(new Narrowing(ports, Set.of(), Set.of(), states, pids, programs));
            if (!ports.isEmpty()) {
                remarks.add(s.program() + " :" + ports.iterator().next() + " also keeps longer ports (:"
                        + ports.iterator().next() + "0) and addresses that hold the text; --port is exact");
            }
        }
        return new Kept(n, listening, protocols, remarks);
    }

    /** findstr's search words: its string split at blanks, or each {@code /c:} string whole. */
    private static List<String> findstrWords(PastedCommand.Stage s) throws UntranslatableException {
        List<String> words = new ArrayList<>();
        boolean searchSeen = false;
        for (String a : s.args()) {
            String lower = a.toLowerCase(Locale.ROOT);
            if (lower.startsWith("/c:")) {
                words.add(a.substring(3).strip());
                searchSeen = true;
            } else if (lower.equals("/v")) {
                throw new UntranslatableException("findstr /v keeps the rows that do not match; netstatx has no "
                        + "translation for that");
            } else if (a.startsWith("/") && a.length() > 1) {
                // /i, /l, /r, /b, /e, /n: how to match, not what
                continue;
            } else if (searchSeen) {
                throw new UntranslatableException("findstr would search the file '" + a + "', not the listing");
            } else {
                for (String w : a.strip().split("\\s+")) {
                    if (!w.isEmpty()) {
                        words.add(w);
                    }
                }
                searchSeen = true;
            }
        }
        if (words.isEmpty()) {
            throw new UntranslatableException("findstr without a search string");
        }
        return words;
    }

    /** grep's pattern, split into alternatives at {@code |} ({@code -E}, egrep) or {@code \|} (basic). */
    private static List<String> grepWords(PastedCommand.Stage s) throws UntranslatableException {
        boolean extended = s.program().equals("egrep");
        List<String> patterns = new ArrayList<>();
        List<String> args = s.args();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-e") && i + 1 < args.size()) {
                patterns.add(args.get(++i));
            } else if (a.startsWith("--")) {
                continue;
            } else if (a.startsWith("-") && a.length() > 1) {
                if (a.contains("v")) {
                    throw new UntranslatableException("grep -v keeps the rows that do not match; netstatx has no "
                            + "translation for that");
                }
                extended |= a.contains("E");
            } else if (patterns.isEmpty()) {
                patterns.add(a);
            } else {
                throw new UntranslatableException("grep would search the file '" + a + "', not the listing");
            }
        }
        if (patterns.isEmpty()) {
            throw new UntranslatableException("grep without a pattern");
        }
        List<String> words = new ArrayList<>();
        for (String p : patterns) {
            for (String w : p.split(extended ? "\\|" : "\\\\\\|")) {
                if (!w.strip().isEmpty()) {
                    words.add(w.strip());
                }
            }
        }
        return words;
    }
}
