package io.github.netstatx.dist;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Build step of the Java-less archive: a minimal Java runtime made by {@code jlink} of exactly the JDK
 * modules {@code jdeps} finds in netstatx's jars (both run in-process through {@link ToolProvider}, from
 * the JDK that runs the build, so the image is for the build host's OS and architecture).
 *
 * <p>Usage: {@code RuntimeImage LIB_DIR OUTPUT_DIR}; OUTPUT_DIR is replaced.
 */
public final class RuntimeImage {

    private RuntimeImage() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: RuntimeImage LIB_DIR OUTPUT_DIR");
        }
        List<String> jars;
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            jars = files.filter(p -> p.toString().endsWith(".jar")).map(Path::toString).sorted().toList();
        }
        if (jars.isEmpty()) {
            throw new IOException("no jars in " + args[0]);
        }
        List<String> jdeps = new ArrayList<>(List.of("--print-module-deps", "--ignore-missing-deps",
                "--multi-release", "17"));
        jdeps.addAll(jars);
        String modules = run("jdeps", jdeps).strip();
        if (!modules.matches("[a-z0-9.,]+")) {
            throw new IOException("jdeps printed no module list: " + modules);
        }
        Path output = Path.of(args[1]);
        deleteTree(output);
        run("jlink", List.of("--add-modules", modules, "--output", output.toString(), "--strip-debug",
                "--no-header-files", "--no-man-pages", "--compress=2", "--generate-cds-archive"));
        System.out.println("runtime image " + output + ": modules " + modules + ", " + sizeOf(output) / 1024 + " KiB");
    }

    private static String run(String tool, List<String> args) throws IOException {
        ToolProvider provider = ToolProvider.findFirst(tool)
                .orElseThrow(() -> new IOException(tool + " is not available: build with a JDK, not a JRE"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = provider.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
        if (status != 0) {
            throw new IOException(tool + " failed (" + status + "): " + err + out);
        }
        return out.toString();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
