package io.github.netstatx.cli.prometheus;

import io.github.netstatx.cli.prometheus.ExpositionWriter.Type;
import io.github.netstatx.core.model.StatisticsCounter;
import io.github.netstatx.core.model.StatisticsGroup;
import java.util.List;

/**
 * A few key protocol counters from the statistics groups (the data of {@code netstat -s}), each with a
 * {@code family} label: {@code ipv4} or {@code ipv6} when the group is about one family (Linux
 * {@code Udp} and {@code Udp6}; Windows' per-family groups), {@code all} when it covers both (Linux
 * {@code Tcp}). Counters are matched by their MIB-II / Linux SNMP name in the group, with a family
 * prefix of the group's own name tolerated ({@code Udp6InDatagrams} in group {@code Udp6}).
 *
 * <table>
 * <caption>Metrics</caption>
 * <tr><th>metric</th><th>group</th><th>counter</th></tr>
 * <tr><td>netstatx_tcp_active_opens_total</td><td>Tcp</td><td>ActiveOpens</td></tr>
 * <tr><td>netstatx_tcp_passive_opens_total</td><td>Tcp</td><td>PassiveOpens</td></tr>
 * <tr><td>netstatx_tcp_attempt_fails_total</td><td>Tcp</td><td>AttemptFails</td></tr>
 * <tr><td>netstatx_tcp_established_resets_total</td><td>Tcp</td><td>EstabResets</td></tr>
 * <tr><td>netstatx_tcp_current_established (gauge)</td><td>Tcp</td><td>CurrEstab</td></tr>
 * <tr><td>netstatx_tcp_segments_received_total</td><td>Tcp</td><td>InSegs</td></tr>
 * <tr><td>netstatx_tcp_segments_sent_total</td><td>Tcp</td><td>OutSegs</td></tr>
 * <tr><td>netstatx_tcp_segments_retransmitted_total</td><td>Tcp</td><td>RetransSegs</td></tr>
 * <tr><td>netstatx_tcp_receive_errors_total</td><td>Tcp</td><td>InErrs</td></tr>
 * <tr><td>netstatx_tcp_resets_sent_total</td><td>Tcp</td><td>OutRsts</td></tr>
 * <tr><td>netstatx_tcp_listen_overflows_total</td><td>TcpExt</td><td>ListenOverflows</td></tr>
 * <tr><td>netstatx_tcp_listen_drops_total</td><td>TcpExt</td><td>ListenDrops</td></tr>
 * <tr><td>netstatx_udp_datagrams_received_total</td><td>Udp, Udp6</td><td>InDatagrams</td></tr>
 * <tr><td>netstatx_udp_datagrams_sent_total</td><td>Udp, Udp6</td><td>OutDatagrams</td></tr>
 * <tr><td>netstatx_udp_no_port_total</td><td>Udp, Udp6</td><td>NoPorts</td></tr>
 * <tr><td>netstatx_udp_receive_errors_total</td><td>Udp, Udp6</td><td>InErrors</td></tr>
 * <tr><td>netstatx_udp_receive_buffer_errors_total</td><td>Udp, Udp6</td><td>RcvbufErrors</td></tr>
 * <tr><td>netstatx_udp_send_buffer_errors_total</td><td>Udp, Udp6</td><td>SndbufErrors</td></tr>
 * </table>
 */
final class ProtocolMetrics {

    /** One exported counter: metric name, type, help, the groups it is read from and the counter name. */
    record Key(String metric, Type type, String help, List<String> groups, String counter) {
    }

    static final List<Key> KEYS = List.of(
            tcp("netstatx_tcp_active_opens_total", "ActiveOpens", "TCP connections opened actively (connect)."),
            tcp("netstatx_tcp_passive_opens_total", "PassiveOpens", "TCP connections opened passively (accept)."),
            tcp("netstatx_tcp_attempt_fails_total", "AttemptFails", "Failed TCP connection attempts."),
            tcp("netstatx_tcp_established_resets_total", "EstabResets", "TCP connections reset while established or in CLOSE_WAIT."),
            new Key("netstatx_tcp_current_established", Type.GAUGE,
                    "TCP connections currently ESTABLISHED or CLOSE_WAIT.", List.of("Tcp"), "CurrEstab"),
            tcp("netstatx_tcp_segments_received_total", "InSegs", "TCP segments received."),
            tcp("netstatx_tcp_segments_sent_total", "OutSegs", "TCP segments sent."),
            tcp("netstatx_tcp_segments_retransmitted_total", "RetransSegs", "TCP segments retransmitted."),
            tcp("netstatx_tcp_receive_errors_total", "InErrs", "TCP segments received in error."),
            tcp("netstatx_tcp_resets_sent_total", "OutRsts", "TCP segments sent with the RST flag."),
            new Key("netstatx_tcp_listen_overflows_total", Type.COUNTER,
                    "Times a listening socket's accept queue was full.", List.of("TcpExt"), "ListenOverflows"),
            new Key("netstatx_tcp_listen_drops_total", Type.COUNTER,
                    "Connection requests dropped by listening sockets.", List.of("TcpExt"), "ListenDrops"),
            udp("netstatx_udp_datagrams_received_total", "InDatagrams", "UDP datagrams delivered to sockets."),
            udp("netstatx_udp_datagrams_sent_total", "OutDatagrams", "UDP datagrams sent."),
            udp("netstatx_udp_no_port_total", "NoPorts", "UDP datagrams received for a port nobody listens on."),
            udp("netstatx_udp_receive_errors_total", "InErrors", "UDP datagrams that could not be delivered."),
            udp("netstatx_udp_receive_buffer_errors_total", "RcvbufErrors", "UDP datagrams dropped: receive buffer full."),
            udp("netstatx_udp_send_buffer_errors_total", "SndbufErrors", "UDP datagrams dropped: send buffer full."));

    private static Key tcp(String metric, String counter, String help) {
        return new Key(metric, Type.COUNTER, help, List.of("Tcp"), counter);
    }

    private static Key udp(String metric, String counter, String help) {
        return new Key(metric, Type.COUNTER, help, List.of("Udp", "Udp6"), counter);
    }

    private ProtocolMetrics() {
    }

    /** Writes the families that have at least one sample in {@code groups}. */
    static void write(ExpositionWriter w, List<StatisticsGroup> groups) {
        for (Key k : KEYS) {
            w.family(k.metric(), k.type(), k.help());
            for (StatisticsGroup g : groups) {
                if (!k.groups().contains(g.name())) {
                    continue;
                }
                for (StatisticsCounter c : g.counters()) {
                    if (c.name().equals(k.counter()) || c.name().equals(g.name() + k.counter())) {
                        String family = g.family() == null ? "all" : g.family().id();
                        if (k.type() == Type.COUNTER) {
                            w.unsignedSample(c.value(), "family", family);   // u64 kernel counters
                        } else {
                            w.sample(c.value(), "family", family);
                        }
                    }
                }
            }
        }
    }
}
