package io.github.netstatx.cli.parity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One shell in a private network and mount namespace ({@code unshare -n -m}) that holds the socket set of
 * socketset.py and runs real {@code netstat} and our CLI in there, one request at a time
 * (protocol: parity/namespace-driver.sh).
 */
final class NamespaceSession implements AutoCloseable {

    /** How long the socket set holds its sockets at most; the whole test class must finish within it. */
    static final int HOLD_SECONDS = 480;
    // guards, not speed claims: the socket set starts a dozen python holders, slow on a loaded CI machine
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(60);
    private static final String EOF = "\u0000eof";

    private final Path work;
    private final Process shell;
    private final Writer requests;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    private final SocketSetManifest manifest;
    private int nextId;

    private NamespaceSession(Path work, Process shell) throws IOException {
        this.work = work;
        this.shell = shell;
        this.requests = new OutputStreamWriter(shell.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> pump(shell.getInputStream()), "namespace-driver-stdout");
        reader.setDaemon(true);
        reader.start();
        String first = next(READY_TIMEOUT);
        if (!first.startsWith("ready ")) {
            throw new IllegalStateException("namespace driver did not start: " + first + diagnostics());
        }
        this.manifest = SocketSetManifest.parse(Files.readAllLines(Path.of(first.substring(6))));
    }

    /**
     * Starts the shell with the socket set. The helper scripts are copied out of the test class path into
     * {@code work}; {@code classPath} is what our CLI runs with inside the namespace.
     */
    static NamespaceSession start(Path work, String python, String java, String classPath) throws IOException {
        Path driver = copyResource("namespace-driver.sh", work);
        Path socketSet = copyResource("socketset.py", work);
        ProcessBuilder pb = new ProcessBuilder("unshare", "-n", "-m", "bash", driver.toString());
        pb.environment().put("NSX_WORK", work.toString());
        pb.environment().put("NSX_PYTHON", python);
        pb.environment().put("NSX_SOCKETSET", socketSet.toString());
        pb.environment().put("NSX_TIMEOUT", Integer.toString(HOLD_SECONDS));
        pb.environment().put("NSX_JAVA", java);
        pb.environment().put("NSX_CP", classPath);
        pb.redirectError(work.resolve("driver.err").toFile());
        return new NamespaceSession(work, pb.start());
    }

    private static Path copyResource(String name, Path dir) throws IOException {
        try (InputStream in = NamespaceSession.class.getResourceAsStream("/parity/" + name)) {
            Objects.requireNonNull(in, "test resource parity/" + name + " is missing");
            Path target = dir.resolve(name);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        }
    }

    SocketSetManifest manifest() {
        return manifest;
    }

    /** Runs {@code netstat ARGS} ({@code tool} "netstat") or our CLI ({@code tool} "ours") in the namespace. */
    ToolRun run(String tool, List<String> args) throws IOException {
        String id = "r" + (nextId++) + "-" + tool;
        requests.write(id + " " + tool + (args.isEmpty() ? "" : " " + String.join(" ", args)) + "\n");
        requests.flush();
        String answer = next(RUN_TIMEOUT);
        String prefix = "rc " + id + " ";
        if (!answer.startsWith(prefix)) {
            throw new IllegalStateException("unexpected answer from the namespace driver: " + answer
                    + diagnostics());
        }
        return new ToolRun(Files.readAllBytes(output(id, "out")), Files.readAllBytes(output(id, "err")),
                Integer.parseInt(answer.substring(prefix.length())));
    }

    private Path output(String id, String stream) {
        return work.resolve("out").resolve(id + "." + stream);
    }

    /** Where to write files for diagnostics (diffs). */
    Path work() {
        return work;
    }

    private void pump(InputStream in) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                answers.add(line);
            }
        } catch (IOException e) {
            answers.add("error: " + e);
        }
        answers.add(EOF);
    }

    private String next(Duration timeout) {
        try {
            String line = answers.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (line == null) {
                throw new IllegalStateException("no answer from the namespace driver within " + timeout
                        + diagnostics());
            }
            if (line.equals(EOF)) {
                throw new IllegalStateException("the namespace driver ended" + diagnostics());
            }
            return line;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private String diagnostics() {
        StringBuilder sb = new StringBuilder();
        for (String f : List.of("driver.err", "socketset.err")) {
            try {
                Path p = work.resolve(f);
                if (Files.exists(p)) {
                    sb.append("\n--- ").append(f).append(":\n").append(Files.readString(p));
                }
            } catch (IOException | UncheckedIOException e) {
                sb.append("\n--- ").append(f).append(": unreadable: ").append(e);
            }
        }
        return sb.toString();
    }

    /** Ends the request loop (end of file on its stdin); the driver then releases the socket set. */
    @Override
    public void close() throws IOException {
        try {
            requests.close();
        } catch (IOException ignored) {
            // the driver is gone already
        }
        try {
            if (!shell.waitFor(20, TimeUnit.SECONDS)) {
                shell.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            shell.destroyForcibly();
        }
    }
}
