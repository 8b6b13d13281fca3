package io.github.netstatx.cli.facts;

import io.github.netstatx.cli.ExitCodes;
import io.github.netstatx.cli.FactsLayout;
import io.github.netstatx.cli.Invocation;
import io.github.netstatx.cli.Sample;
import io.github.netstatx.cli.SampleCollector;
import io.github.netstatx.cli.ViewRequest;
import io.github.netstatx.core.spi.BackendException;
import io.github.netstatx.core.spi.NoBackendException;
import java.util.List;

/**
 * {@code netstatx --facts[=ansible]}: one collection, one document on standard output, nothing on
 * standard error unless the run fails. Fact hooks (Ansible {@code .fact} files, Facter's
 * {@code facts.d}, Ohai plugins) run their programs without arguments, so the wrappers in
 * {@code integrations/} call this; it takes no dialect options.
 */
public final class FactsCommand {

    private FactsCommand() {
    }

    public static int run(FactsLayout layout, List<String> dialectArgs, Invocation inv)
            throws NoBackendException, BackendException {
        if (!dialectArgs.isEmpty()) {
            inv.err().println("netstatx: --facts takes no netstat options (found '" + dialectArgs.get(0) + "')");
            return ExitCodes.USAGE;
        }
        if (inv.options().changes()) {
            inv.err().println("netstatx: --facts prints one document; --changes does not apply");
            return ExitCodes.USAGE;
        }
        Sample s = new SampleCollector(inv.clock(), inv.options().filter()).collect(inv.backend(), ViewRequest.sockets(ListenerFacts.query(layout)));
        StringBuilder sb = new StringBuilder(8192);
        ListenerFacts.write(sb, s, layout);
        inv.out().print(sb);
        return ExitCodes.OK;
    }
}
