package io.github.netstatx.backend.linux;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.query.Scope;
import io.github.netstatx.core.query.SocketQuery;
import io.github.netstatx.core.spi.BackendConfig;
import java.nio.file.Path;
import java.util.EnumSet;

/**
 * Not a test: the program {@link NonRootOwnerScanTest} runs as another user. It lists the TCP
 * sockets with owners under the root given as its argument and prints one line per diagnostic
 * ({@code diagnostic CODE COUNT UID}) and per owned socket ({@code owned PORT PID NAME}).
 */
public final class OwnerScanProbe {

    private OwnerScanProbe() {
    }

    public static void main(String[] args) throws Exception {
        // Like netstat, whose own process holds no sockets: this JVM's own sockets are hidden.
        BackendConfig config = BackendConfig.live().withFsRoot(Path.of(args[0])).withHideOwnSockets(true);
        SocketQuery query = new SocketQuery(EnumSet.of(Protocol.TCP), EnumSet.of(AddressFamily.IPV4,
                AddressFamily.IPV6), Scope.ALL, true, false, false);
        Snapshot<SocketEntry> s = new LinuxBackend(config).sockets(query);
        for (Diagnostic d : s.diagnostics()) {
            System.out.println("diagnostic " + d.code() + " " + d.count() + " " + d.uid());
        }
        for (SocketEntry e : s.items()) {
            for (ProcessRef p : e.owners()) {
                System.out.println("owned " + e.local().port() + " " + p.pid() + " " + p.name());
            }
        }
    }
}
