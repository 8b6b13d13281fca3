package io.github.netstatx.backend.aix;

import io.github.netstatx.core.acquire.CommandResult;
import io.github.netstatx.core.acquire.CommandRunner;
import io.github.netstatx.core.capture.CaptureNames;
import io.github.netstatx.core.capture.CaptureSource;
import io.github.netstatx.core.capture.CapturedCommand;
import java.io.IOException;
import java.util.List;

/**
 * Answers commands from a capture in the {@code aix-commands} format instead of running them: nothing is
 * ever started, so a replay cannot run {@code rmsock} or anything else. A command the capture does not
 * hold fails to start, as a program missing on the host would.
 */
final class ReplayCommandRunner implements CommandRunner {

    private final CaptureSource source;

    ReplayCommandRunner(CaptureSource source) {
        this.source = source;
    }

    @Override
    public CommandResult run(List<String> argv) throws IOException {
        CapturedCommand c = CapturedCommand.replay(source, CaptureNames.command("", argv));
        return CommandResult.exited(argv, c.stdout(), c.stderr(), c.status());
    }
}
