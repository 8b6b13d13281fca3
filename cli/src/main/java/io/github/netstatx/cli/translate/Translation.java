package io.github.netstatx.cli.translate;

import io.github.netstatx.cli.DialectId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code netstatx --translate ARGS}: what the arguments mean in the dialect they were read in, and
 * how to say the same with the other dialect's netstat and with iproute2.
 */
public final class Translation {

    private Translation() {
    }

    /**
     * The lines to print for {@code args} read in {@code dialect}.
     * Arguments that are not a valid command line of that dialect are said to be so, together with
     * their reading in the other dialect when they are valid there. A pasted command may name its tool
     * ({@code netstat.exe}, {@code ss}) and pipe into {@code findstr} or {@code grep}
     * ({@link PastedCommand}); netstat.exe's name or a findstr reads the options as netstat.exe's.
     */
    public static List<String> explain(DialectId dialect, List<String> args) {
        PastedCommand pasted;
        try {
            pasted = PastedCommand.parse(args);
        } catch (UntranslatableException e) {
            return List.of(String.join(" ", args) + ": " + e.getMessage());
        }
        NetstatxWriting.Reading reading = pasted.tool() == PastedCommand.Tool.SS ? NetstatxWriting.Reading.SS
                : pasted.windowsSigns() || (dialect == DialectId.WINDOWS && pasted.tool() != PastedCommand.Tool.NETSTAT)
                ? NetstatxWriting.Reading.WINDOWS
                : dialect == DialectId.MACOS && pasted.tool() == PastedCommand.Tool.NONE ? null
                : NetstatxWriting.Reading.NET_TOOLS;
        if (reading == null) {
            // Apple's grammar has no reader in the translation table yet: say so instead of misreading it
            return List.of("Apple netstat" + (args.isEmpty() ? "" : " " + String.join(" ", args))
                    + ": --translate does not read Apple netstat options yet; run 'netstatx --translate --dialect "
                    + "linux ...' or '--dialect windows ...' with those options");
        }
        String tool = switch (reading) {
            case WINDOWS -> "netstat.exe";
            case SS -> "ss";
            case NET_TOOLS -> "net-tools netstat";
        };
        List<String> opts = pasted.args();
        StringBuilder shown = new StringBuilder(tool + (opts.isEmpty() ? "" : " " + String.join(" ", opts)));
        for (PastedCommand.Stage st : pasted.stages()) {
            shown.append(" | ").append(st.shown());
        }
        List<String> lines = new ArrayList<>();
        try {
            Request r = switch (reading) {
                case WINDOWS -> WindowsReading.read(opts);
                case SS -> SsReading.read(opts);
                case NET_TOOLS -> NetToolsReading.read(opts);
            };
            boolean pipeListening = false;
            if (!pasted.stages().isEmpty()) {
                if (!r.views().isEmpty()) {
                    throw new UntranslatableException("findstr and grep are read for connection listings only");
                }
                PipeReading.Kept kept = PipeReading.read(pasted.stages(), r);
                r = narrowed(r, kept);
                pipeListening = kept.listening();
            }
            lines.add(shown + " means: " + describe(r));
            for (String remark : r.remarks()) {
                lines.add("  (" + remark + ")");
            }
            if (!pasted.stages().isEmpty() || reading == NetstatxWriting.Reading.SS) {
                section(lines, "netstatx:", NetstatxWriting.write(reading, opts, r, pipeListening));
            }
            if (reading != NetstatxWriting.Reading.NET_TOOLS) {
                section(lines, "net-tools:", NetToolsWriting.write(r));
            }
            if (reading != NetstatxWriting.Reading.WINDOWS) {
                section(lines, "netstat.exe:", WindowsWriting.write(r));
            }
            if (reading != NetstatxWriting.Reading.SS) {
                section(lines, "iproute2:", SsWriting.write(r));
            }
        } catch (UntranslatableException e) {
            lines.add(shown + ": " + e.getMessage());
        }
        boolean ambiguous = pasted.stages().isEmpty() && (pasted.tool() == PastedCommand.Tool.NONE
                || pasted.tool() == PastedCommand.Tool.NETSTATX);
        boolean windows = reading == NetstatxWriting.Reading.WINDOWS;
        boolean otherHabit = reading != NetstatxWriting.Reading.SS && ambiguous
                && (windows ? HabitHints.linuxHabit(opts) : HabitHints.windowsHabit(opts));
        if (otherHabit) {
            lines.add("If these are " + (windows ? "net-tools" : "netstat.exe") + " options: netstatx --translate "
                    + "--dialect " + (windows ? DialectId.LINUX : DialectId.WINDOWS).word() + " " + String.join(" ", opts));
        }
        return lines;
    }

    /** The request with what the pipeline keeps: listeners instead of everything, fewer protocols, filters. */
    private static Request narrowed(Request r, PipeReading.Kept kept) throws UntranslatableException {
        java.util.EnumSet<Term> terms = java.util.EnumSet.noneOf(Term.class);
        terms.addAll(r.terms());
        if (kept.listening()) {
            terms.remove(Term.ALL);
            terms.add(Term.LISTENING);
        }
        if (!kept.protocols().isEmpty()) {
            java.util.EnumSet<Term> dropped = r.protocols();
            dropped.removeAll(kept.protocols());
            if (dropped.containsAll(r.protocols())) {
                throw new UntranslatableException("the filter keeps a protocol the listing does not show: no rows");
            }
            terms.removeAll(dropped);
        }
        return r.withTerms(terms).narrowedBy(kept.narrowing(), kept.remarks());
    }

