package io.github.netstatx.cli.prometheus;

import io.github.netstatx.cli.ExitCodes;
import io.github.netstatx.cli.Invocation;
import io.github.netstatx.cli.OutputSink;
import io.github.netstatx.cli.SampleLoop;
import io.github.netstatx.cli.TableView;
import io.github.netstatx.cli.ViewRequest;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.query.Scope;
import io.github.netstatx.core.query.SocketQuery;
import io.github.netstatx.core.spi.BackendException;
import io.github.netstatx.core.spi.Capability;
import io.github.netstatx.core.spi.NetstatBackend;
import io.github.netstatx.core.spi.NoBackendException;
import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

/**
 * {@code netstatx --format prometheus [--output FILE] [INTERVAL]}: a fixed set of metrics, once or every
 * INTERVAL seconds. It collects every socket of every protocol with its owner, and the interfaces and
 * protocol statistics when the backend has them; dialect options do not apply. With {@code --output}
 * each sample replaces FILE atomically, which is what node_exporter's textfile collector needs:
 * {@code netstatx --format prometheus --output /var/lib/prometheus/node-exporter/netstatx.prom 60}.
 */
public final class PrometheusCommand {

    /** Every socket, with owners (for the process label); no user names or timers. */
    static final SocketQuery QUERY = new SocketQuery(EnumSet.allOf(Protocol.class),
            EnumSet.of(AddressFamily.IPV4, AddressFamily.IPV6), Scope.ALL, true, false, false);

    private PrometheusCommand() {
    }

    public static int run(List<String> dialectArgs, Invocation inv)
            throws IOException, NoBackendException, BackendException {
        Duration interval;
        if (dialectArgs.isEmpty()) {
            interval = null;
        } else if (dialectArgs.size() == 1 && dialectArgs.get(0).matches("[1-9][0-9]{0,8}")) {
            interval = Duration.ofSeconds(Long.parseLong(dialectArgs.get(0)));
        } else {
            inv.err().println("netstatx: --format prometheus writes a fixed set of metrics and takes no netstat "
                    + "options, only an interval in seconds (found '" + String.join(" ", dialectArgs) + "')");
            return ExitCodes.USAGE;
        }
        if (inv.options().changes()) {
            inv.err().println("netstatx: --changes does not apply to --format prometheus");
            return ExitCodes.USAGE;
        }
        NetstatBackend backend = inv.backend();
        ViewRequest request = ViewRequest.sockets(QUERY);
        if (backend.capabilities().contains(Capability.INTERFACES)) {
            request = request.withInterfaces();
        }
        if (backend.capabilities().contains(Capability.STATISTICS)) {
            request = request.withStatistics();
        }
        String version = PrometheusCommand.class.getPackage().getImplementationVersion();
        OutputSink out = inv.out();
        return new SampleLoop(inv).run(request, interval, TableView.of((s, k) -> {
            // the exposition is one document: a section that could not be collected fails it whole
            s.requireComplete();
            StringBuilder sb = new StringBuilder(16384);
            PrometheusExposition.write(sb, s, version);
            out.print(sb);
            return ExitCodes.OK;
        }));
    }
}
