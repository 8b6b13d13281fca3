package io.github.netstatx.backend.aix;

import io.github.netstatx.core.acquire.CommandResult;
import io.github.netstatx.core.acquire.CommandRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A runner that answers one argv itself and passes everything else on. */
record CommandRunnerOverride(CommandRunner next, List<String> argv, String stdout) implements CommandRunner {

    @Override
    public CommandResult run(List<String> command) throws IOException {
        if (command.equals(argv)) {
            return CommandResult.exited(command, stdout.getBytes(StandardCharsets.UTF_8), new byte[0], 0);
        }
        return next.run(command);
    }
}
