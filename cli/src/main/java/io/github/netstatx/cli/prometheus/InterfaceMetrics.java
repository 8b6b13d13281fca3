package io.github.netstatx.cli.prometheus;

import io.github.netstatx.cli.prometheus.ExpositionWriter.Type;
import io.github.netstatx.core.model.InterfaceCounters;
import io.github.netstatx.core.model.InterfaceFlag;
import io.github.netstatx.core.model.NetInterface;
import java.util.List;
import java.util.function.Function;

/**
 * Interface metrics, named after node_exporter's netdev collector with the {@code netstatx_} prefix so
 * dashboards carry over ({@code netstatx_network_receive_bytes_total{device="eth0"}}): the eight
 * classic counters, whether the interface is up, and its MTU. A counter the platform does not report
 * for an interface has no sample for it (never a made-up 0).
 */
final class InterfaceMetrics {

    /** One counter family: its name suffix, help text and where the model keeps it. */
    private record Counter(String name, String help, Function<InterfaceCounters, Long> value) {
    }

    private static final List<Counter> COUNTERS = List.of(
            new Counter("receive_bytes_total", "Bytes received.", InterfaceCounters::rxBytes),
            new Counter("receive_packets_total", "Packets received.", InterfaceCounters::rxPackets),
            new Counter("receive_errs_total", "Receive errors.", InterfaceCounters::rxErrors),
            new Counter("receive_drop_total", "Received packets dropped.", InterfaceCounters::rxDropped),
            new Counter("transmit_bytes_total", "Bytes sent.", InterfaceCounters::txBytes),
            new Counter("transmit_packets_total", "Packets sent.", InterfaceCounters::txPackets),
            new Counter("transmit_errs_total", "Transmit errors.", InterfaceCounters::txErrors),
            new Counter("transmit_drop_total", "Sent packets dropped.", InterfaceCounters::txDropped));

    private InterfaceMetrics() {
    }

    static void write(ExpositionWriter w, List<NetInterface> interfaces) {
        w.family("netstatx_network_up", Type.GAUGE, "1 when the interface is administratively up, else 0.");
        for (NetInterface i : interfaces) {
            w.sample(i.flags().contains(InterfaceFlag.UP) ? 1 : 0, "device", i.name());
        }
        w.family("netstatx_network_mtu_bytes", Type.GAUGE, "MTU of the interface.");
        for (NetInterface i : interfaces) {
            if (i.mtu() != null) {
                w.sample(i.mtu(), "device", i.name());
            }
        }
        for (Counter c : COUNTERS) {
            w.family("netstatx_network_" + c.name(), Type.COUNTER, c.help());
            for (NetInterface i : interfaces) {
                Long v = i.counters() == null ? null : c.value().apply(i.counters());
                if (v != null) {
                    w.unsignedSample(v, "device", i.name());
                }
            }
        }
    }
}
