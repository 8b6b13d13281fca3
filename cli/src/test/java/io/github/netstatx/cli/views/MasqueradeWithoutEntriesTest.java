package io.github.netstatx.cli.views;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netstatx.cli.Netstatx;
import io.github.netstatx.cli.OutputSink;
import io.github.netstatx.cli.StopSignal;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.Backends;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -M} when there is nothing masqueraded, as net-tools 2.10 behaves ({@code lib/masq_info.c}): a masquerade
 * table without entries prints nothing and exits 0 (no title, no header); no table at all prints
 * {@code netstat: no support for `ip_masquerade' on this system.} and exits 1. netstatx's table is
 * {@code /proc/net/nf_conntrack}: empty in every fresh network namespace, absent without the conntrack module.
 */
class MasqueradeWithoutEntriesTest {

    @TempDir
    Path root;

    private record Result(String out, String err, int status) {
    }

    private Result run(String... args) throws Exception {
        // the Linux backend recognises a tree by its proc/net/tcp
        Files.createDirectories(root.resolve("proc/net"));
        Files.writeString(root.resolve("proc/net/tcp"), "  sl  local_address rem_address   st tx_queue rx_queue tr "
                + "tm->when retrnsmt   uid  timeout inode\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Netstatx(new OutputSink(out), new OutputSink(err), Map.of(), "Linux", Backends.discover(),
                BackendConfig.live(), StopSignal.manual(), false, Clock.systemUTC())
                .run(List.of(java.util.stream.Stream.concat(java.util.stream.Stream.of("--fs-root", root.toString()),
                        java.util.stream.Stream.of(args)).toArray(String[]::new)));
        return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }

    @Test
    void anEmptyTableIsSilentAndSucceeds() throws Exception {
        Files.createDirectories(root.resolve("proc/net"));
        Files.writeString(root.resolve("proc/net/nf_conntrack"), "");
        assertEquals(new Result("", "", 0), run("-M"));
        assertEquals(new Result("", "", 0), run("-Mne"));
    }

    @Test
    void entriesWithoutSourceNatAreNoEntries() throws Exception {
        Files.createDirectories(root.resolve("proc/net"));
        // a plain tracked flow: the reply goes back to the original sender, nothing was masqueraded
        Files.writeString(root.resolve("proc/net/nf_conntrack"), "ipv4     2 tcp      6 431999 ESTABLISHED "
                + "src=10.1.0.1 dst=10.1.0.2 sport=40000 dport=22 src=10.1.0.2 dst=10.1.0.1 sport=22 dport=40000 "
                + "[ASSURED] mark=0 zone=0 use=2\n");
        assertEquals(new Result("", "", 0), run("-M"));
    }

    @Test
    void noTableIsNetToolsNoSupport() throws Exception {
        assertEquals(new Result("", "netstat: no support for `ip_masquerade' on this system.\n", 1), run("-M"));
    }
}
