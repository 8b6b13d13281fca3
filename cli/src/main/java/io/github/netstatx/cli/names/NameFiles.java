package io.github.netstatx.cli.names;

import io.github.netstatx.core.acquire.RegularFileReader;
import io.github.netstatx.core.text.Echo;
import io.github.netstatx.core.text.SurrogateEscape;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the name databases a renderer needs (services, protocols, hosts) from files. A file that
 * is missing or unreadable gives no names, as the C library's {@code getservent} gives none; the
 * table then shows numbers. A file that is refused for what it is (a FIFO, a device or a link loop
 * planted under {@code --fs-root}, or one larger than the read limit) gives no names either, but is
 * also told to {@code refused}, since no C library would have been stopped by it silently.
 */
public final class NameFiles {

    private static final Duration RESOLVER_BUDGET = Duration.ofSeconds(2);

    private NameFiles() {
    }

    /** Port names from a services file and a protocols file (either may be missing). */
    public static PortNames portNames(Path services, Path protocols, PortNames.Precedence precedence,
            Consumer<String> refused) {
        return PortNames.of(ServicesFileParser.parse(lines(services, refused)),
                ProtocolsFileParser.parse(lines(protocols, refused)), precedence);
    }

    /**
     * Reverse names answered from one hosts file only, as NSS "files" would answer on the system
     * that file belongs to (used for another root: a fixture tree, a container's file system).
     */
    public static HostNames hostsFile(Path hosts, Consumer<String> refused) {
        HostsFileParser.Table table = HostsFileParser.parse(lines(hosts, refused));
        return new HostNames(table::name, RESOLVER_BUDGET);
    }

    /**
     * Reverse names as {@code hosts: files dns} answers them: the hosts file with glibc's rules
     * first, then the system resolver (which confirms DNS answers by a forward lookup, so a PTR name
     * without a matching address prints numerically).
     */
    public static HostNames hostsFileThenSystem(Path hosts, Consumer<String> refused) {
        HostsFileParser.Table table = HostsFileParser.parse(lines(hosts, refused));
        return new HostNames(a -> table.name(a).or(() -> HostNames.systemLookup(a)), RESOLVER_BUDGET);
    }

    /** The networks database ({@code /etc/networks}) in file order; empty when it cannot be read. */
    public static List<NetworksFileParser.NetworkEntry> networks(Path networks, Consumer<String> refused) {
        return NetworksFileParser.parse(lines(networks, refused));
    }

    /**
     * The lines of a text file, bytes kept losslessly; empty when it cannot be read. Only a regular file of
     * a bounded size is read: under {@code --fs-root} the file may be a FIFO or a link to {@code /dev/zero}.
     *
     * @param refused told {@code "cannot read FILE: why"} when the file was refused rather than missing
     */
    static List<String> lines(Path file, Consumer<String> refused) {
        try {
            return SurrogateEscape.decode(RegularFileReader.whole(file, RegularFileReader.STANDARD_LIMIT)).lines()
                    .toList();
        } catch (RegularFileReader.RefusedException e) {
            refused.accept("cannot read " + Echo.name(file.toString()) + ": " + e.getReason());
            return List.of();
        } catch (IOException | SecurityException e) {
            return List.of();
        }
    }
}
