package io.github.netstatx.cli.names;

import io.github.netstatx.core.text.SurrogateEscape;
import java.io.IOException;
import java.nio.file.Files;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the name databases a renderer needs (services, protocols, hosts) from files. A file that
 * is missing or unreadable gives no names, as the C library's {@code getservent} gives none; the
 * table then shows numbers.
 */
public final class NameFiles {

    private NameFiles() {
    }

    /** Port names from a services file and a protocols file (either may be missing). */
    public static PortNames portNames(Path services, Path protocols, PortNames.Precedence precedence) {
        return PortNames.of(ServicesFileParser.parse(lines(services)), ProtocolsFileParser.parse(lines(protocols)),
                precedence);
    }

    /**
     * Reverse names answered from one hosts file only, as NSS "files" would answer on the system
     * that file belongs to (used for another root: a fixture tree, a container's file system).
     */
    public static HostNames hostNames(Path hosts) {
        Map<InetAddress, String> names = HostsFileParser.parse(lines(hosts));
        return new HostNames(a -> Optional.ofNullable(names.get(a)), Duration.ofSeconds(2));
    }

    /** The lines of a text file, bytes kept losslessly; empty when it cannot be read. */
    static List<String> lines(Path file) {
        try {
            return SurrogateEscape.decode(Files.readAllBytes(file)).lines().toList();
        } catch (IOException | SecurityException e) {
            return List.of();
        }
    }
}
