package io.github.netstatx.cli;

import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.Backends;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.time.Clock;
import java.util.Arrays;

/** Entry point of the {@code netstatx} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        StopSignal stop = StopSignal.onInterrupt();
        Netstatx netstatx = new Netstatx(
                OutputSink.streaming(new FileOutputStream(FileDescriptor.out), stop),
                new OutputSink(new FileOutputStream(FileDescriptor.err), stop),
                System.getenv(),
                System.getProperty("os.name", ""),
                Backends.discover(),
                BackendConfig.live().withHideOwnSockets(true),
                stop,
                System.console() != null && "true".equals(System.getenv().getOrDefault("NETSTATX_STDERR_TTY", "true")),
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
