package io.github.netstatx.cli.names;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the services database of the machine netstatx runs on lives, and reading it. Port names are
 * looked up where the command runs (as {@code getservbyport} does), not on the observed host.
 */
public final class ServicesDatabase {

    private ServicesDatabase() {
    }

    /**
     * {@code %SystemRoot%\System32\drivers\etc\services} on Windows, {@code /etc/services} elsewhere.
     */
    public static Path location(String osName, Map<String, String> env) {
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            String root = env.getOrDefault("SystemRoot", "C:\\Windows");
            return Path.of(root, "System32", "drivers", "etc", "services");
        }
        return Path.of("/etc/services");
    }

    /**
     * The entries of {@code file} in file order; none when the file is missing or unreadable (every port
     * then prints as a number, as netstat does without a services database).
     */
    public static List<ServiceEntry> read(Path file) {
        try {
            // ISO-8859-1 maps every byte to one char, so a stray non-UTF-8 byte cannot fail the read.
            return ServicesFileParser.parse(Files.readAllLines(file, StandardCharsets.ISO_8859_1));
        } catch (IOException | SecurityException e) {
            return List.of();
        }
    }
}
