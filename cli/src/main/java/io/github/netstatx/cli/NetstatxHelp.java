package io.github.netstatx.cli;

import io.github.netstatx.cli.options.AdditionsHelp;
import java.util.ArrayList;
import java.util.List;

/**
 * What netstatx adds to both dialects, printed by {@code --help} after the dialect's own usage text.
 * The options come from the one options table; the README says the same in more words.
 */
public final class NetstatxHelp {

    /** The lines, without line terminators. */
    public static final List<String> LINES = lines();

    private static List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("netstatx adds these options to every dialect:");
        lines.addAll(AdditionsHelp.bothDialectsLines());
        lines.addAll(List.of(
                "",
                "How the dialect is chosen (first match wins):",
                "  1. --dialect linux|windows|aix|macos",
                "  2. the NETSTATX_DIALECT environment variable (linux, windows, aix or macos)",
                "  3. an option written with a leading / (/ano, /?) selects windows",
                "  4. the host OS: Windows selects windows, AIX selects aix, macOS selects macos, any other OS linux",
                "The choice never changes what an option means: with the linux dialect -ano keeps the",
                "net-tools meaning (all, numeric, timers); with the windows dialect it is netstat.exe's",
                "(all, numeric, owning PID).",
                "",
                "When the arguments look like a habit from the other dialect, one hint line on stderr,",
                "before the output, names the other spelling. Hints appear whenever stderr is a terminal,",
                "also when stdout is piped (netstatx -ano | findstr :443);",
                "NETSTATX_HINTS=always shows them anyway, NETSTATX_HINTS=never turns them off."));
        return List.copyOf(lines);
    }

    private NetstatxHelp() {
    }
}
