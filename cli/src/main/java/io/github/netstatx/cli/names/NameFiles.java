package io.github.netstatx.cli.names;

import io.github.netstatx.core.acquire.RegularFileReader;
import io.github.netstatx.core.text.SurrogateEscape;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Reads the name databases a renderer needs (services, protocols, hosts) from files. A file that
 * is missing or unreadable gives no names, as the C library's {@code getservent} gives none; the
 * table then shows numbers.
 */
public final class NameFiles {

    private static final Duration RESOLVER_BUDGET = Duration.ofSeconds(2);

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
    public static HostNames hostsFile(Path hosts) {
        HostsFileParser.Table table = HostsFileParser.parse(lines(hosts));
        return new HostNames(table::name, RESOLVER_BUDGET);
    }

    /**
     * Reverse names as {@code hosts: files dns} answers them: the hosts file with glibc's rules
     * first, then the system resolver (which confirms DNS answers by a forward lookup, so a PTR name
     * without a matching address prints numerically).
     */
    public static HostNames hostsFileThenSystem(Path hosts) {
        HostsFileParser.Table table = HostsFileParser.parse(lines(hosts));
        return new HostNames(a -> table.name(a).or(() -> HostNames.systemLookup(a)), RESOLVER_BUDGET);
    }

    /** The networks database ({@code /etc/networks}) in file order; empty when it cannot be read. */
    public static List<NetworksFileParser.NetworkEntry> networks(Path networks) {
        return NetworksFileParser.parse(lines(networks));
    }

    /**
     * The lines of a text file, bytes kept losslessly; empty when it cannot be read. Only a regular file of
     * a bounded size is read: under {@code --fs-root} the file may be a FIFO or a link to {@code /dev/zero}.
     */
    static List<String> lines(Path file) {
        try {
            return SurrogateEscape.decode(RegularFileReader.whole(file, RegularFileReader.STANDARD_LIMIT)).lines()
                    .toList();
        } catch (IOException | SecurityException e) {
            return List.of();
        }
    }
}
