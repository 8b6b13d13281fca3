package io.github.netstatx.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code netstatx} as a real process (this build's classes, the launcher's JVM options), for what only a
 * process shows: signals, exit statuses, file modes under a umask. SIGINT and SIGTERM are reset to their
 * default disposition first: a build started in the background may have inherited SIGINT ignored, and a
 * JVM leaves an ignored signal ignored.
 */
public final class MainProcess {

    private MainProcess() {
    }

    /** The command line that runs netstatx with {@code args}. */
    public static List<String> argv(List<String> args) {
        return argv(List.of(), args);
    }

    /** The command line that runs netstatx with {@code args} in a JVM given {@code jvmOptions} too. */
    public static List<String> argv(List<String> jvmOptions, List<String> args) {
        List<String> argv = new ArrayList<>(List.of("env", "--default-signal=INT,TERM",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Xshare:auto"));
        argv.addAll(jvmOptions);
        argv.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        argv.addAll(args);
        return argv;
    }

    /** Starts netstatx with standard output and error going to the given files and no standard input. */
    public static Process start(Path stdout, Path stderr, String... args) throws IOException {
        return new ProcessBuilder(argv(List.of(args))).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    }
}
