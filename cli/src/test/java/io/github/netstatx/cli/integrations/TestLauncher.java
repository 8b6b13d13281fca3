package io.github.netstatx.cli.integrations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netstatx.cli.RealTools;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A netstatx launcher for the real-tool tests: a shell script that runs this build's classes
 * ({@code java.class.path} of the test JVM) with the JVM options of the repository's {@code netstatx}
 * launcher. The tests hand it to the fact installer as {@code --launcher}, as a user would hand the
 * installed {@code netstatx}: the repository launcher itself may start a Maven build when the sources
 * are newer than the jar, which a test must not do.
 */
final class TestLauncher {

    private TestLauncher() {
    }

    static Path write(Path dir) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String script = "#!/bin/sh\n"
                + "exec " + quote(java) + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -Xlog:disable "
                + "-Xlog:all=warning:stderr -cp " + quote(System.getProperty("java.class.path"))
                + " io.github.netstatx.cli.Main \"$@\"\n";
        Path launcher = dir.resolve("netstatx");
        Files.writeString(launcher, script, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        return launcher;
    }

    /** The shipped file {@code integrations/RELATIVE} of the repository (tests run in the cli module). */
    static Path shipped(String relative) {
        Path p = Path.of("..", "integrations", relative).toAbsolutePath().normalize();
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("missing " + p);
        }
        return p;
    }

    /**
     * Installs the shipped wrapper of {@code hook} (ansible, facter, ohai) into {@code dir} with the
     * shipped installer, pointing it at {@code launcher}, as a user would.
     */
    static void install(String hook, Path dir, Path launcher) throws IOException {
        RealTools.Result r = RealTools.run(List.of("sh", shipped("install-facts.sh").toString(), hook, dir.toString(),
                "--launcher", launcher.toString()), null, Map.of(), 120);
        assertEquals(0, r.exitCode(), "install-facts.sh " + hook + ": " + r.stderr());
    }

    /** A test resource under {@code integrations/} copied into {@code dir}, executable. */
    static Path resource(String name, Path dir) throws IOException {
        try (InputStream in = TestLauncher.class.getResourceAsStream("/integrations/" + name)) {
            Objects.requireNonNull(in, "test resource integrations/" + name);
            Path target = dir.resolve(name);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
            return target;
        }
    }

    /** {@code s} single-quoted for sh. */
    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
