package io.github.netstatx.cli.linux;

import io.github.netstatx.cli.ExitCodes;
import io.github.netstatx.cli.Rendering;
import io.github.netstatx.cli.Sample;
import io.github.netstatx.core.model.NetInterface;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.spi.BackendException;
import java.io.IOException;

/** {@code -i}, {@code -ia}, {@code -ie}, {@code -I IFACE}: the interface table of one pass. */
final class InterfacesView implements NetToolsView {

    private final InterfaceTableView table = new InterfaceTableView();

    @Override
    public int render(NetToolsOptions options, Sample sample, Rendering rendering, int pass)
            throws IOException, BackendException {
        sample.requireCollected(Sample.Section.INTERFACES);
        Snapshot<NetInterface> s = sample.interfaces();
        ViewDiagnostics.report(s.diagnostics(), rendering.err());
        if (pass == 0) {
            table.renderTitle(rendering.out());
        }
        // net-tools counts -e from 1: one -e (flag_exp 2) switches to the long form
        var o = new InterfaceTableView.Options(options.all(), options.extend() >= 1, options.interfaceName());
        if (!table.render(s.items(), o, rendering.out())) {
            rendering.err().println(options.interfaceName()
                    + ": error fetching interface information: Device not found");
            return ExitCodes.FAILURE;
        }
        return ExitCodes.OK;
    }
}
