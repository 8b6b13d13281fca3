package io.github.netstatx.cli.linux;

import io.github.netstatx.cli.linux.GetoptLong.ArgumentKind;
import io.github.netstatx.cli.linux.GetoptLong.LongOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line of net-tools netstat 2.10: its option string, its long-option table, what each
 * option does the moment getopt returns it (some end the run at once: {@code -V}, {@code -h},
 * {@code -Z}, a bad {@code -A} list), and the mode rules applied after the last option.
 *
 * <p>One netstatx extension: when the last word of the command line is a non-option word made of
 * digits N &ge; 1, the listing repeats every N seconds (net-tools ignores every non-option word).
 */
public final class NetToolsCommandLine {

    /** The program name glibc and net-tools put in front of their messages. */
    static final String PROGRAM = "netstat";
    /** net-tools 2.10's option string plus {@code I:}, the netstatx {@code -I IFACE} extension. */
    static final String SHORT_OPTIONS = "A:CFMacdeghilnNoprsStuUvVWw2fx64?ZI:";
    /** net-tools' {@code AFTRANS_CNT}: one less than the family entries of the table (hence the --tcpip quirk). */
    private static final int FAMILY_ENTRIES_HANDLED = 12;
    private static final int FAMILY_OPTION = 1;
    /** net-tools keeps the family list in a 256-byte buffer. */
    private static final int FAMILY_LIST_CAPACITY = 256;
    /** net-tools' {@code aftrans_opt} buffer, less its terminating NUL. */
    private static final int FAMILY_ARGUMENT_BYTES = 255;

    static final List<LongOption> LONG_OPTIONS = List.of(
            family("ax25"), family("x25"), family("ip"), family("ipx"), family("appletalk"), family("netrom"),
            family("inet"), family("inet6"), family("ddp"), family("rose"), family("unix"), family("bluetooth"),
            family("tcpip"),
            flag("version", 'V'), new LongOption("interfaces", ArgumentKind.OPTIONAL, 'i'), flag("help", 'h'),
            flag("route", 'r'),
            flag("masquerade", 'M'), new LongOption("protocol", ArgumentKind.REQUIRED, 'A'), flag("tcp", 't'),
            flag("sctp", 'S'), flag("udp", 'u'), flag("udplite", 'U'), flag("raw", 'w'), flag("unix", 'x'),
            flag("l2cap", '2'), flag("rfcomm", 'f'), flag("listening", 'l'), flag("all", 'a'), flag("timers", 'o'),
            flag("continuous", 'c'), flag("extend", 'e'), flag("programs", 'p'), flag("verbose", 'v'),
            flag("statistics", 's'), flag("wide", 'W'), flag("numeric", 'n'), flag("numeric-hosts", '!'),
            flag("numeric-ports", '@'), flag("numeric-users", '#'), flag("symbolic", 'N'), flag("cache", 'C'),
            flag("fib", 'F'), flag("groups", 'g'), flag("context", 'Z'));

    /** How a command line ends. Every outcome first prints its {@code warnings} on stderr. */
    public sealed interface Outcome permits Run, Help, Version, BadUsage, Failure {
        List<String> warnings();
    }

    /** Run the mode the options describe. */
    public record Run(NetToolsOptions options, List<String> warnings) implements Outcome {
    }

    /** {@code -h}: usage on stdout, status 0. */
    public record Help(List<String> warnings) implements Outcome {
    }

    /** {@code -V}: version on stdout, status 0. */
    public record Version(List<String> warnings) implements Outcome {
    }

    /** A bad option or combination: {@code message} (when not null), then the usage on stderr, status 3. */
    public record BadUsage(String message, List<String> warnings) implements Outcome {
    }

    /** The run ends with these lines on stderr and this status. */
    public record Failure(List<String> warnings, int status) implements Outcome {
    }

    private NetToolsCommandLine() {
    }

    /**
     * Reads a command line.
     *
     * @param args the words after the program name
     * @param env the environment ({@code POSIXLY_CORRECT} stops option parsing at the first non-option word)
     */
    public static Outcome parse(List<String> args, Map<String, String> env) {
        GetoptLong getopt = new GetoptLong(PROGRAM, SHORT_OPTIONS, LONG_OPTIONS, args,
                env.containsKey("POSIXLY_CORRECT"));
        Flags f = new Flags();
        for (GetoptLong.Event e = getopt.next(); e != null; e = getopt.next()) {
            Outcome end = act(e, f);
            if (end != null) {
                return end;
            }
        }
        if (f.interfaces + f.route + f.masquerade + f.statistics > 1) {
            return new BadUsage(null, f.warnings());
        }
        return new Run(f.options(delay(getopt.trailingOperand())), f.warnings());
    }

