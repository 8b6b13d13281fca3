package io.github.netstatx.backend.linux;

import io.github.netstatx.core.spi.BackendConfig;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * The procfs fixture scenarios under {@code src/test/resources/fixtures/linux/}. They are read in
 * place, not from the class path, because they hold {@code /proc/PID/fd} symlinks that Maven's
 * resource copy leaves out. Each scenario is an fsRoot and records its provenance, byte order
 * included, in {@code fixture.properties}.
 */
final class Fixtures {

    /** Captured in a private network namespace with tools/capture-fixture.sh. */
    static final String NETNS = "netns-socket-set";
    /** Written by hand: malformed and unusual lines. */
    static final String EDGE = "edge-cases";
    /** NETNS with every address word re-encoded as a big-endian host prints it. */
    static final String BIG_ENDIAN = "bigendian-reencoded";

    private static final Path BASE = Path.of("src/test/resources/fixtures/linux");

    private Fixtures() {
    }

    static Path root(String scenario) {
        Path p = BASE.resolve(scenario);
        if (!Files.isDirectory(p)) {
            throw new IllegalArgumentException("no fixture scenario " + p.toAbsolutePath());
        }
        return p;
    }

    static Properties provenance(String scenario) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(root(scenario).resolve("fixture.properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The byte order the scenario's provenance records. */
    static ByteOrder byteOrder(String scenario) {
        String order = provenance(scenario).getProperty("byte.order");
        return switch (order) {
            case "little-endian" -> ByteOrder.LITTLE_ENDIAN;
            case "big-endian" -> ByteOrder.BIG_ENDIAN;
            default -> throw new IllegalStateException(scenario + ": byte.order " + order);
        };
    }

    static BackendConfig config(String scenario) {
        return new BackendConfig(root(scenario), byteOrder(scenario), Duration.ofSeconds(5), 2);
    }

    static LinuxBackend backend(String scenario) {
        return new LinuxBackend(config(scenario));
    }

    static byte[] read(String scenario, String relative) {
        try {
            return Files.readAllBytes(root(scenario).resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses one inet table of a scenario in the scenario's byte order, with timers. */
    static ParsedTable table(String scenario, ProcNetTable table) {
        return table.parse(read(scenario, table.path), byteOrder(scenario), true);
    }
}
