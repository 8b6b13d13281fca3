package io.github.netstatx.cli.names;

import io.github.netstatx.core.model.OsFamily;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /**
     * Port names of the local services database (no raw-protocol names), with the given precedence. The
     * file is the local system's own, never a planted one, so a refusal to read it is not reported.
     */
    public static PortNames portNames(Optional<OsFamily> hostOs, Map<String, String> env,
            PortNames.Precedence precedence) {
        return PortNames.of(ServicesFileParser.parse(NameFiles.lines(location(hostOs, env), why -> { })), List.of(),
                precedence);
    }
}
