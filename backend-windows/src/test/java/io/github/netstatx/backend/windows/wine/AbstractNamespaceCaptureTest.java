package io.github.netstatx.backend.windows.wine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.backend.windows.FixtureIpHelperSource;
import io.github.netstatx.backend.windows.WindowsBackend;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.InetEndpoint;
import io.github.netstatx.core.model.NetInterface;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.query.SocketQuery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, verification (2), on one capture made in a private network namespace holding
 * {@link KnownSocketSet}: the tables Wine's IP Helper wrote (through {@code iphlp_dump.exe}) must turn, through
 * our decoders and backend, into exactly the TCP/UDP IPv4/IPv6 sockets the kernel reported in
 * {@code /proc/net} at the same time (protocol, addresses, ports, TCP state; Wine reports PID 0 and UDP rows
 * carry no remote side, so UDP is compared by local endpoint), and the loopback row's counters must lie
 * between two {@code /proc/net/dev} readings taken around the call. {@link WineNamespaceTest} makes a fresh
 * capture; {@link WineNamespaceFixtureTest} checks the one kept in the repository.
 */
abstract class AbstractNamespaceCaptureTest {

    /** The capture directory: proc_net_* files and wine/ with calls.txt and the buffers. */
    abstract Path capture();

    FixtureIpHelperSource source() {
        return FixtureIpHelperSource.fromDirectory(capture().resolve("wine"));
    }

    private List<ProcNetSockets.Socket> kernelSockets(String when) throws IOException {
        List<ProcNetSockets.Socket> out = new ArrayList<>();
        out.addAll(ProcNetSockets.parse(capture().resolve("proc_net_tcp." + when), Protocol.TCP, AddressFamily.IPV4));
        out.addAll(ProcNetSockets.parse(capture().resolve("proc_net_tcp6." + when), Protocol.TCP, AddressFamily.IPV6));
        out.addAll(ProcNetSockets.parse(capture().resolve("proc_net_udp." + when), Protocol.UDP, AddressFamily.IPV4));
        out.addAll(ProcNetSockets.parse(capture().resolve("proc_net_udp6." + when), Protocol.UDP, AddressFamily.IPV6));
        return out;
    }

    /** One comparable line per socket; UDP without its remote side (the Windows UDP tables have none). */
    private static String line(Protocol p, AddressFamily f, InetEndpoint local, InetEndpoint remote, Object state) {
        String l = p + " " + f + " " + local.address().getHostAddress() + " " + local.port();
        return p == Protocol.TCP ? l + " " + remote.address().getHostAddress() + " " + remote.port() + " " + state : l;
    }

    private Set<String> kernelLines() throws IOException {
        return kernelSockets("before").stream().map(s -> line(s.protocol(), s.family(), s.local(), s.remote(),
                s.state())).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theSocketSetWasStableAndComplete() throws IOException {
        assertEquals(kernelSockets("before"), kernelSockets("after"), "sockets changed while Wine ran");
        Set<String> lines = kernelLines();
        assertEquals(10, kernelSockets("before").size(), "the known socket set: " + lines);
        assertTrue(lines.contains("TCP IPV4 127.0.0.1 7001 0.0.0.0 0 LISTEN"), lines::toString);
        assertTrue(lines.contains("UDP IPV6 0:0:0:0:0:0:0:1 7005"), lines::toString);
    }

    @Test
    void decodedTablesEqualTheKernelSockets() throws Exception {
        for (boolean owners : List.of(false, true)) {
            WindowsBackend backend = new WindowsBackend("test", source(), null, Clock.systemUTC());
            var snapshot = backend.sockets(SocketQuery.everything().withOwners(owners));
            Set<String> decoded = new TreeSet<>();
            for (SocketEntry e : snapshot.items()) {
                decoded.add(line(e.protocol(), e.family(), e.local(), e.remote(), e.state()));
                if (owners) {
                    assertEquals(0, e.firstOwner().pid(), "Wine reports PID 0: " + e);
                }
            }
            assertEquals(kernelLines(), decoded, (owners ? "OWNER_MODULE" : "OWNER_PID") + " tables");
            assertEquals(kernelSockets("before").size(), snapshot.items().size(), "no duplicates");
        }
    }

    @Test
    void loopbackCountersLieBetweenTwoKernelReadings() throws Exception {
        WindowsBackend backend = new WindowsBackend("test", source(), null, Clock.systemUTC());
        NetInterface lo = backend.interfaces().items().stream().filter(i -> i.name().equals("lo")).findFirst()
                .orElseThrow(() -> new AssertionError("no lo row"));
        long[] before = devCounters("before");
        long[] after = devCounters("after");
        long rxBytes = lo.counters().rxBytes();
        long rxPackets = lo.counters().rxPackets();
        long txBytes = lo.counters().txBytes();
        assertTrue(before[0] > 0, "the socket set made loopback traffic");
        assertTrue(before[0] <= rxBytes && rxBytes <= after[0], rxBytes + " rx bytes vs /proc " + before[0] + ".."
                + after[0]);
        assertTrue(before[1] <= rxPackets && rxPackets <= after[1], rxPackets + " rx packets vs /proc " + before[1]
                + ".." + after[1]);
        assertTrue(before[8] <= txBytes && txBytes <= after[8], txBytes + " tx bytes vs /proc " + before[8]);
        assertEquals(65536, lo.mtu(), "lo MTU");
        assertTrue(lo.flags().contains(io.github.netstatx.core.model.InterfaceFlag.LOOPBACK));
    }

    /** The lo line of /proc/net/dev: 8 receive then 8 transmit counters. */
    private long[] devCounters(String when) throws IOException {
        for (String line : Files.readAllLines(capture().resolve("proc_net_dev." + when))) {
            String t = line.trim();
            if (t.startsWith("lo:")) {
                String[] f = t.substring(3).trim().split("\\s+");
                long[] v = new long[f.length];
                for (int i = 0; i < f.length; i++) {
                    v[i] = Long.parseLong(f[i]);
                }
                return v;
            }
        }
        throw new AssertionError("no lo in /proc/net/dev");
    }
}
