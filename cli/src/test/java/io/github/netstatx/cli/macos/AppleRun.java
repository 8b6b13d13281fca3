package io.github.netstatx.cli.macos;

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
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Runs the Apple dialect directly, with a fake resolver and services database. */
final class AppleRun {

    private final BackendProvider provider;
    private Function<InetAddress, Optional<String>> resolver = a -> Optional.empty();
    private List<ServiceEntry> services = List.of();

    AppleRun(BackendProvider provider) {
        this.provider = provider;
    }

    AppleRun resolver(Function<InetAddress, Optional<String>> r) {
        this.resolver = r;
        return this;
    }

    AppleRun services(List<ServiceEntry> s) {
        this.services = s;
        return this;
    }

    CommandRun run(String... args) throws Exception {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        OutputSink out = new OutputSink(outBytes);
        OutputSink errSink = new OutputSink(err);
        AppleDialect d = new AppleDialect(() -> new HostNames(resolver, Duration.ofSeconds(5)),
                (env, refused) -> PortNames.of(services, List.of(), PortNames.Precedence.FIRST_LINE));
        int status;
        try (BackendAccess access = new BackendAccess(Backends.of(List.of(provider)), BackendConfig.live(),
                Optional.empty())) {
            Invocation inv = new Invocation(out, errSink, Map.of(), access, Clock.systemUTC(), StopSignal.manual(),
                    false, ExtensionOptions.extract(List.of()));
            status = d.run(Arrays.asList(args), inv);
        }
        out.flush();
        errSink.flush();
        return new CommandRun(status, outBytes.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
