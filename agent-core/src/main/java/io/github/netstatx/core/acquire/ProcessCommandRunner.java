package io.github.netstatx.core.acquire;

import io.github.netstatx.core.spi.BackendConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Runs commands as child processes, with the limits that keep a collector safe on a sick host:
 * <ul>
 *   <li>argv only: {@link ProcessBuilder} starts the program itself, no shell ever parses a line;</li>
 *   <li>{@code LC_ALL=C} and {@code LANG=C} (and no {@code LANGUAGE}), so numbers, dates and messages come
 *   in the untranslated form the parsers were written against;</li>
 *   <li>standard input closed at once, so a command that would prompt sees end of file instead of hanging
 *   (or, for {@link #run(List, byte[])}, closed after the given input, written from a thread of its own so
 *   that a command printing before it has read everything cannot block on a full pipe);</li>
 *   <li>a time limit, after which the command and every process it started are killed;</li>
 *   <li>registration in the run's {@link ChildProcesses} while it runs, so that a stop ends it too;</li>
 *   <li>a cap on standard output (past it the command is ended: a cut-off table cannot be used) and a
 *   separate cap on standard error (past it the rest is read and dropped), so no output can exhaust
 *   the heap.</li>
 * </ul>
 */
public final class ProcessCommandRunner implements CommandRunner {

    /** Enough for AIX {@code netstat -Aan} with a few hundred thousand sockets. */
    public static final int DEFAULT_STDOUT_LIMIT = 64 << 20;
    /** Error text is only for diagnostics. */
    public static final int DEFAULT_STDERR_LIMIT = 64 << 10;
    /** How long to wait for the readers after the process ended, for a descendant holding a pipe open. */
    private static final Duration DRAIN_GRACE = Duration.ofMillis(500);

    private final Duration timeout;
    private final int stdoutLimit;
    private final int stderrLimit;
    private final ChildProcesses children;

    public ProcessCommandRunner(Duration timeout, int stdoutLimit, int stderrLimit) {
        this(timeout, stdoutLimit, stderrLimit, new ChildProcesses());
    }

    /** @param children where the commands are registered while they run, for a stop to end them */
    public ProcessCommandRunner(Duration timeout, int stdoutLimit, int stderrLimit, ChildProcesses children) {
        this.children = Objects.requireNonNull(children, "children");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        if (stdoutLimit < 0 || stderrLimit < 0) {
            throw new IllegalArgumentException("output limits cannot be negative");
        }
        this.stdoutLimit = stdoutLimit;
        this.stderrLimit = stderrLimit;
    }

    /** The config's command timeout and child processes, and the default output limits. */
    public static ProcessCommandRunner of(BackendConfig config) {
        return new ProcessCommandRunner(config.commandTimeout(), DEFAULT_STDOUT_LIMIT, DEFAULT_STDERR_LIMIT,
                config.children());
    }

    @Override
    public CommandResult run(List<String> argv) throws IOException {
        return run(argv, new byte[0]);
    }

    @Override
    public CommandResult run(List<String> argv, byte[] input) throws IOException {
        List<String> command = List.copyOf(argv);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("argv is empty");
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.put("LC_ALL", "C");
        env.put("LANG", "C");
        env.remove("LANGUAGE");
        Process process = children.start(builder);
        try {
            return finish(command, process, input.clone());
        } finally {
            children.ended(process);
        }
    }

    private CommandResult finish(List<String> command, Process process, byte[] input) throws IOException {
        if (input.length == 0) {
            process.getOutputStream().close();
        } else {
            start(() -> feed(process, input), "netstatx-command-stdin");
        }

        BoundedReader out = new BoundedReader(process.getInputStream(), stdoutLimit, () -> ChildProcesses.endTree(process));
        BoundedReader err = new BoundedReader(process.getErrorStream(), stderrLimit, null);
        Thread outThread = start(out, "netstatx-command-stdout");
        Thread errThread = start(err, "netstatx-command-stderr");

        long deadline = System.nanoTime() + timeout.toNanos();
        boolean timedOut;
        try {
            timedOut = !process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS);
            if (timedOut) {
                ChildProcesses.endTree(process);
            }
            // A descendant that outlived the command may still hold the pipes open: wait for the output
            // to end only until the deadline (plus a grace for the kill to land), then give up on it.
            long remaining = Math.max(deadline - System.nanoTime(), 0) + DRAIN_GRACE.toNanos();
            boolean drained = join(outThread, remaining) & join(errThread, DRAIN_GRACE.toNanos());
            if (!drained) {
                ChildProcesses.endTree(process);
                timedOut = true;
            }
        } catch (InterruptedException e) {
            ChildProcesses.endTree(process);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + String.join(" ", command), e);
        }
        timedOut = timedOut && !out.truncated();
        Integer status = timedOut || out.truncated() ? null : process.exitValue();
        return new CommandResult(command, out.bytes(), err.bytes(), status, timedOut, out.truncated(),
                err.truncated());
    }

    /** Writes the input and closes the pipe; a command that exits without reading it all is not an error. */
    private static void feed(Process process, byte[] input) {
        try (var stdin = process.getOutputStream()) {
            stdin.write(input);
        } catch (IOException e) {
            // the command closed its input (exited, or stopped reading): what it printed is its answer
        }
    }

    private static Thread start(Runnable reader, String name) {
        Thread t = new Thread(reader, name);
        // A reader blocked on a pipe held by an escaped grandchild must not keep the JVM alive.
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static boolean join(Thread t, long nanos) throws InterruptedException {
        TimeUnit.NANOSECONDS.timedJoin(t, nanos);
        return !t.isAlive();
    }

    /** Reads one stream to its end, keeping at most {@code limit} bytes. */
    private static final class BoundedReader implements Runnable {
        private final InputStream in;
        private final int limit;
        private final Runnable onOverflow;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private volatile boolean truncated;

        /** @param onOverflow what to do once past the limit, or {@code null} to keep reading and drop the rest */
        BoundedReader(InputStream in, int limit, Runnable onOverflow) {
            this.in = in;
            this.limit = limit;
            this.onOverflow = onOverflow;
        }

        @Override
        public void run() {
            byte[] chunk = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(chunk)) >= 0) {
                    int room;
                    synchronized (kept) {
                        room = limit - kept.size();
                        kept.write(chunk, 0, Math.min(room, n));
                    }
                    if (n > room) {
                        truncated = true;
                        if (onOverflow != null) {
                            onOverflow.run();
                            return;
                        }
                    }
                }
            } catch (IOException e) {
                // The pipe closed under us because the process was killed: what was read is the result.
            }
        }

        byte[] bytes() {
            synchronized (kept) {
                return kept.toByteArray();
            }
        }

        boolean truncated() {
            return truncated;
        }
    }
}
