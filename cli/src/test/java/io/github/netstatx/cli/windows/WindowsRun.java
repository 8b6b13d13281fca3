package io.github.netstatx.cli.windows;

import io.github.netstatx.core.model.OsFamily;
import io.github.netstatx.cli.BackendAccess;
import io.github.netstatx.cli.CommandRun;
import io.github.netstatx.cli.ExtensionOptions;
import io.github.netstatx.cli.Invocation;
import io.github.netstatx.cli.OutputSink;
import io.github.netstatx.cli.StopSignal;
import io.github.netstatx.cli.names.HostNames;
import io.github.netstatx.cli.names.PortNames;
import io.github.netstatx.cli.names.ServiceEntry;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.BackendProvider;
import io.github.netstatx.core.spi.Backends;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Runs the Windows dialect directly, with a fake resolver and services database. */
final class WindowsRun {

    private final BackendProvider provider;
    private Function<InetAddress, Optional<String>> resolver = a -> Optional.empty();
    private List<ServiceEntry> services = List.of();
    private String osName = "Linux";
    private WindowsViews views = WindowsViews.none();
    private StopSignal stop = StopSignal.manual();
    private OutputStream outTarget = new ByteArrayOutputStream();

    WindowsRun(BackendProvider provider) {
        this.provider = provider;
    }

    WindowsRun resolver(Function<InetAddress, Optional<String>> r) {
        this.resolver = r;
        return this;
    }

    WindowsRun services(List<ServiceEntry> s) {
        this.services = s;
        return this;
    }

    WindowsRun os(String name) {
        this.osName = name;
        return this;
    }

    WindowsRun views(WindowsViews v) {
        this.views = v;
        return this;
    }

    WindowsRun stop(StopSignal s) {
        this.stop = s;
        return this;
    }

    WindowsRun out(OutputStream target) {
        this.outTarget = target;
        return this;
    }

    CommandRun run(String... args) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        OutputSink out = new OutputSink(outTarget);
        OutputSink errSink = new OutputSink(err);
        WindowsDialect d = new WindowsDialect(views, OsFamily.fromOsName(osName), () -> new HostNames(resolver, Duration.ofSeconds(5)),
                (env, refused) -> PortNames.of(services, List.of(), PortNames.Precedence.FIRST_LINE));
        int status;
        try (BackendAccess access = new BackendAccess(Backends.of(List.of(provider)), BackendConfig.live(),
                Optional.empty())) {
            Invocation inv = new Invocation(out, errSink, Map.of(), access, Clock.systemUTC(), stop, false,
                    ExtensionOptions.extract(List.of()));
            status = d.run(Arrays.asList(args), inv);
        }
        out.flush();
        errSink.flush();
        String o = outTarget instanceof ByteArrayOutputStream b ? b.toString(StandardCharsets.UTF_8) : "";
        return new CommandRun(status, o, err.toString(StandardCharsets.UTF_8));
    }
}