    private static Outcome act(GetoptLong.Event e, Flags f) {
        if (e instanceof GetoptLong.Error err) {
            return new BadUsage(err.message(), f.warnings());
        }
        if (e instanceof GetoptLong.LongMatch m) {
            return m.option().value() == FAMILY_OPTION
                    ? familyOption(m, f) : apply((char) m.option().value(), m.argument(), f);
        }
        GetoptLong.ShortOption s = (GetoptLong.ShortOption) e;
        return apply(s.option(), s.argument(), f);
    }

    private static Outcome familyOption(GetoptLong.LongMatch m, Flags f) {
        if (m.index() >= FAMILY_ENTRIES_HANDLED) {
            f.warnings.add("netstat.c: Internal Error `longopts 1 range'.");
            return null;
        }
        return families(m.option().name(), f);
    }

    /** One option as net-tools' {@code switch} handles it; a non-null result ends the run. */
    private static Outcome apply(char option, String argument, Flags f) {
        switch (option) {
            case 'A' -> { return families(argument, f); }
            case 'i', 'I' -> {
                // -I IFACE and --interfaces=IFACE (older net-tools) name one interface; 1.60 allowed "-I=eth0"
                f.interfaces++;
                if (argument != null) {
                    f.interfaceName = argument.startsWith("=") ? argument.substring(1) : argument;
                }
                return null;
            }
            case 'x' -> { return families("unix", f); }
            case '4' -> { return families("inet", f); }
            case '6' -> { return families("inet6", f); }
            case 'V' -> { return new Version(f.warnings()); }
            case 'h' -> { return new Help(f.warnings()); }
            case '?' -> { return new BadUsage(null, f.warnings()); }
            case 'Z' -> {
                // netstatx has no security contexts, as a netstat on a host without SELinux.
                f.warnings.add("SELinux is not enabled on this machine.");
                return new Failure(f.warnings(), 1);
            }
            default -> applyFlag(option, f);
        }
        return null;
    }

    private static void applyFlag(char option, Flags f) {
        switch (option) {
            case 'M' -> f.masquerade++;
            case 'a' -> f.all = true;
            case 'l' -> f.listening = true;
            case 'c' -> f.continuous++;
            case 'g' -> f.sections.add(NetToolsSection.GROUPS);
            case 'e' -> f.extend++;
            case 'p' -> f.programs = true;
            case 'W' -> f.wide = true;
            case 'n' -> f.numericHosts = f.numericPorts = f.numericUsers = true;
            case '!' -> f.numericHosts = true;
            case '@' -> f.numericPorts = true;
            case '#' -> f.numericUsers = true;
            case 'N' -> f.symbolic = true;
            case 'C' -> f.routeCache = true;
            case 'F' -> f.routeFib = true;
            case 'o' -> f.timers = true;
            case 'v' -> f.verbose = true;
            case 'r' -> f.route++;
            case 't' -> f.sections.add(NetToolsSection.TCP);
            case 'S' -> f.sections.add(NetToolsSection.SCTP);
            case 'u' -> f.sections.add(NetToolsSection.UDP);
            case 'U' -> f.sections.add(NetToolsSection.UDPLITE);
            case 'w' -> f.sections.add(NetToolsSection.RAW);
            case '2' -> f.sections.add(NetToolsSection.L2CAP);
            case 'f' -> f.sections.add(NetToolsSection.RFCOMM);
            case 's' -> f.statistics++;
            default -> {
                // -d: accepted, no effect.
            }
        }
    }

    /**
     * net-tools {@code aftrans_opt}: a comma list of family names; an unknown one ends the run with 1. net-tools
     * first copies the list into a 256-byte buffer, so only its first 255 bytes count: a longer list is cut
     * there, usually into an empty or partial last name ({@code Unknown address family `'.}).
     */
    private static Outcome families(String argument, Flags f) {
        String list = firstBytes(argument, FAMILY_ARGUMENT_BYTES);
        int start = 0;
        while (true) {
            int comma = list.indexOf(',', start);
            String word = comma < 0 ? list.substring(start) : list.substring(start, comma);
            NetToolsFamily family = NetToolsFamily.byAlias(word);
            if (family == null) {
                f.warnings.add("Unknown address family `" + word + "'.");
                return new Failure(f.warnings(), 1);
            }
            if (family.afName().length() + f.afName.length() + 1 >= FAMILY_LIST_CAPACITY) {
                f.warnings.add("Too much address family arguments.");
                return null;
            }
            f.families.add(family);
            if (f.afName.length() > 0) {
                f.afName.append(',');
            }
            f.afName.append(family.afName());
            if (comma < 0) {
                return null;
            }
            start = comma + 1;
        }
    }

