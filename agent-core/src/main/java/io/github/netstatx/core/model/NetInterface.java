package io.github.netstatx.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A network interface.
 *
 * @param name interface name ({@code eth0}; Windows: the alias, e.g. {@code Ethernet})
 * @param index interface index, or {@code null}
 * @param description long description (Windows), or {@code null}
 * @param mtu MTU, or {@code null}
 * @param metric interface metric, or {@code null}
 * @param flags flags that are set
 * @param rawFlags the platform's flag word, or {@code null}
 * @param hardwareAddress link-layer address as lower-case colon-separated hex, or {@code null}
 * @param hardwareType link-layer type as the platform codes it (Linux ARPHRD_*, Windows IF_TYPE), or {@code null}
 * @param txQueueLength transmit queue length, or {@code null}
 * @param addresses configured addresses
 * @param counters counters, or {@code null} when the platform has none for this interface
 * @param linkType the kind of link in the common vocabulary, or {@code null} when unknown
 * @param adapter the device-driver statistics of the adapter under the interface, or {@code null} when the
 *        platform reports none (only AIX's {@code netstat -v} does)
 */
public record NetInterface(String name, Integer index, String description, Integer mtu, Integer metric,
        Set<InterfaceFlag> flags, Long rawFlags, String hardwareAddress, Integer hardwareType, Long txQueueLength,
        List<InterfaceAddress> addresses, InterfaceCounters counters, LinkType linkType, AdapterStatistics adapter) {

    public NetInterface {
        Objects.requireNonNull(name, "name");
        flags = Set.copyOf(flags);
        addresses = List.copyOf(addresses);
    }

    /** An interface without adapter statistics. */
    public NetInterface(String name, Integer index, String description, Integer mtu, Integer metric,
            Set<InterfaceFlag> flags, Long rawFlags, String hardwareAddress, Integer hardwareType,
            Long txQueueLength, List<InterfaceAddress> addresses, InterfaceCounters counters, LinkType linkType) {
        this(name, index, description, mtu, metric, flags, rawFlags, hardwareAddress, hardwareType, txQueueLength,
                addresses, counters, linkType, null);
    }

    /** The same interface with the statistics of the adapter under it. */
    public NetInterface withAdapter(AdapterStatistics stats) {
        return new NetInterface(name, index, description, mtu, metric, flags, rawFlags, hardwareAddress,
                hardwareType, txQueueLength, addresses, counters, linkType, stats);
    }

    /** An interface whose link type is not known. */
    public NetInterface(String name, Integer index, String description, Integer mtu, Integer metric,
            Set<InterfaceFlag> flags, Long rawFlags, String hardwareAddress, Integer hardwareType,
            Long txQueueLength, List<InterfaceAddress> addresses, InterfaceCounters counters) {
        this(name, index, description, mtu, metric, flags, rawFlags, hardwareAddress, hardwareType, txQueueLength,
                addresses, counters, null, null);
    }
}
