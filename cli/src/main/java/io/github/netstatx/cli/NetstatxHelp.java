package io.github.netstatx.cli;

import java.util.List;

/**
 * What netstatx adds to both dialects, printed by {@code --help} after the dialect's own usage text.
 * The README says the same in more words.
 */
public final class NetstatxHelp {

    /** The lines, without line terminators. */
    public static final List<String> LINES = List.of(
            "netstatx adds these options to every dialect:",
            "  --dialect linux|windows|aix  read the options as net-tools netstat (linux), netstat.exe",
            "                           (windows) or AIX netstat (aix)",
            "  --backend ID             use this backend instead of the best available one",
            "  --list-backends          list every backend, whether it can run here, and why",
            "  --fs-root PATH           read the Linux sources under PATH instead of /",
            "  --translate ARGS...      show what ARGS mean in the other dialect and in ss terms",
            "  --format FORMAT          table (default), json (--json), jc (the records of",
            "                           'netstat -W ARGS | jc --netstat', linux dialect) or prometheus",
            "                           (fixed metrics for node_exporter's textfile collector)",
            "  --facts[=ansible]        print the TCP/UDP listeners as facts for Ansible, Facter, Ohai",
            "  --output FILE            write to FILE instead of stdout, replacing it atomically",
            "                           after each sample",
            "  --aix-owners MODE        AIX owners: read-only (default: lsof as root), none, or rmsock,",
            "                           which ABORTS sockets no process holds; netstatx gives it only",
            "                           LISTEN, ESTABLISHED and CLOSE_WAIT sockets (see README)",
            "",
            "How the dialect is chosen (first match wins):",
            "  1. --dialect linux|windows|aix",
            "  2. the NETSTATX_DIALECT environment variable (linux, windows or aix)",
            "  3. an option written with a leading / (/ano, /?) selects windows",
            "  4. the host OS: Windows selects windows, AIX selects aix, every other OS selects linux",
            "The choice never changes what an option means: with the linux dialect -ano keeps the",
            "net-tools meaning (all, numeric, timers); with the windows dialect it is netstat.exe's",
            "(all, numeric, owning PID).",
            "",
            "When the arguments look like a habit from the other dialect, one hint line on stderr",
            "names the other spelling. Hints appear only when stderr is a terminal;",
            "NETSTATX_HINTS=always shows them anyway, NETSTATX_HINTS=never turns them off.");

    private NetstatxHelp() {
    }
}
