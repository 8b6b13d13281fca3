package io.github.netstatx.core.acquire;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How one command ended and what it printed, kept whole for parsing and for diagnostics.
 *
 * @param argv the command as run
 * @param stdout what it wrote to standard output, at most the runner's output limit
 * @param stderr what it wrote to standard error, at most the runner's error limit
 * @param exitStatus its exit status, or {@code null} when the runner ended it (time or output limit)
 * @param timedOut the time limit ran out and the runner killed the command and its descendants
 * @param stdoutTruncated standard output went past the limit: the runner kept the first part and ended
 *     the command, since the rest could not be used anyway
 * @param stderrTruncated standard error went past its limit: the excess was read and dropped
 */
public record CommandResult(List<String> argv, byte[] stdout, byte[] stderr, Integer exitStatus,
        boolean timedOut, boolean stdoutTruncated, boolean stderrTruncated) {

    public CommandResult {
        argv = List.copyOf(argv);
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(stderr, "stderr");
        if (exitStatus == null && !timedOut && !stdoutTruncated) {
            throw new IllegalArgumentException("a command that ran to its end has an exit status");
        }
    }

    /** A command that ran to its end with the given status, nothing truncated (for fakes in tests). */
    public static CommandResult exited(List<String> argv, byte[] stdout, byte[] stderr, int status) {
        return new CommandResult(argv, stdout, stderr, status, false, false, false);
    }

    /** Exit status 0, within both limits: the output is complete and may be parsed as such. */
    public boolean succeeded() {
        return exitStatus != null && exitStatus == 0 && !timedOut && !stdoutTruncated;
    }

    /** The argv joined with single spaces, as diagnostics and capture file names show it. */
    public String commandLine() {
        return String.join(" ", argv);
    }

    /**
     * One sentence on how the command ended, for a diagnostic: the status or the limit that ended it,
     * and the first line of standard error when there is one.
     */
    public String describe() {
        StringBuilder s = new StringBuilder("`").append(commandLine()).append('`');
        if (timedOut) {
            s.append(" ran out of time and was killed");
        } else if (stdoutTruncated) {
            s.append(" printed more than the output limit and was ended");
        } else {
            s.append(" exited with status ").append(exitStatus);
        }
        String firstErrorLine = firstLine(stderr);
        if (!firstErrorLine.isEmpty()) {
            s.append(": ").append(firstErrorLine);
        }
        return s.toString();
    }

    private static String firstLine(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end).strip();
        // A control character in a command's error text must not forge lines in our own output.
        return line.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    // byte[] components: records compare arrays by identity, results are compared by content.
    @Override
    public boolean equals(Object o) {
        return o instanceof CommandResult r && argv.equals(r.argv) && Arrays.equals(stdout, r.stdout)
                && Arrays.equals(stderr, r.stderr) && Objects.equals(exitStatus, r.exitStatus)
                && timedOut == r.timedOut && stdoutTruncated == r.stdoutTruncated
                && stderrTruncated == r.stderrTruncated;
    }

    @Override
    public int hashCode() {
        return Objects.hash(argv, Arrays.hashCode(stdout), Arrays.hashCode(stderr), exitStatus, timedOut,
                stdoutTruncated, stderrTruncated);
    }

    @Override
    public String toString() {
        return "CommandResult[" + describe() + ", " + stdout.length + " bytes out, " + stderr.length
                + " bytes err" + (stderrTruncated ? " (truncated)" : "") + "]";
    }
}