    private static void section(List<String> lines, String label, Rendition r) {
        String pad = " ".repeat(14 - label.length());
        if (r.commands().isEmpty()) {
            lines.add("  " + label + pad + "(no equivalent)");
        }
        for (int i = 0; i < r.commands().size(); i++) {
            lines.add("  " + (i == 0 ? label + pad : " ".repeat(14)) + r.commands().get(i));
        }
        for (String n : r.notes()) {
            lines.add("  " + " ".repeat(14) + "- " + n);
        }
    }

    /** The request in words: what is listed, then how. */
    static String describe(Request r) {
        List<String> parts = new ArrayList<>();
        EnumSet<Term> views = r.views();
        for (Term v : views) {
            if (v == Term.INTERFACES && r.has(Term.INTERFACE_DETAILS)) {
                parts.add(Term.INTERFACE_DETAILS.meaning());
                continue;
            }
            boolean narrowed = v == Term.STATISTICS && !r.protocols().isEmpty()
                    && !r.protocols().containsAll(EnumSet.of(Term.TCP, Term.UDP, Term.RAW));
            parts.add(v.meaning() + (narrowed ? " (" + protocols(r.protocols()).replace(" sockets", "") + ")" : ""));
        }
        if (views.isEmpty()) {
            parts.add(protocols(r.protocols()));
        }
        if (r.has(Term.IPV4_ONLY) || r.has(Term.IPV6_ONLY)) {
            parts.add(r.has(Term.IPV4_ONLY) ? "IPv4 only" : "IPv6 only");
        }
        if (views.isEmpty()) {
            parts.add(r.has(Term.ALL) ? Term.ALL.meaning() : r.has(Term.LISTENING) ? Term.LISTENING.meaning()
                    : "connections only (no listeners)");
            if (!r.has(Term.NUMERIC) && r.protocols().stream().anyMatch(t -> t != Term.UNIX)) {
                parts.add(r.has(Term.FULL_NAMES) ? "host and port names, whole" : "host and port names");
            }
        }
        for (Term t : Term.values()) {
            boolean shownAbove = Request.PROTOCOLS.contains(t) || Request.VIEWS.contains(t)
                    || EnumSet.of(Term.IPV4_ONLY, Term.IPV6_ONLY, Term.ALL, Term.LISTENING, Term.FULL_NAMES,
                            Term.INTERVAL, Term.INTERFACE_DETAILS).contains(t);
            if (r.has(t) && !shownAbove) {
                parts.add(t.meaning());
            }
        }
        Narrowing n = r.narrowing();
        if (!n.ports().isEmpty()) {
            parts.add(ports("port", n.ports()) + " at either end");
        }
        if (!n.localPorts().isEmpty()) {
            parts.add("local " + ports("port", n.localPorts()));
        }
        if (!n.remotePorts().isEmpty()) {
            parts.add("remote " + ports("port", n.remotePorts()));
        }
        if (!n.states().isEmpty()) {
            parts.add("state " + n.sortedStates().stream().map(Enum::name).collect(Collectors.joining(" or ")));
        }
        if (!n.pids().isEmpty()) {
            parts.add("process id " + n.sortedPids().stream().map(String::valueOf).collect(Collectors.joining(" or ")));
        }
        if (!n.programs().isEmpty()) {
            parts.add("program " + String.join(" or ", n.sortedPrograms()));
        }
        if (r.has(Term.INTERVAL)) {
            parts.add("repeated every " + r.interval() + (r.interval() == 1 ? " second" : " seconds"));
        }
        return String.join("; ", parts);
    }

    private static String ports(String word, Set<Integer> ports) {
        return word + (ports.size() == 1 ? " " : "s ")
                + Narrowing.sorted(ports).stream().map(String::valueOf).collect(Collectors.joining(" or "));
    }

    private static String protocols(Set<Term> protocols) {
        List<String> names = new ArrayList<>();
        for (Term t : protocols) {
            names.add(t.meaning().replace(" sockets", ""));
        }
        if (names.isEmpty()) {
            return "no sockets";
        }
        String last = names.remove(names.size() - 1);
        return (names.isEmpty() ? last : String.join(", ", names) + " and " + last) + " sockets";
    }

    /** The translation table itself, as {@code --translate} without arguments prints it. */
    public static List<String> table() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-32s %-28s %-20s %s", "what", "netstat.exe", "net-tools", "iproute2"));
        for (Term t : Term.values()) {
            lines.add(String.format("%-32s %-28s %-20s %s", t.meaning(), dash(t.windows()), dash(t.netTools()),
                    dash(t.ss())).stripTrailing());
            if (t.note() != null) {
                lines.add("    " + t.note());
            }
        }
        return lines;
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }
}
