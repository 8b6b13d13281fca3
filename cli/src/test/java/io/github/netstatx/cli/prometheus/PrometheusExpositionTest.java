package io.github.netstatx.cli.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.cli.Sample;
import io.github.netstatx.cli.ViewRequest;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.OsFamily;
import io.github.netstatx.core.model.InetEndpoint;
import io.github.netstatx.core.model.InterfaceCounters;
import io.github.netstatx.core.model.InterfaceFlag;
import io.github.netstatx.core.model.NetInterface;
import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Severity;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.StatisticsCounter;
import io.github.netstatx.core.model.StatisticsGroup;
import io.github.netstatx.core.model.TcpState;
import io.github.netstatx.core.model.UnixFlag;
import io.github.netstatx.core.model.UnixInfo;
import io.github.netstatx.core.model.UnixPath;
import io.github.netstatx.core.model.UnixSocketType;
import io.github.netstatx.core.model.UnixState;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The exposition of model-built samples (written by hand for these tests, 2026-11-22): values counted
 * by hand from the entries below.
 */
class PrometheusExpositionTest {

    private static final Instant AT = Instant.parse("2026-11-22T09:00:00.750Z");
    private static final HostInfo HOST = new HostInfo("web01", OsFamily.LINUX, null, null, null);
    /** {@code name{labels} value}: no timestamp after the value. */
    private static final Pattern SAMPLE = Pattern.compile("[a-z_]+(\\{[^\\n]*\\})? -?[0-9]+");

