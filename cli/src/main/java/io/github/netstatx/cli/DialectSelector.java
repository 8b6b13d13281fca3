package io.github.netstatx.cli;

import io.github.netstatx.core.model.OsFamily;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which dialect reads the command line. First match wins:
 * <ol>
 *   <li>{@code --dialect linux|windows|aix|macos};</li>
 *   <li>the {@code NETSTATX_DIALECT} environment variable;</li>
 *   <li>an option written with a leading {@code /} ({@code /ano}, {@code /?}) selects windows;</li>
 *   <li>the host OS: Windows selects windows, AIX selects aix, macOS selects macos, every other OS selects linux.</li>
 * </ol>
 * The choice never changes what an option means inside a dialect.
 */
public final class DialectSelector {

    /** An unknown dialect name. */
    public static final class UnknownDialectException extends Exception {
        public UnknownDialectException(String message) {
            super(message);
        }
    }

    public static final String ENV = "NETSTATX_DIALECT";

    private DialectSelector() {
    }

    /**
     * @param hostOs the family of the OS netstatx runs on; absent when it is none netstatx knows
     */
    public static DialectId select(Optional<String> flag, Map<String, String> env, List<String> args,
            Optional<OsFamily> hostOs) throws UnknownDialectException {
        if (flag.isPresent()) {
            return checked(flag.get(), "--dialect");
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return checked(fromEnv, ENV);
        }
        for (String a : args) {
            if (a.startsWith("/") && a.length() > 1 && !a.substring(1).contains("/")) {
                return DialectId.WINDOWS;
            }
        }
        OsFamily os = hostOs.orElse(null);
        if (os == OsFamily.AIX) {
            return DialectId.AIX;
        }
        if (os == OsFamily.MACOS) {
            return DialectId.MACOS;
        }
        return os == OsFamily.WINDOWS ? DialectId.WINDOWS : DialectId.LINUX;
    }

    private static DialectId checked(String value, String where) throws UnknownDialectException {
        Optional<DialectId> id = DialectId.fromWord(value);
        if (id.isPresent()) {
            return id.get();
        }
        throw new UnknownDialectException("unknown dialect '" + value + "' in " + where
                + " (expected " + DialectId.words() + ")");
    }
}
