package io.github.netstatx.backend.windows.decode;

/**
 * The fields of one {@code MIB_IPINTERFACE_ROW} the backend uses.
 *
 * @param ipv6 Family is AF_INET6
 * @param interfaceLuid InterfaceLuid
 * @param interfaceIndex InterfaceIndex
 * @param automaticMetric UseAutomaticMetric
 * @param metric Metric (what {@code route print} adds to each route's metric)
 * @param mtu NlMtu
 * @param connected Connected
 */
public record IpInterfaceRow(boolean ipv6, long interfaceLuid, long interfaceIndex, boolean automaticMetric,
        long metric, long mtu, boolean connected) {
}
