package io.github.netstatx.backend.aix;

import io.github.netstatx.core.acquire.CommandResult;
import io.github.netstatx.core.acquire.CommandRunner;
import io.github.netstatx.core.capture.CaptureNames;
import io.github.netstatx.core.capture.CaptureSink;
import io.github.netstatx.core.capture.CapturedCommand;
import io.github.netstatx.core.capture.SourceFailure;
import java.io.IOException;
import java.util.List;

/**
 * Runs commands and records each one into a capture in the {@code aix-commands} format (docs/CAPTURE.md):
 * standard output under the argv joined with single spaces, {@code .stderr} and {@code .status} beside it;
 * a command that could not be started, or that a limit ended, as a failure.
 */
final class CapturingCommandRunner implements CommandRunner {

    private final CommandRunner live;
    private final CaptureSink sink;

    CapturingCommandRunner(CommandRunner live, CaptureSink sink) {
        this.live = live;
        this.sink = sink;
    }

    @Override
    public CommandResult run(List<String> argv) throws IOException {
        String name = CaptureNames.command("", argv);
        CommandResult r;
        try {
            r = live.run(argv);
        } catch (IOException e) {
            sink.failure(name, SourceFailure.of(e));
            throw e;
        }
        if (r.exitStatus() == null) {
            // Ended by a time or output limit: the output is unusable, and a replay must fail the same way.
            sink.failure(name, SourceFailure.of(new IOException(r.describe())));
        } else {
            new CapturedCommand(r.exitStatus(), r.stdout(), r.stderr()).record(sink, name);
        }
        return r;
    }
}
