package io.github.netstatx.core.capture;

import io.github.netstatx.core.acquire.CommandResult;
import io.github.netstatx.core.acquire.CommandRunner;
import io.github.netstatx.core.acquire.ProcessCommandRunner;
import io.github.netstatx.core.spi.BackendConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.util.List;

/**
 * Commands in a capture. A finished command is recorded under its {@linkplain CaptureNames#command name}
 * (argv joined with single spaces, below a prefix the backend's format chooses): standard output in the
 * file of that name, standard error beside it in {@code NAME.stderr} when there was any, and in
 * {@code NAME.status} the exit status in decimal when it was not 0, or {@value #TIMED_OUT} /
 * {@value #OUTPUT_LIMIT} when the runner ended the command. A command that could not be started is a
 * {@link SourceFailure}.
 *
 * <p>{@link #runner} gives a backend the one runner its config asks for: live, live and recording, or
 * replaying; so a backend that reads command output captures and replays by using it.
 */
public final class CapturedCommands {

    /** {@code NAME.status} of a command the runner killed at its time limit. */
    public static final String TIMED_OUT = "timed out";
    /** {@code NAME.status} of a command the runner ended for printing past the output limit. */
    public static final String OUTPUT_LIMIT = "output limit";

    private CapturedCommands() {
    }

    /**
     * The runner for a backend with {@code config}: {@link ProcessCommandRunner#of} on a live system,
     * recording into {@link BackendConfig#capture()} below {@code prefix}, or answering from
     * {@link BackendConfig#replay()} without running anything.
     */
    public static CommandRunner runner(BackendConfig config, String prefix) {
        return runner(config, prefix, ProcessCommandRunner.of(config));
    }

    /** As {@link #runner(BackendConfig, String)} with another live runner (its own limits, a fake in tests). */
    public static CommandRunner runner(BackendConfig config, String prefix, CommandRunner live) {
        if (config.replay() != null) {
            return replaying(config.replay(), prefix);
        }
        if (config.capture() != null) {
            return recording(config.capture(), prefix, live);
        }
        return live;
    }

    /**
     * {@code live}, recording every command into {@code sink} below {@code prefix}; the standard input a
     * command was given is kept beside it in {@code NAME.stdin}, to show what was asked.
     */
    public static CommandRunner recording(CaptureSink sink, String prefix, CommandRunner live) {
        return new CommandRunner() {
            @Override
            public CommandResult run(List<String> argv) throws IOException {
                return recorded(sink, prefix, argv, new byte[0], live);
            }

            @Override
            public CommandResult run(List<String> argv, byte[] input) throws IOException {
                return recorded(sink, prefix, argv, input, live);
            }
        };
    }

    /**
     * A runner that runs nothing and answers from {@code source} below {@code prefix}. A command's input does
     * not change the answer: in a capture it was derived from the capture's own earlier commands.
     */
    public static CommandRunner replaying(CaptureSource source, String prefix) {
        return new CommandRunner() {
            @Override
            public CommandResult run(List<String> argv) throws IOException {
                return replay(source, prefix, argv);
            }

            @Override
            public CommandResult run(List<String> argv, byte[] input) throws IOException {
                return replay(source, prefix, argv);
            }
        };
    }

    private static CommandResult recorded(CaptureSink sink, String prefix, List<String> argv, byte[] input,
            CommandRunner live) throws IOException {
        String name = CaptureNames.command(prefix, argv);
        if (input.length > 0) {
            sink.file(name + CaptureNames.STDIN_SUFFIX, input);
        }
        CommandResult r;
        try {
            r = input.length == 0 ? live.run(argv) : live.run(argv, input);
        } catch (IOException e) {
            sink.failure(name, new SourceFailure(SourceFailure.Kind.FAILED, String.valueOf(e.getMessage())));
            throw e;
        }
        record(sink, name, r);
        return r;
    }

    /** Records a finished command under {@code name}. */
    public static void record(CaptureSink sink, String name, CommandResult r) {
        sink.file(name, r.stdout());
        if (r.stderr().length > 0) {
            sink.file(name + CaptureNames.STDERR_SUFFIX, r.stderr());
        }
        String status = r.timedOut() ? TIMED_OUT : r.stdoutTruncated() ? OUTPUT_LIMIT
                : r.exitStatus() == 0 ? null : r.exitStatus().toString();
        if (status != null) {
            sink.file(name + CaptureNames.STATUS_SUFFIX, status.getBytes(StandardCharsets.US_ASCII));
        }
    }

    /**
     * The command as the capture holds it, below {@code prefix}.
     *
     * @throws IOException as the command failed to start on the host, or
     *     {@link java.nio.file.NoSuchFileException} when the capture does not hold it
     */
    public static CommandResult replay(CaptureSource source, String prefix, List<String> argv) throws IOException {
        String name = CaptureNames.command(prefix, argv);
        byte[] out = source.file(name);
        String errName = name + CaptureNames.STDERR_SUFFIX;
        byte[] err = source.exists(errName) ? source.file(errName) : new byte[0];
        String statusName = name + CaptureNames.STATUS_SUFFIX;
        if (!source.exists(statusName)) {
            return CommandResult.exited(argv, out, err, 0);
        }
        String status = new String(source.file(statusName), StandardCharsets.US_ASCII).strip();
        if (status.equals(TIMED_OUT)) {
            return new CommandResult(argv, out, err, null, true, false, false);
        }
        if (status.equals(OUTPUT_LIMIT)) {
            return new CommandResult(argv, out, err, null, false, true, false);
        }
        try {
            return CommandResult.exited(argv, out, err, Integer.parseInt(status));
        } catch (NumberFormatException e) {
            throw new FileSystemException(statusName, null, "is not an exit status");
        }
    }
}
