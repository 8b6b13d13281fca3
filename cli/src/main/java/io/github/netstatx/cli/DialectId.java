package io.github.netstatx.cli;

import java.util.Locale;
import java.util.Optional;

/**
 * The dialects netstatx speaks, named by the word {@code --dialect} and {@code NETSTATX_DIALECT} take.
 * A value is added together with its dialect, never ahead of it.
 */
public enum DialectId {
    /** net-tools netstat 2.10. */
    LINUX,
    /** Windows netstat.exe. */
    WINDOWS,
    /** AIX netstat. */
    AIX,
    /** Apple's netstat (network_cmds), the default on macOS. */
    MACOS;

    /**
     * The exit status of a bad command line in this dialect, as its native tool ends after its usage
     * text; netstatx's own options with a wrong value end with it too (a filter such as {@code --port x}).
     */
    public int usageStatus() {
        return switch (this) {
            case LINUX -> ExitCodes.NET_TOOLS_USAGE;
            case WINDOWS -> ExitCodes.WINDOWS_USAGE;
            case AIX -> ExitCodes.AIX_USAGE;
            // Apple's netstat calls usage(), which exits with 1
            case MACOS -> ExitCodes.FAILURE;
        };
    }

    /** The word users type: {@code linux}, {@code windows}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The dialect a typed word names, ignoring case and surrounding blanks. */
    public static Optional<DialectId> fromWord(String word) {
        String w = word.trim().toLowerCase(Locale.ROOT);
        for (DialectId d : values()) {
            if (d.word().equals(w)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** Every word, for messages: {@code linux or windows}, {@code linux, windows or macos}. */
    public static String words() {
        DialectId[] all = values();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < all.length; i++) {
            if (i > 0) {
                sb.append(i == all.length - 1 ? " or " : ", ");
            }
            sb.append(all[i].word());
        }
        return sb.toString();
    }
}
