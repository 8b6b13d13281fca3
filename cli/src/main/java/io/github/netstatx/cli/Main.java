package io.github.netstatx.cli;

import io.github.netstatx.core.acquire.ChildProcesses;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.Backends;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;

/** Entry point of the {@code netstatx} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        ChildProcesses children = new ChildProcesses();
        StopSignal stop = StopSignal.onInterrupt(children);
        Netstatx netstatx = new Netstatx(
                OutputSink.streaming(new FileOutputStream(FileDescriptor.out), stop),
                new OutputSink(new FileOutputStream(FileDescriptor.err), stop),
                System.getenv(),
                System.getProperty("os.name", ""),
                Backends.discover(),
                BackendConfig.live().withHideOwnSockets(true).withChildren(children),
                stop,
                StderrTerminal.check(Path.of("/proc/self/fd/2"), System.console() != null),
                Clock.systemUTC());
        int status;
        try {
            status = netstatx.run(Arrays.asList(args));
        } catch (RuntimeException | Error e) {
            // Last line of defence: a bug must not greet the user with a stack trace.
            System.err.println("netstatx: internal error: " + e);
            if (System.getenv("NETSTATX_DEBUG") != null) {
                e.printStackTrace();
            }
            status = ExitCodes.FAILURE;
        }
        System.exit(status);
    }
}
