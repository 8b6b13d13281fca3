package io.github.netstatx.backend.windows.wine;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.netstatx.core.testing.Prerequisites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Builds {@code src/test/c/iphlp_dump.c} with mingw-w64 and runs it under Wine, in a Wine prefix of its own
 * under {@code target/wine}. Missing tools skip the Wine tests on a developer machine and fail them in CI
 * ({@code CI=true}), where {@code .ci/run} installs them (Debian: {@code wine64 gcc-mingw-w64-x86-64}).
 */
public final class WineHarness {

    public static final String PACKAGES = "wine64 gcc-mingw-w64-x86-64";
    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(2);

    private static WineHarness instance;

    private final Path gcc;
    private final Path wine;
    private final Path wineserver;
    private final Path work;
    private final Path prefix;
    private Path exe;
    private long bootMillis = -1;

    private WineHarness(Path gcc, Path wine, Path wineserver, Path work) {
        this.gcc = gcc;
        this.wine = wine;
        this.wineserver = wineserver;
        this.work = work;
        this.prefix = work.resolve("prefix");
    }

    /** The harness, or a skip (developer machine) / failure (CI) naming what is missing. */
    public static synchronized WineHarness get() {
        if (instance != null) {
            return instance;
        }
        Optional<Path> gcc = onPath("x86_64-w64-mingw32-gcc");
        Optional<Path> wine = onPath("wine64").or(() -> existing("/usr/lib/wine/wine64")).or(() -> onPath("wine"));
        Optional<Path> server = wine.map(w -> w.resolveSibling("wineserver")).filter(Files::isExecutable)
                .or(() -> onPath("wineserver")).or(() -> existing("/usr/lib/wine/wineserver"));
        if (gcc.isEmpty() || wine.isEmpty() || server.isEmpty()) {
            String missing = "needs x86_64-w64-mingw32-gcc, wine64 and wineserver (apt-get install -y "
                    + PACKAGES + "); found gcc=" + gcc.isPresent() + " wine=" + wine.isPresent() + " wineserver="
                    + server.isPresent();
            Prerequisites.require(false, missing);
        }
        String work = System.getProperty("netstatx.wine.work", "target/wine");
        instance = new WineHarness(gcc.get(), wine.get(), server.get(), Path.of(work).toAbsolutePath());
        return instance;
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(":")) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> existing(String path) {
        Path p = Path.of(path);
        return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
    }

    public Path wine() {
        return wine;
    }

    public Path wineserver() {
        return wineserver;
    }

    public Path work() {
        return work;
    }

    /** Milliseconds the Wine prefix took to initialise, -1 before {@link #ready()}. */
    public long bootMillis() {
        return bootMillis;
    }

    /** Environment for Wine: the private prefix, no debug output, no Mono/Gecko installers. */
    public Map<String, String> env() {
        return Map.of("WINEPREFIX", prefix.toString(), "WINEDEBUG", "-all", "WINEDLLOVERRIDES", "mscoree=;mshtml=");
    }

    /** Compiles the dump program and initialises the Wine prefix, once. */
    public synchronized Path ready() throws IOException, InterruptedException {
        if (exe != null) {
            return exe;
        }
        Files.createDirectories(work);
        Path source = Path.of(System.getProperty("netstatx.wine.c-source", "src/test/c/iphlp_dump.c"));
        Path built = work.resolve("iphlp_dump.exe");
        run(List.of(gcc.toString(), "-O1", "-Wall", "-Wextra", "-Werror", "-o", built.toString(), source.toString(),
                "-liphlpapi"), RUN_TIMEOUT);
        if (!Files.isDirectory(prefix.resolve("drive_c"))) {
            long start = System.nanoTime();
            run(List.of(wine.toString(), "wineboot", "--init"), BOOT_TIMEOUT);
            stopServer();
            bootMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        } else {
            bootMillis = 0;
        }
        exe = built;
        return exe;
    }

    /** Runs the dump program (outside any namespace) into {@code out}. */
    public void dump(Path out) throws IOException, InterruptedException {
        Path program = ready();
        Files.createDirectories(out);
        run(List.of(wine.toString(), program.toString(), windowsPath(out)), RUN_TIMEOUT);
        stopServer();
    }

    /** Stops this prefix's wineserver and waits until it is gone, so the next run starts a fresh one. */
    public void stopServer() throws IOException, InterruptedException {
        run(List.of(wineserver.toString(), "-k"), RUN_TIMEOUT, true);
        run(List.of(wineserver.toString(), "-w"), RUN_TIMEOUT, true);
    }

    /** A Unix path as Wine sees it on drive Z: ({@code Z:\tmp\x}). */
    public static String windowsPath(Path unix) {
        return "Z:" + unix.toAbsolutePath().toString().replace('/', '\\');
    }

    /** Runs a command with the Wine environment; fails with its output unless it exits 0. */
    public String run(List<String> command, Duration timeout) throws IOException, InterruptedException {
        return run(command, timeout, false);
    }

    private String run(List<String> command, Duration timeout, boolean mayFail)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        pb.environment().putAll(env());
        pb.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        Path log = Files.createTempFile(Files.createDirectories(work), "run", ".log");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            fail("timed out after " + timeout + ": " + command + "\n" + Files.readString(log));
        }
        String output = Files.readString(log, StandardCharsets.ISO_8859_1);
        Files.deleteIfExists(log);
        if (p.exitValue() != 0 && !mayFail) {
            fail("exit " + p.exitValue() + ": " + command + "\n" + output);
        }
        return output;
    }
}
