package io.github.netstatx.cli.windows;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Protocol;
import java.util.Locale;

/**
 * The values of netstat.exe's {@code -p}. The four transport values select connections; all eight
 * select statistics groups when {@code -s} is given. Matching ignores case, as netstat.exe does.
 */
public enum WindowsProtocol {
    TCP("TCP", Protocol.TCP, AddressFamily.IPV4),
    UDP("UDP", Protocol.UDP, AddressFamily.IPV4),
    TCPV6("TCPv6", Protocol.TCP, AddressFamily.IPV6),
    UDPV6("UDPv6", Protocol.UDP, AddressFamily.IPV6),
    IP("IP", null, AddressFamily.IPV4),
    IPV6("IPv6", null, AddressFamily.IPV6),
    ICMP("ICMP", null, AddressFamily.IPV4),
    ICMPV6("ICMPv6", null, AddressFamily.IPV6);

    private final String spelling;
    private final Protocol transport;
    private final AddressFamily family;

    WindowsProtocol(String spelling, Protocol transport, AddressFamily family) {
        this.spelling = spelling;
        this.transport = transport;
        this.family = family;
    }

    /** How netstat.exe's help spells it ({@code TCPv6}). */
    public String spelling() {
        return spelling;
    }

    /** True for the values that select connections (valid without {@code -s}). */
    public boolean selectsConnections() {
        return transport != null;
    }

    /** The transport protocol of a connection-selecting value; {@code null} for IP and ICMP. */
    public Protocol transport() {
        return transport;
    }

    /** The address family the value stands for. */
    public AddressFamily family() {
        return family;
    }

    /** The value for a word of any case, or {@code null} when netstat.exe has no such value. */
    public static WindowsProtocol parse(String word) {
        String upper = word.toUpperCase(Locale.ROOT);
        for (WindowsProtocol p : values()) {
            if (p.spelling.toUpperCase(Locale.ROOT).equals(upper)) {
                return p;
            }
        }
        return null;
    }
}
