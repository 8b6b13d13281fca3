package io.github.netstatx.core.model;

import java.util.List;
import java.util.Objects;

/**
 * An ordered group of protocol counters, named as the Linux SNMP sections are: {@code Ip}, {@code Icmp},
 * {@code IcmpMsg}, {@code Tcp}, {@code Udp}, {@code UdpLite}, {@code TcpExt}, {@code IpExt}, {@code MPTcpExt},
 * {@code Ip6}, {@code Icmp6}, {@code Udp6}, {@code UdpLite6}. Windows maps {@code MIB_IPSTATS} onto {@code Ip}
 * (family IPv4) and {@code Ip6} (IPv6), {@code MIB_TCPSTATS} onto {@code Tcp} for either family, and so on.
 *
 * @param name section name
 * @param family the family the counters are for; {@code null} when they cover both
 * @param counters counters in the platform's order
 */
public record StatisticsGroup(String name, AddressFamily family, List<StatisticsCounter> counters) {

    public StatisticsGroup {
        Objects.requireNonNull(name, "name");
        counters = List.copyOf(counters);
    }
}