    /** The longest prefix of {@code s} whose UTF-8 form has at most {@code max} bytes. */
    private static String firstBytes(String s, int max) {
        if (s.length() * 3 <= max) {
            return s;
        }
        int bytes = 0;
        for (int i = 0; i < s.length(); i = s.offsetByCodePoints(i, 1)) {
            int cp = s.codePointAt(i);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes > max) {
                return s.substring(0, i);
            }
        }
        return s;
    }

    private static Duration delay(String trailing) {
        long seconds = positiveNumber(trailing);
        return seconds > 0 ? Duration.ofSeconds(seconds) : null;
    }

    /** The value of a word of 1 to 9 digits, or 0 when it is not one. */
    private static long positiveNumber(String word) {
        if (word == null || word.isEmpty() || word.length() > 9) {
            return 0;
        }
        long v = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < '0' || c > '9') {
                return 0;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static LongOption family(String name) {
        return new LongOption(name, ArgumentKind.NONE, FAMILY_OPTION);
    }

    private static LongOption flag(String name, char value) {
        return new LongOption(name, ArgumentKind.NONE, value);
    }

    /** net-tools' global flags while the options are read. */
    private static final class Flags {
        final List<String> warnings = new ArrayList<>();
        final Set<NetToolsSection> sections = EnumSet.noneOf(NetToolsSection.class);
        final Set<NetToolsFamily> families = EnumSet.noneOf(NetToolsFamily.class);
        final StringBuilder afName = new StringBuilder();
        int interfaces;
        int route;
        int masquerade;
        int statistics;
        int continuous;
        int extend;
        boolean all;
        boolean listening;
        boolean programs;
        boolean wide;
        boolean numericHosts;
        boolean numericPorts;
        boolean numericUsers;
        boolean symbolic;
        boolean routeCache;
        boolean routeFib;
        boolean timers;
        boolean verbose;
        String interfaceName;

        List<String> warnings() {
            return List.copyOf(warnings);
        }

        /** The mode rules of {@code main} after the option loop, in net-tools' order. */
        NetToolsOptions options(Duration delay) {
            Set<NetToolsSection> inetProtocols = EnumSet.of(NetToolsSection.TCP, NetToolsSection.SCTP,
                    NetToolsSection.UDP, NetToolsSection.UDPLITE, NetToolsSection.RAW);
            boolean inet = families.contains(NetToolsFamily.INET);
            boolean inet6 = families.contains(NetToolsFamily.INET6);
            boolean anyProtocol = sections.stream().anyMatch(inetProtocols::contains);
            boolean implicit = (inet || inet6 || statistics > 0) && !anyProtocol;
            if (implicit) {
                sections.addAll(inetProtocols);
            }
            if ((anyProtocol || implicit || sections.contains(NetToolsSection.GROUPS)) && !(inet || inet6)) {
                inet = inet6 = true;
            }
            if (families.contains(NetToolsFamily.BLUETOOTH) && !sections.contains(NetToolsSection.L2CAP)
                    && !sections.contains(NetToolsSection.RFCOMM)) {
                sections.add(NetToolsSection.L2CAP);
                sections.add(NetToolsSection.RFCOMM);
            }
            addFamilySections();
            return new NetToolsOptions(mode(), sections, inet, inet6, implicit, families, afName.toString(), all,
                    listening, numericHosts, numericPorts, numericUsers, symbolic, extend, programs, timers, wide,
                    verbose, routeCache, routeFib, continuous > 0, delay, interfaceName);
        }

        private void addFamilySections() {
            for (NetToolsFamily fam : families) {
                switch (fam) {
                    case UNIX -> sections.add(NetToolsSection.UNIX);
                    case IPX -> sections.add(NetToolsSection.IPX);
                    case AX25 -> sections.add(NetToolsSection.AX25);
                    case X25 -> sections.add(NetToolsSection.X25);
                    case NETROM -> sections.add(NetToolsSection.NETROM);
                    case ROSE -> sections.add(NetToolsSection.ROSE);
                    default -> {
                        // inet/inet6 choose tables, not sections; ddp, econet, ash have no socket table.
                    }
                }
            }
        }

        /** The checks of {@code main} in its order: -M, -s, -r, -i, else sockets. */
        private NetToolsMode mode() {
            if (masquerade > 0) {
                return NetToolsMode.MASQUERADE;
            }
            if (statistics > 0) {
                return NetToolsMode.STATISTICS;
            }
            if (route > 0) {
                return NetToolsMode.ROUTES;
            }
            return interfaces > 0 ? NetToolsMode.INTERFACES : NetToolsMode.SOCKETS;
        }
    }
}
