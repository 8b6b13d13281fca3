package io.github.netstatx.cli.names;

import io.github.netstatx.core.model.OsFamily;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the services database of the machine netstatx runs on lives. Port names are looked up where
 * the command runs (as {@code getservbyport} does), not on the observed host; {@link NameFiles} reads it.
 */
public final class ServicesDatabase {

    private ServicesDatabase() {
    }

    /** {@code %SystemRoot%\System32\drivers\etc\services} on Windows, {@code /etc/services} elsewhere. */
    public static Path location(Optional<OsFamily> hostOs, Map<String, String> env) {
        if (hostOs.orElse(null) == OsFamily.WINDOWS) {
            String root = env.getOrDefault("SystemRoot", "C:\\Windows");
            return Path.of(root, "System32", "drivers", "etc", "services");
        }
        return Path.of("/etc/services");
    }

    /** How a dialect gets the port names of the machine it runs on: from the environment, telling refusals. */
    @FunctionalInterface
    public interface Loader {
        PortNames load(Map<String, String> env, Consumer<String> refused);
    }

    /**
     * Port names of the local services database (no raw-protocol names), with the given precedence. A file
     * that is there but refused (not a regular file, or over the read limit) is told to {@code refused}:
     * the table then shows numbers, and the user should know why.
     */
    public static PortNames portNames(Optional<OsFamily> hostOs, Map<String, String> env,
            PortNames.Precedence precedence, Consumer<String> refused) {
        return PortNames.of(ServicesFileParser.parse(NameFiles.lines(location(hostOs, env), refused)), List.of(),
                precedence);
    }
}
