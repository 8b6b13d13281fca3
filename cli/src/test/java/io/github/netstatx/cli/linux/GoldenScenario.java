package io.github.netstatx.cli.linux;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A golden scenario under {@code src/test/resources/golden/<name>/}: a captured file-system root
 * ({@code proc/}, {@code etc/}, {@code fd-links.txt}) and the outputs real netstat produced from it
 * ({@code cases/<case>/args|stdout|stderr|status}); see {@code src/test/capture/README.md}.
 */
record GoldenScenario(String name, Path dir) {

    /** One invocation with what net-tools printed for it. */
    record Case(GoldenScenario scenario, String name, List<String> args, byte[] stdout, byte[] stderr, int status) {
        @Override
        public String toString() {
            return scenario.name() + "/" + name + " " + String.join(" ", args);
        }
    }

    static List<GoldenScenario> all() {
        try (Stream<Path> dirs = Files.list(goldenDir())) {
            return dirs.filter(Files::isDirectory).sorted()
                    .map(d -> new GoldenScenario(d.getFileName().toString(), d)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path goldenDir() {
        try {
            return Path.of(GoldenScenario.class.getResource("/golden").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(dir.resolve("cases"))) {
            for (Path c : dirs.sorted().toList()) {
                List<String> args = Files.readAllLines(c.resolve("args"), StandardCharsets.UTF_8).stream()
                        .filter(a -> !a.isEmpty()).toList();
                int status = Integer.parseInt(Files.readString(c.resolve("status")).trim());
                out.add(new Case(this, c.getFileName().toString(), args, Files.readAllBytes(c.resolve("stdout")),
                        Files.readAllBytes(c.resolve("stderr")), status));
            }
        }
        return out;
    }

    /**
     * Copies the captured root to {@code target} and creates the {@code /proc/PID/fd} links listed in
     * {@code fd-links.txt} (kept as a list because dangling links survive neither git nor resource copying).
     */
    Path materialize(Path target) throws IOException {
        for (String top : List.of("proc", "etc")) {
            copyTree(dir.resolve(top), target.resolve(top));
        }
        for (String line : Files.readAllLines(dir.resolve("fd-links.txt"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", 2);
            Path link = target.resolve(f[0]);
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, Path.of(f[1]));
        }
        return target;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
