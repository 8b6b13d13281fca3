package io.github.netstatx.cli.linux;

import io.github.netstatx.cli.Dialect;
import io.github.netstatx.cli.ExitCodes;
import io.github.netstatx.cli.Invocation;
import java.io.IOException;
import java.util.List;

/** The net-tools netstat 2.10 dialect. (Being built: see issue 2.) */
public final class LinuxDialect implements Dialect {

    @Override
    public String id() {
        return "linux";
    }

    @Override
    public int run(List<String> args, Invocation invocation) throws IOException {
        invocation.err().println("netstatx: the linux dialect is being built");
        return ExitCodes.FAILURE;
    }
}
