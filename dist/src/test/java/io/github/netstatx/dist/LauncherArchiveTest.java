package io.github.netstatx.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed launcher's class-data archive ({@code src/dist/bin/netstatx}): when it is used, and that a jar
 * newer than it makes the launcher leave it out and make it again (the JVM refuses an archive whose jars changed,
 * without a word). Runs the real script under {@code sh} with a stand-in {@code java} that writes down its
 * arguments and, asked to dump an archive, writes one: what is checked is the launcher's decision only.
 */
class LauncherArchiveTest {

    /** A Java 17 whose {@code java} appends its arguments to {@code calls} and makes the archive it is asked for. */
    private static final String FAKE_JAVA = """
            #!/bin/sh
            printf '%s\\n' "$*" >> "${0%/bin/java}/calls"
            for a in "$@"; do
              case $a in -XX:ArchiveClassesAtExit=*) echo archive > "${a#*=}" ;; esac
            done
            """;

    @TempDir
    Path dir;

    @Test
    void aJarNewerThanTheArchiveMakesTheLauncherLeaveItOutAndMakeItAgain() throws Exception {
        Path home = dir.resolve("netstatx");
        Path bin = Files.createDirectories(home.resolve("bin"));
        Path lib = Files.createDirectories(home.resolve("lib"));
        Files.copy(Path.of("src/dist/bin/netstatx"), bin.resolve("netstatx"));
        Files.setPosixFilePermissions(bin.resolve("netstatx"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(lib.resolve("cli.jar"), "cli");
        Files.writeString(lib.resolve("backend-linux.jar"), "backend");
        Path java = Files.createDirectories(dir.resolve("jdk/bin")).resolve("java");
        Files.writeString(java, FAKE_JAVA, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(dir.resolve("jdk/release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"17.0.15\"\n");
        Path cache = Files.createDirectories(dir.resolve("cache"));
        FileTime past = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
        for (Path p : List.of(java, lib.resolve("cli.jar"), lib.resolve("backend-linux.jar"), lib)) {
            Files.setLastModifiedTime(p, past);
        }

        run(home, cache);                              // the first run: no archive yet, one is made after it
        Path archive = awaitArchive(cache);
        assertTrue(lastCall().contains("-Xshare:auto"), lastCall());
        assertFalse(lastCall().contains("SharedArchiveFile="), "the first run goes without: " + lastCall());

        run(home, cache);
        assertTrue(lastCall().contains("-XX:SharedArchiveFile=" + archive), "the second run uses it: " + lastCall());

        // a library rebuilt in place: newer than the archive, the directory itself unchanged
        Files.setLastModifiedTime(archive, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        Files.setLastModifiedTime(lib, past);
        Files.setLastModifiedTime(lib.resolve("backend-linux.jar"), FileTime.fromMillis(System.currentTimeMillis()));
        FileTime stale = Files.getLastModifiedTime(archive);
        run(home, cache);
        assertFalse(lastCall().contains("SharedArchiveFile="), "an outdated archive is left out: " + lastCall());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (Files.getLastModifiedTime(archive).equals(stale) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertFalse(Files.getLastModifiedTime(archive).equals(stale), "and made again");
        awaitArchive(cache);
        run(home, cache);
        assertTrue(lastCall().contains("-XX:SharedArchiveFile=" + archive), "then used again: " + lastCall());
    }

    private void run(Path home, Path cache) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("sh", home.resolve("bin/netstatx").toString(), "-tan");
        pb.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
        pb.environment().put("XDG_CACHE_HOME", cache.toString());
        pb.environment().remove("JAVA_OPTS");
        pb.environment().remove("NETSTATX_CDS");
        pb.environment().remove("NETSTATX_CHECKOUT_JAR");
        pb.redirectErrorStream(true).redirectOutput(dir.resolve("out").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the launcher ends");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("out")));
    }

    /** The archive, once the background job that makes it has ended (its lock directory is gone). */
    private static Path awaitArchive(Path cache) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(cache.resolve("netstatx"))) {
                List<Path> all = files.toList();
                List<Path> archives = all.stream().filter(p -> p.toString().endsWith(".jsa")).toList();
                if (archives.size() == 1 && all.stream().noneMatch(p -> p.toString().endsWith(".lock"))) {
                    return archives.get(0);
                }
            } catch (java.nio.file.NoSuchFileException notYet) {
                // the first run creates the directory
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no archive was made in " + cache);
    }

    /** The arguments of the launcher's own java run (the last line the stand-in wrote before any archive run). */
    private String lastCall() throws IOException {
        List<String> calls = Files.readAllLines(dir.resolve("jdk/calls"));
        for (int i = calls.size() - 1; i >= 0; i--) {
            String call = calls.get(i);
            if (!call.contains("ArchiveClassesAtExit") && !call.contains("-Xshare:on")) {
                return call;
            }
        }
        throw new AssertionError("java was not run: " + calls);
    }
}
