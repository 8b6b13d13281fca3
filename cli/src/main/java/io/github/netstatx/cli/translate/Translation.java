package io.github.netstatx.cli.translate;

import io.github.netstatx.cli.DialectId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
     * their reading in the other dialect when they are valid there.
     */
    public static List<String> explain(DialectId dialect, List<String> args) {
        if (dialect == DialectId.MACOS) {
            // Apple's grammar has no reader in the translation table yet: say so instead of misreading it
            return List.of("Apple netstat" + (args.isEmpty() ? "" : " " + String.join(" ", args))
                    + ": --translate does not read Apple netstat options yet; run 'netstatx --translate --dialect "
                    + "linux ...' or '--dialect windows ...' with those options");
        }
        boolean windows = dialect == DialectId.WINDOWS;
        String tool = windows ? "netstat.exe" : "net-tools netstat";
        String shown = tool + (args.isEmpty() ? "" : " " + String.join(" ", args));
        List<String> lines = new ArrayList<>();
        try {
            Request r = windows ? WindowsReading.read(args) : NetToolsReading.read(args);
            lines.add(shown + " means: " + describe(r));
            for (String remark : r.remarks()) {
                lines.add("  (" + remark + ")");
            }
            if (windows) {
                section(lines, "net-tools:", NetToolsWriting.write(r));
            } else {
                section(lines, "netstat.exe:", WindowsWriting.write(r));
            }
            section(lines, "iproute2:", SsWriting.write(r));
        } catch (UntranslatableException e) {
            lines.add(shown + ": " + e.getMessage());
        }
        boolean otherHabit = windows ? HabitHints.linuxHabit(args) : HabitHints.windowsHabit(args);
        if (otherHabit) {
            lines.add("If these are " + (windows ? "net-tools" : "netstat.exe") + " options: netstatx --translate "
                    + "--dialect " + (windows ? DialectId.LINUX : DialectId.WINDOWS).word() + " " + String.join(" ", args));
        }
        return lines;
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
                            Term.INTERVAL).contains(t);
            if (r.has(t) && !shownAbove) {
                parts.add(t.meaning());
            }
        }
        if (r.has(Term.INTERVAL)) {
            parts.add("repeated every " + r.interval() + (r.interval() == 1 ? " second" : " seconds"));
        }
        return String.join("; ", parts);
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
