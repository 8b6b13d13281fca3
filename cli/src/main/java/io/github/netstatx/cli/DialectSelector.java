package io.github.netstatx.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which dialect reads the command line. First match wins:
 * <ol>
 *   <li>{@code --dialect linux|windows|macos};</li>
 *   <li>the {@code NETSTATX_DIALECT} environment variable;</li>
 *   <li>an option written with a leading {@code /} ({@code /ano}, {@code /?}) selects windows;</li>
 *   <li>the host OS: Windows selects windows, macOS selects macos, every other OS selects linux.</li>
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

    public static String select(Optional<String> flag, Map<String, String> env, List<String> args, String osName)
            throws UnknownDialectException {
        if (flag.isPresent()) {
            return checked(flag.get(), "--dialect");
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return checked(fromEnv, ENV);
        }
        for (String a : args) {
            if (a.startsWith("/") && a.length() > 1 && !a.substring(1).contains("/")) {
                return "windows";
            }
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return "windows";
        }
        return os.startsWith("mac") ? "macos" : "linux";
    }

    private static String checked(String value, String where) throws UnknownDialectException {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("linux") || v.equals("windows") || v.equals("macos")) {
            return v;
        }
        throw new UnknownDialectException("unknown dialect '" + value + "' in " + where
                + " (expected linux, windows or macos)");
    }
}
