package io.github.netstatx.backend.aix;

import io.github.netstatx.core.acquire.CommandResult;
import io.github.netstatx.core.acquire.CommandRunner;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers commands from a directory in the capture format (a file per command named by its argv joined
 * with single spaces; {@code NAME.stderr} and {@code NAME.status} beside it when not empty / not 0), and
 * records every argv it is asked for, so tests can prove what was and was not run. A command without a
 * file is one the host does not have: it fails to start.
 */
final class RecordedCommandRunner implements CommandRunner {

    private final Path dir;
    private final List<List<String>> calls = new ArrayList<>();
    private final List<String> inputs = new ArrayList<>();

    RecordedCommandRunner(Path dir) {
        this.dir = dir;
    }

    static RecordedCommandRunner scenario(String name) {
        try {
            return new RecordedCommandRunner(Path.of(RecordedCommandRunner.class.getResource("/aix/scenarios/" + name)
                    .toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sample(String name) {
        try {
            return Files.readString(Path.of(RecordedCommandRunner.class.getResource("/aix/samples/" + name).toURI()),
                    StandardCharsets.UTF_8);
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized CommandResult run(List<String> argv) throws IOException {
        calls.add(List.copyOf(argv));
        Path out = dir.resolve(String.join(" ", argv));
        if (!Files.isRegularFile(out)) {
            throw new IOException("Cannot run program \"" + argv.get(0) + "\": not recorded");
        }
        Path err = dir.resolve(out.getFileName() + ".stderr");
        Path status = dir.resolve(out.getFileName() + ".status");
        return CommandResult.exited(argv, Files.readAllBytes(out),
                Files.isRegularFile(err) ? Files.readAllBytes(err) : new byte[0],
                Files.isRegularFile(status) ? Integer.parseInt(Files.readString(status).strip()) : 0);
    }

    /** Records the standard input too ({@link #inputs}); the answer is the recorded one, whatever the input. */
    @Override
    public synchronized CommandResult run(List<String> argv, byte[] input) throws IOException {
        inputs.add(String.join(" ", argv) + " < " + new String(input, StandardCharsets.US_ASCII));
        return run(argv);
    }

    /** Each command given standard input, as {@code argv < input}. */
    synchronized List<String> inputs() {
        return List.copyOf(inputs);
    }

    synchronized List<List<String>> calls() {
        return List.copyOf(calls);
    }
}
