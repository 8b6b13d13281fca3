package io.github.netstatx.cli;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.netstatx.core.testing.Prerequisites;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real third-party tools the integration tests drive (jc, ansible, facter, node_exporter, netstat).
 * In CI ({@code CI=true}) a missing tool fails the test, because {@code .ci/run} installs them; elsewhere
 * the test is skipped with a message that names the Debian package to install.
 */
public final class RealTools {

    private RealTools() {
    }

    /** The tool's path, or (see the class comment) a failure or a skip. */
    public static Path require(String tool, String debianPackage) {
        Path found = onPath(tool);
        if (found != null) {
            return found;
        }
        Prerequisites.require(false, tool + " is not installed (Debian package " + debianPackage
                + "; .ci/run installs it)");
        return null;
    }

    /** The first executable {@code name} on PATH, or {@code null}. */
    public static Path onPath(String name) {
        String path = System.getenv("PATH");
        for (String dir : (path == null ? "/usr/bin:/bin" : path).split(File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /** True when the tests run as root (namespaces need it). */
    public static boolean isRoot() {
        return Prerequisites.isRoot();
    }

    /**
     * Passes only as root: a failure in CI ({@code CI=true}, where the tests run as root), a skip that
     * says {@code why} elsewhere.
     */
    public static void requireRoot(String why) {
        Prerequisites.requireRoot(why);
    }

    /** What a finished command gave. */
    public record Result(int exitCode, String stdout, String stderr) {
    }

    /**
     * Runs a command (no shell) with {@code stdin} as its input ({@code null}: none) and extra
     * environment variables; fails the test when it does not end within {@code timeoutSeconds}.
     */
    public static Result run(List<String> argv, byte[] stdin, Map<String, String> env, int timeoutSeconds)
            throws IOException {
        ProcessBuilder pb = new ProcessBuilder(argv);
        pb.environment().putAll(env);
        Path out = Files.createTempFile("realtool", ".out");
        Path err = Files.createTempFile("realtool", ".err");
        try {
            pb.redirectOutput(out.toFile()).redirectError(err.toFile());
            if (stdin == null) {
                pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            }
            Process p = pb.start();
            if (stdin != null) {
                try (var in = p.getOutputStream()) {
                    in.write(stdin);
                }
            }
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                fail(String.join(" ", argv) + " did not finish within " + timeoutSeconds + " s; stderr: "
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
