package io.github.netstatx.backend.linux;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Protocol;
import java.nio.ByteOrder;

/**
 * The procfs socket tables, in the order net-tools lists them (TCP, UDP, UDPLite, RAW, each IPv4
 * before IPv6, then UNIX), with the protocol and family each one holds.
 */
enum ProcNetTable {
    TCP("proc/net/tcp", Protocol.TCP, AddressFamily.IPV4),
    TCP6("proc/net/tcp6", Protocol.TCP, AddressFamily.IPV6),
    UDP("proc/net/udp", Protocol.UDP, AddressFamily.IPV4),
    UDP6("proc/net/udp6", Protocol.UDP, AddressFamily.IPV6),
    UDPLITE("proc/net/udplite", Protocol.UDPLITE, AddressFamily.IPV4),
    UDPLITE6("proc/net/udplite6", Protocol.UDPLITE, AddressFamily.IPV6),
    RAW("proc/net/raw", Protocol.RAW, AddressFamily.IPV4),
    RAW6("proc/net/raw6", Protocol.RAW, AddressFamily.IPV6),
    UNIX("proc/net/unix", Protocol.UNIX, AddressFamily.UNIX);

    /** Path relative to the backend's root. */
    final String path;
    final Protocol protocol;
    final AddressFamily family;

    ProcNetTable(String path, Protocol protocol, AddressFamily family) {
        this.path = path;
        this.protocol = protocol;
        this.family = family;
    }

    /** Parses this table's bytes with the parser for its format. */
    ParsedTable parse(byte[] data, ByteOrder hostOrder, boolean timers) {
        return this == UNIX
                ? ProcNetUnixParser.parse(data)
                : ProcNetInetParser.parse(data, protocol, family, hostOrder, timers);
    }
}