    private static InetEndpoint ep(String literal, int port) {
        try {
            return new InetEndpoint(InetAddress.getByName(literal), port);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static SocketEntry tcp(AddressFamily f, String local, int lport, String remote, int rport, TcpState s,
            ProcessRef... owners) {
        return SocketEntry.builder(Protocol.TCP, f).local(ep(local, lport)).remote(ep(remote, rport)).state(s)
                .owners(List.of(owners)).build();
    }

    private static SocketEntry udp(AddressFamily f, String local, int lport, String remote, int rport,
            ProcessRef... owners) {
        return SocketEntry.builder(Protocol.UDP, f).local(ep(local, lport)).remote(ep(remote, rport))
                .owners(List.of(owners)).build();
    }

    private static SocketEntry unix(UnixState state, Set<UnixFlag> flags) {
        return SocketEntry.builder(Protocol.UNIX, AddressFamily.UNIX)
                .unix(new UnixInfo(UnixSocketType.STREAM, 1, flags, state, null, 2L, new UnixPath("/run/x", false)))
                .build();
    }

    private static final ProcessRef SSHD = new ProcessRef(600, "sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups",
            null, null, null, null, ProcessRef.Role.OWNER);
    private static final ProcessRef NGINX_MASTER = ProcessRef.owner(700, "nginx:");
    private static final ProcessRef NGINX_WORKER = ProcessRef.owner(701, "nginx:");

    private static List<SocketEntry> sockets() {
        return List.of(
                tcp(AddressFamily.IPV4, "0.0.0.0", 22, "0.0.0.0", 0, TcpState.LISTEN, SSHD),
                tcp(AddressFamily.IPV6, "::", 22, "::", 0, TcpState.LISTEN, SSHD),
                // two SO_REUSEPORT listeners of one service: one series, value 2
                tcp(AddressFamily.IPV4, "0.0.0.0", 80, "0.0.0.0", 0, TcpState.LISTEN, NGINX_MASTER),
                tcp(AddressFamily.IPV4, "0.0.0.0", 80, "0.0.0.0", 0, TcpState.LISTEN, NGINX_WORKER),
                // owner not visible
                tcp(AddressFamily.IPV4, "127.0.0.1", 5432, "0.0.0.0", 0, TcpState.LISTEN),
                tcp(AddressFamily.IPV4, "10.0.0.5", 22, "10.0.0.9", 51000, TcpState.ESTABLISHED, SSHD),
                tcp(AddressFamily.IPV4, "10.0.0.5", 80, "10.0.0.9", 51001, TcpState.ESTABLISHED),
                tcp(AddressFamily.IPV4, "10.0.0.5", 80, "10.0.0.9", 51002, TcpState.TIME_WAIT),
                udp(AddressFamily.IPV4, "0.0.0.0", 68, "0.0.0.0", 0, ProcessRef.owner(300, "dhclient")),
                udp(AddressFamily.IPV6, "::1", 323, "::1", 4000),
                unix(UnixState.UNCONNECTED, Set.of(UnixFlag.ACCEPTING)),
                unix(UnixState.CONNECTED, Set.of()),
                unix(UnixState.CONNECTED, Set.of()));
    }

    private static Sample sample(List<SocketEntry> sockets, List<NetInterface> interfaces, List<StatisticsGroup> stats,
            List<Diagnostic> diagnostics) {
        return new Sample(HOST, "linux-procfs", Set.of(), ViewRequest.sockets(PrometheusCommand.QUERY), AT,
                new Snapshot<>(sockets, diagnostics, AT), interfaces == null ? null : new Snapshot<>(interfaces, List.of(), AT),
                null, stats == null ? null : new Snapshot<>(stats, List.of(), AT), null, null);
    }

    private static String render(Sample s) {
        StringBuilder sb = new StringBuilder();
        PrometheusExposition.write(sb, s, "9.9.9");
        return sb.toString();
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\n"));
    }

    @Test
    void socketCountsByProtocolFamilyAndState() {
        List<String> l = lines(render(sample(sockets(), null, null, List.of())));
        assertTrue(l.contains("netstatx_sockets{protocol=\"tcp\",family=\"ipv4\",state=\"listen\"} 4"));
        assertTrue(l.contains("netstatx_sockets{protocol=\"tcp\",family=\"ipv6\",state=\"listen\"} 1"));
        assertTrue(l.contains("netstatx_sockets{protocol=\"tcp\",family=\"ipv4\",state=\"established\"} 2"));
        assertTrue(l.contains("netstatx_sockets{protocol=\"tcp\",family=\"ipv4\",state=\"time_wait\"} 1"));
        assertTrue(l.contains("netstatx_sockets{protocol=\"tcp\",family=\"ipv6\",state=\"syn_sent\"} 0"),
                "every TCP state of a collected family has a series");
        assertTrue(l.contains("netstatx_sockets{protocol=\"udp\",family=\"ipv4\",state=\"unconnected\"} 1"));
        assertTrue(l.contains("netstatx_sockets{protocol=\"udp\",family=\"ipv6\",state=\"connected\"} 1"));
        assertTrue(l.contains("netstatx_sockets{protocol=\"unix\",family=\"unix\",state=\"listen\"} 1"));
        assertTrue(l.contains("netstatx_sockets{protocol=\"unix\",family=\"unix\",state=\"connected\"} 2"));
        assertEquals(2 * TcpState.values().length + 4, l.stream().filter(s -> s.startsWith("netstatx_sockets{")).count());
    }

    @Test
    void listenersAreOneSeriesPerDistinctLabelsWithTheFirstWordOfTheOwnerName() {
        List<String> l = lines(render(sample(sockets(), null, null, List.of())));
        List<String> listeners = l.stream().filter(s -> s.startsWith("netstatx_listening_sockets{")).toList();
        assertEquals(List.of(
                "netstatx_listening_sockets{protocol=\"tcp\",family=\"ipv4\",address=\"0.0.0.0\",port=\"22\",process=\"sshd\"} 1",
                "netstatx_listening_sockets{protocol=\"tcp\",family=\"ipv6\",address=\"::\",port=\"22\",process=\"sshd\"} 1",
                "netstatx_listening_sockets{protocol=\"udp\",family=\"ipv4\",address=\"0.0.0.0\",port=\"68\",process=\"dhclient\"} 1",
                "netstatx_listening_sockets{protocol=\"tcp\",family=\"ipv4\",address=\"0.0.0.0\",port=\"80\",process=\"nginx\"} 2",
                "netstatx_listening_sockets{protocol=\"tcp\",family=\"ipv4\",address=\"127.0.0.1\",port=\"5432\",process=\"\"} 1"),
                listeners, "lowest port first; connected UDP and UNIX listeners are not listed");
        assertTrue(l.contains("netstatx_listening_sockets_omitted 0"));
    }

    @Test
    void listenerSeriesAreCappedAndTheRestCounted() {
        List<SocketEntry> many = new ArrayList<>();
        int n = SocketMetrics.MAX_LISTENER_SERIES + 25;
        for (int port = 1; port <= n; port++) {
            many.add(tcp(AddressFamily.IPV4, "0.0.0.0", port, "0.0.0.0", 0, TcpState.LISTEN));
        }
        many.add(tcp(AddressFamily.IPV4, "127.0.0.1", n, "0.0.0.0", 0, TcpState.LISTEN));
        List<String> l = lines(render(sample(many, null, null, List.of())));
        List<String> listeners = l.stream().filter(s -> s.startsWith("netstatx_listening_sockets{")).toList();
        assertEquals(SocketMetrics.MAX_LISTENER_SERIES, listeners.size());
        assertTrue(listeners.get(listeners.size() - 1).contains("port=\"" + SocketMetrics.MAX_LISTENER_SERIES + "\""));
        assertTrue(l.contains("netstatx_listening_sockets_omitted 26"), "25 ports plus the second socket on the last");
    }

    @Test
    void metaMetricsAndDiagnostics() {
        Diagnostic d = new Diagnostic(Diagnostic.Code.OWNERS_PARTIAL, Severity.WARNING, "/proc", "m", null, 3, 1000L);
        String text = render(sample(sockets(), null, null, List.of(d, d)));
        List<String> l = lines(text);
        assertEquals("# HELP netstatx_info Always 1: the netstatx version and the backend that collected.", l.get(0));
        assertTrue(l.contains("netstatx_info{backend=\"linux-procfs\",version=\"9.9.9\"} 1"));
        assertTrue(l.contains("netstatx_collection_timestamp_seconds " + AT.getEpochSecond()));
        assertTrue(l.contains("netstatx_diagnostics{section=\"sockets\",code=\"owners_partial\",severity=\"warning\"} 2"));
        assertFalse(render(sample(sockets(), null, null, List.of())).contains("netstatx_diagnostics"),
                "no gaps: no diagnostics family at all");
    }

    @Test
    void aMissingOptionalSourceIsAbsentNotADiagnostic() {
        // What backend-linux reports on every host without the sctp module.
        Diagnostic noSctp = new Diagnostic(Diagnostic.Code.SOURCE_MISSING, Severity.INFO, "/proc/net/sctp",
                "/proc/net/sctp does not exist: no sctp sockets can be listed", Protocol.SCTP, 0, null);
        List<String> l = lines(render(sample(sockets(), null, null, List.of(noSctp))));
        assertFalse(l.stream().anyMatch(s -> s.contains("netstatx_diagnostics")), l.toString());
        assertTrue(l.contains("netstatx_source_absent{section=\"sockets\",protocol=\"sctp\",source=\"/proc/net/sctp\"} 1"),
                l.toString());
        // An unreadable or required source stays a diagnostic.
        Diagnostic unreadable = new Diagnostic(Diagnostic.Code.SOURCE_MISSING, Severity.WARNING, "/proc/net/tcp6",
                "gone", Protocol.TCP, 0, null);
        List<String> w = lines(render(sample(sockets(), null, null, List.of(noSctp, unreadable))));
        assertTrue(w.contains("netstatx_diagnostics{section=\"sockets\",code=\"source_missing\",severity=\"warning\"} 1"),
                w.toString());
        assertFalse(render(sample(sockets(), null, null, List.of())).contains("netstatx_source_absent"),
                "nothing absent: no family");
    }

    @Test
    void interfaceCountersOnlyWhereThePlatformHasThem() {
        InterfaceCounters eth = new InterfaceCounters(1000L, 10L, 1L, 2L, null, null, null, null, null, null, null,
                -1L, 20L, 0L, 0L, null, null, null, null, null, null);
        InterfaceCounters partial = new InterfaceCounters(5L, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
        List<NetInterface> ifs = List.of(
                new NetInterface("eth0", 2, null, 1500, null, Set.of(InterfaceFlag.UP, InterfaceFlag.RUNNING), null, null,
                        null, null, List.of(), eth),
                new NetInterface("wg0", 3, null, null, null, Set.of(), null, null, null, null, List.of(), partial),
                new NetInterface("dummy0", 4, null, 1500, null, Set.of(), null, null, null, null, List.of(), null));
        List<String> l = lines(render(sample(List.of(), ifs, null, List.of())));
        assertTrue(l.contains("netstatx_network_up{device=\"eth0\"} 1"));
        assertTrue(l.contains("netstatx_network_up{device=\"wg0\"} 0"));
        assertTrue(l.contains("netstatx_network_mtu_bytes{device=\"eth0\"} 1500"));
        assertFalse(l.stream().anyMatch(s -> s.startsWith("netstatx_network_mtu_bytes{device=\"wg0\"")));
        assertTrue(l.contains("netstatx_network_receive_bytes_total{device=\"eth0\"} 1000"));
        assertTrue(l.contains("netstatx_network_receive_bytes_total{device=\"wg0\"} 5"));
        assertTrue(l.contains("netstatx_network_transmit_bytes_total{device=\"eth0\"} 18446744073709551615"),
                "counters are unsigned 64-bit");
        assertTrue(l.contains("netstatx_network_receive_drop_total{device=\"eth0\"} 2"));
        assertEquals(List.of("netstatx_network_transmit_packets_total{device=\"eth0\"} 20"),
                l.stream().filter(s -> s.startsWith("netstatx_network_transmit_packets_total{")).toList());
        assertTrue(l.contains("# TYPE netstatx_network_receive_bytes_total counter"));
    }

    @Test
    void protocolCountersByGroupWithFamily() {
        List<StatisticsGroup> stats = List.of(
                new StatisticsGroup("Tcp", null, List.of(new StatisticsCounter("RtoAlgorithm", 1),
                        new StatisticsCounter("ActiveOpens", 35), new StatisticsCounter("CurrEstab", 4),
                        new StatisticsCounter("RetransSegs", 7))),
                new StatisticsGroup("TcpExt", null, List.of(new StatisticsCounter("ListenOverflows", 2))),
                new StatisticsGroup("Udp", AddressFamily.IPV4, List.of(new StatisticsCounter("InDatagrams", 100),
                        new StatisticsCounter("NoPorts", 3))),
                new StatisticsGroup("Udp6", AddressFamily.IPV6, List.of(new StatisticsCounter("Udp6InDatagrams", 9))),
                new StatisticsGroup("Ip", AddressFamily.IPV4, List.of(new StatisticsCounter("InReceives", 5))));
        String text = render(sample(List.of(), null, stats, List.of()));
        List<String> l = lines(text);
        assertTrue(l.contains("netstatx_tcp_active_opens_total{family=\"all\"} 35"));
        assertTrue(l.contains("# TYPE netstatx_tcp_current_established gauge"));
        assertTrue(l.contains("netstatx_tcp_current_established{family=\"all\"} 4"));
        assertTrue(l.contains("netstatx_tcp_segments_retransmitted_total{family=\"all\"} 7"));
        assertTrue(l.contains("netstatx_tcp_listen_overflows_total{family=\"all\"} 2"));
        assertEquals(List.of("netstatx_udp_datagrams_received_total{family=\"ipv4\"} 100",
                "netstatx_udp_datagrams_received_total{family=\"ipv6\"} 9"),
                l.stream().filter(s -> s.startsWith("netstatx_udp_datagrams_received_total{")).toList());
        assertTrue(l.contains("netstatx_udp_no_port_total{family=\"ipv4\"} 3"));
        assertFalse(text.contains("netstatx_tcp_passive_opens_total"), "a counter the group lacks has no family");
        assertFalse(text.contains("InReceives"));
    }

    @Test
    void everyLineIsACommentOrASampleWithoutTimestampAndFamiliesAreContiguous() {
        List<StatisticsGroup> stats = List.of(new StatisticsGroup("Tcp", null, List.of(new StatisticsCounter("InSegs", 1))));
        String text = render(sample(sockets(), List.of(), stats, List.of()));
        assertTrue(text.endsWith("\n"));
        List<String> seen = new ArrayList<>();
        for (String line : lines(text)) {
            if (line.startsWith("# HELP ") || line.startsWith("# TYPE ")) {
                continue;
            }
            assertTrue(SAMPLE.matcher(line).matches(), line);
            String name = line.replaceAll("[{ ].*", "");
            if (!seen.isEmpty() && !seen.get(seen.size() - 1).equals(name)) {
                assertFalse(seen.contains(name), name + " appears in two places");
            }
            seen.add(name);
        }
    }
}
