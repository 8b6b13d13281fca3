package io.github.netstatx.core.model;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A network adapter's device-driver statistics, as AIX {@code netstat -v} (and {@code entstat -d}) prints
 * their general sections: only what those sections carry beyond the interface's own record. Packets,
 * bytes, errors and drops per direction, and received multicast, are {@link InterfaceCounters} fields of
 * {@link #counters()}, since they mean the same thing. {@code null} means not reported.
 *
 * @param adapterName the adapter as its driver names it ({@code ent0}; AIX's interface over it is {@code en0})
 * @param kind the word of the statistics title ({@code ETHERNET} in {@code ETHERNET STATISTICS (ent0) :})
 * @param deviceType the driver's description of the device ({@code Virtual I/O Ethernet Adapter (l-lan)})
 * @param hardwareAddress the adapter's address as its driver reports it, lower-case colon-separated hex (an
 *        aggregated adapter's can differ from the interface's {@link NetInterface#hardwareAddress()})
 * @param elapsed time the counters have run since they were last reset
 * @param counters the adapter's packets, bytes, errors and drops per direction, and received multicast
 * @param txBroadcast broadcast packets sent
 * @param rxBroadcast broadcast packets received
 * @param txMulticast multicast packets sent
 * @param dataRateMbps the adapter's data rate in Mbit/s
 * @param unmodelledSections titles of the device-specific sections the source printed and the model leaves
 *        out (so a reader knows what was there), in the source's order
 */
public record AdapterStatistics(String adapterName, String kind, String deviceType, String hardwareAddress,
        Duration elapsed,
        InterfaceCounters counters, Long txBroadcast, Long rxBroadcast, Long txMulticast, Long dataRateMbps,
        List<String> unmodelledSections) {

    public AdapterStatistics {
        Objects.requireNonNull(adapterName, "adapterName");
        unmodelledSections = List.copyOf(unmodelledSections);
    }
}
