package io.github.netstatx.backend.macos;

import java.util.Optional;

/**
 * Every sysctl this backend reads. Each has a dotted name: the one {@code sysctlbyname} takes, or, for the
 * routing-socket dumps that have only a numeric MIB, the name {@code sysctl(8)} would print for that MIB. The
 * dotted name is also the file name of the sysctl in a capture directory.
 */
public enum Sysctl {
    TCP_PCBLIST_N("net.inet.tcp.pcblist_n"),
    UDP_PCBLIST_N("net.inet.udp.pcblist_n"),
    RAW_PCBLIST_N("net.inet.raw.pcblist_n"),
    /** macOS 13+. */
    LOCAL_STREAM_PCBLIST_N("net.local.stream.pcblist_n"),
    /** macOS 13+. */
    LOCAL_DGRAM_PCBLIST_N("net.local.dgram.pcblist_n"),
    /** Before macOS 13 the only UNIX list with everything netstat prints. */
    LOCAL_STREAM_PCBLIST64("net.local.stream.pcblist64"),
    LOCAL_DGRAM_PCBLIST64("net.local.dgram.pcblist64"),
    /** {@code {CTL_NET, PF_ROUTE, 0, 0, NET_RT_IFLIST2, 0}}. */
    IFLIST2("net.route.0.0.iflist2.0", 4, 17, 0, 0, 6, 0),
    /** {@code {CTL_NET, PF_ROUTE, 0, 0, NET_RT_DUMP2, 0}}. */
    DUMP2("net.route.0.0.dump2.0", 4, 17, 0, 0, 7, 0),
    TCP_STATS("net.inet.tcp.stats"),
    UDP_STATS("net.inet.udp.stats"),
    IP_STATS("net.inet.ip.stats"),
    /** {@code {CTL_NET, PF_INET, IPPROTO_ICMP, ICMPCTL_STATS}}, by its name. */
    ICMP_STATS("net.inet.icmp.stats"),
    /** {@code {CTL_NET, PF_INET6, IPPROTO_IPV6, IPV6CTL_STATS}}, by its name. */
    IP6_STATS("net.inet6.ip6.stats"),
    /** {@code {CTL_NET, PF_INET6, IPPROTO_ICMPV6, ICMPV6CTL_STATS}}, by its name. */
    ICMP6_STATS("net.inet6.icmp6.stats"),
    /** {@code struct mbstat}: mbuf totals and per-type counts. */
    MBSTAT("kern.ipc.mbstat"),
    /** {@code mb_stat_t}: the mbuf allocator's classes. */
    MB_STAT("kern.ipc.mb_stat"),
    /** Bytes in a jumbo (16 KB) cluster, a native {@code u_int}. */
    NJCL_BYTES("kern.ipc.njclbytes"),
    /** How many jumbo clusters the kernel allows (0 = none configured), a native {@code u_int}. */
    NJCL("kern.ipc.njcl"),
    /** The product version, e.g. {@code 13.6.1}: picks version-dependent layouts and the dialect's columns. */
    OS_PRODUCT_VERSION("kern.osproductversion"),
    HOSTNAME("kern.hostname");

    private final String dottedName;
    private final int[] mib;

    Sysctl(String dottedName, int... mib) {
        this.dottedName = dottedName;
        this.mib = mib;
    }

    public String dottedName() {
        return dottedName;
    }

    /** The numeric MIB when the sysctl has no name the kernel resolves. */
    public Optional<int[]> mib() {
        return mib.length == 0 ? Optional.empty() : Optional.of(mib.clone());
    }
}
