package io.github.netstatx.cli;

/** Exit statuses netstatx uses, in one place. Dialect-specific codes follow the native tool. */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** Bad use of a netstatx option (not a dialect option). */
    public static final int USAGE = 2;
    /** A requested feature or family is not supported here (net-tools uses 1). */
    public static final int FAILURE = 1;
    /** Bad options in the Linux dialect (net-tools {@code E_OPTERR}). */
    public static final int NET_TOOLS_USAGE = 3;
    /**
     * netstat.exe's usage text ({@code /?}, bad options). The reference has no capture of the real exit
     * code; 1 is what the ReactOS re-implementation returns and what batch files test with
     * {@code if errorlevel 1}.
     */
    public static final int WINDOWS_USAGE = 1;
    /** No backend can run on this host. */
    public static final int NO_BACKEND = 4;
    /** Ended by Ctrl+C (128 + SIGINT), as a shell reports a process killed by it. */
    public static final int INTERRUPTED = 130;
    /** Ended by SIGTERM (128 + 15), as {@code timeout} and service managers expect of a stopped process. */
    public static final int TERMINATED = 143;
    /** The reader of stdout went away (128 + SIGPIPE), as for a native tool killed by SIGPIPE. */
    public static final int BROKEN_PIPE = 141;

    private ExitCodes() {
    }
}
