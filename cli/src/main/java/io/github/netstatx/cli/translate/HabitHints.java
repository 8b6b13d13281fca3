package io.github.netstatx.cli.translate;

import io.github.netstatx.cli.DialectId;
import io.github.netstatx.cli.windows.WindowsProtocol;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises a habit from the other dialect in a command line and words a one-line hint naming that
 * dialect's spelling. Pure: whether a hint is shown at all is {@link #enabled}'s business.
 *
 * <p>Windows habits in a linux-dialect run: an option written with {@code /}; {@code -p} followed by a
 * netstat.exe protocol ({@code -p tcp}, {@code -anp udp}); {@code -e} on its own; a cluster of
 * netstat.exe letters holding {@code b}, {@code f}, {@code q} or {@code y} (which net-tools rejects or
 * reads as Bluetooth); a cluster of only {@code a n o b f q} holding {@code o} ({@code -ano},
 * {@code -no}), because net-tools users ask for timers together with a protocol or {@code -p}.
 * Linux habits in a windows-dialect run: a cluster of net-tools letters that netstat.exe rejects
 * ({@code -tulpn}, {@code -lt}), a trailing {@code p} with no protocol after it ({@code -antp}), and
 * long options ({@code --listening}).
 */
public final class HabitHints {

    /** {@code NETSTATX_HINTS}: {@code always}, {@code never}, or unset/{@code auto}. */
    public static final String ENV = "NETSTATX_HINTS";

    private static final String WINDOWS_LETTERS = "abefinopqrstxy";
    private static final String WINDOWS_ONLY = "bfqy";
    private static final String ANO_FAMILY = "anobfq";
    private static final String NET_TOOLS_LETTERS = "ACFMacdeghilnNoprsStuUvVWwx46Z";

    private HabitHints() {
    }

    /** Hints are shown when stderr is a terminal, unless {@code NETSTATX_HINTS} says always or never. */
    public static boolean enabled(Map<String, String> env, boolean stderrIsTerminal) {
        String v = env.getOrDefault(ENV, "auto").trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "always", "1", "yes", "on" -> true;
            case "never", "0", "no", "off" -> false;
            default -> stderrIsTerminal;
        };
    }

    /** The hint for a run of {@code dialect} with these arguments, or empty when they look native. */
    public static Optional<String> hint(DialectId dialect, List<String> args) {
        String shown = String.join(" ", args);
        if (dialect == DialectId.LINUX && windowsHabit(args)) {
            String same = otherSpelling(args, true);
            return Optional.of("netstatx: hint: '" + shown + "' is read as net-tools options; for netstat.exe's "
                    + "meaning run 'netstatx --dialect windows " + shown + "'"
                    + (same == null ? "" : " (in net-tools terms: " + same + ")"));
        }
        if (dialect == DialectId.WINDOWS && linuxHabit(args)) {
            String same = otherSpelling(args, false);
            return Optional.of("netstatx: hint: '" + shown + "' looks like net-tools options; run 'netstatx "
                    + "--dialect linux " + shown + "'" + (same == null ? "" : " (in netstat.exe terms: " + same + ")"));
        }
        return Optional.empty();
    }

    /** The first command of the other dialect meaning what the arguments mean there, or null. */
    private static String otherSpelling(List<String> args, boolean readAsWindows) {
        try {
            Rendition r = readAsWindows ? NetToolsWriting.write(WindowsReading.read(args))
                    : WindowsWriting.write(NetToolsReading.read(args));
            return r.commands().isEmpty() ? null : r.commands().get(0);
        } catch (UntranslatableException e) {
            return null;
        }
    }

    /** True when net-tools-dialect arguments look like netstat.exe habits. */
    public static boolean windowsHabit(List<String> args) {
        if (args.equals(List.of("-e"))) {
            return true;
        }
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.length() > 1 && a.charAt(0) == '/' && a.indexOf('/', 1) < 0) {
                return true;
            }
            if (!isCluster(a)) {
                continue;
            }
            String letters = a.substring(1);
            if (letters.endsWith("p") && i + 1 < args.size() && WindowsProtocol.parse(args.get(i + 1)) != null) {
                return true;
            }
            if (only(letters, WINDOWS_LETTERS) && any(letters, WINDOWS_ONLY)) {
                return true;
            }
            all.append(letters);
        }
        // -ano, -no, -a -n -o: timers without any protocol or -p is what netstat.exe users type for PIDs.
        return all.length() > 0 && only(all.toString(), ANO_FAMILY) && all.indexOf("o") >= 0;
    }

    /** True when netstat.exe-dialect arguments look like net-tools habits. */
    public static boolean linuxHabit(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--") && a.length() > 2 && !a.equalsIgnoreCase("--help")) {
                return true;
            }
            if (!isCluster(a) || !only(a.substring(1), NET_TOOLS_LETTERS)) {
                continue;
            }
            String letters = a.substring(1);
            boolean rejected = !only(letters.toLowerCase(Locale.ROOT), WINDOWS_LETTERS);
            boolean programs = letters.endsWith("p")
                    && (i + 1 >= args.size() || WindowsProtocol.parse(args.get(i + 1)) == null);
            if (rejected || programs) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCluster(String a) {
        return a.length() > 1 && a.charAt(0) == '-' && a.charAt(1) != '-';
    }

    private static boolean only(String letters, String allowed) {
        return letters.chars().allMatch(c -> allowed.indexOf(c) >= 0);
    }

    private static boolean any(String letters, String wanted) {
        return letters.chars().anyMatch(c -> wanted.indexOf(c) >= 0);
    }
}
