package io.github.netstatx.cli.translate;

import io.github.netstatx.cli.windows.WindowsFlag;
import io.github.netstatx.cli.windows.WindowsGrammar;
import io.github.netstatx.cli.windows.WindowsOptions;
import io.github.netstatx.cli.windows.WindowsProtocol;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Protocol;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a netstat.exe command line (with the dialect's own grammar) as {@link Term}s. */
public final class WindowsReading {

    /** What each flag asks for; {@code -a}, {@code -q} and {@code -p} also change the protocols (below). */
    private static final Map<WindowsFlag, Set<Term>> FLAGS = new EnumMap<>(Map.ofEntries(
            Map.entry(WindowsFlag.ALL, EnumSet.of(Term.ALL)),
            Map.entry(WindowsFlag.BOUND, EnumSet.of(Term.ALL, Term.BOUND)),
            Map.entry(WindowsFlag.EXECUTABLES, EnumSet.of(Term.PROGRAMS, Term.COMPONENTS)),
            Map.entry(WindowsFlag.ETHERNET_STATISTICS, EnumSet.of(Term.INTERFACES)),
            Map.entry(WindowsFlag.FQDN, EnumSet.of(Term.FULL_NAMES)),
            Map.entry(WindowsFlag.TIME_IN_STATE, EnumSet.of(Term.TIME_IN_STATE)),
            Map.entry(WindowsFlag.NUMERIC, EnumSet.of(Term.NUMERIC)),
            Map.entry(WindowsFlag.PIDS, EnumSet.of(Term.PIDS)),
            // -r prints what 'route print' prints: addresses as numbers, never names
            Map.entry(WindowsFlag.ROUTES, EnumSet.of(Term.ROUTES, Term.NUMERIC)),
            Map.entry(WindowsFlag.STATISTICS, EnumSet.of(Term.STATISTICS)),
            Map.entry(WindowsFlag.OFFLOAD_STATE, EnumSet.of(Term.OFFLOAD)),
            Map.entry(WindowsFlag.NETWORK_DIRECT, EnumSet.of(Term.NETWORK_DIRECT)),
            Map.entry(WindowsFlag.TEMPLATE, EnumSet.of(Term.TEMPLATE))));

    private WindowsReading() {
    }

    public static Request read(List<String> args) throws UntranslatableException {
        WindowsGrammar.Parsed parsed = WindowsGrammar.parse(args);
        if (!(parsed instanceof WindowsGrammar.Listing listing)) {
            String why = parsed instanceof WindowsGrammar.Usage u ? u.reason() : "--help";
            throw new UntranslatableException("netstat.exe would print its usage text for this (" + why + ")");
        }
        WindowsOptions o = listing.options();
        EnumSet<Term> terms = EnumSet.noneOf(Term.class);
        List<String> remarks = new ArrayList<>();
        for (WindowsFlag f : o.flags()) {
            terms.addAll(FLAGS.get(f));
        }
        boolean connections = terms.stream().noneMatch(Request.VIEWS::contains);
        if (connections) {
            terms.add(Term.TCP);
            if (o.listsAll()) {
                terms.add(Term.UDP);
            }
            if (!o.has(WindowsFlag.NUMERIC) && !o.has(WindowsFlag.FQDN)) {
                remarks.add("netstat.exe shows only the first label of a foreign host name (-f: the whole name); "
                        + "the Linux tools show whole names");
            }
        }
        if (o.protocol().isPresent()) {
            WindowsProtocol p = o.protocol().get();
            terms.removeAll(Request.PROTOCOLS);
            if (p.transport() != null) {
                terms.add(p.transport() == Protocol.TCP ? Term.TCP : Term.UDP);
            } else {
                remarks.add("-p " + p.spelling() + " narrows -s to the " + p.spelling()
                        + " group; net-tools -s prints every group (nstat -az can narrow by name)");
            }
            terms.add(p.family() == AddressFamily.IPV4 ? Term.IPV4_ONLY : Term.IPV6_ONLY);
            if (p.transport() == Protocol.UDP && !o.listsAll()
                    && !o.has(WindowsFlag.STATISTICS)) {
                remarks.add("netstat.exe lists UDP endpoints only with -a, so this prints the header and no rows");
            }
        }
        Integer interval = null;
        if (o.interval().isPresent()) {
            terms.add(Term.INTERVAL);
            interval = (int) o.interval().get().toSeconds();
        }
        return new Request(terms, interval, remarks);
    }
}
