package io.github.netstatx.cli.linux;

import io.github.netstatx.cli.names.AddressText;
import io.github.netstatx.cli.names.HostNames;
import io.github.netstatx.cli.names.PortNames;
import io.github.netstatx.core.address.AddressBytes;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.InetEndpoint;
import io.github.netstatx.core.model.SocketEntry;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code host:port} as net-tools' {@code addr_do_one} writes it ({@code lib/inet.c INET_rresolve},
 * {@code lib/inet6.c INET6_rresolve}, {@code get_sname}).
 *
 * <ul>
 *   <li>Port 0 is {@code *}; other ports are service names unless numeric; unknown ones are numbers.</li>
 *   <li>Hosts are reverse-resolved unless numeric; {@code 0.0.0.0} of an IPv4 table stays numeric, the
 *       IPv6 unspecified address is {@code [::]}; v4-mapped addresses print as IPv4.</li>
 *   <li>Without {@code -W}, when host and port together pass 22 bytes, the port keeps at most 18 bytes and
 *       the host is cut to what is left, so the result fits 23 columns.</li>
 * </ul>
 */
final class EndpointText {

    /** net-tools' {@code short_len}: bytes for host and port without the colon. */
    static final int SHORT_LEN = 22;
    /** net-tools' address buffers hold 127 bytes and a NUL. */
    static final int BUFFER = 127;
    /** {@code get_sname} keeps service names in 64 bytes with a NUL. */
    private static final int SERVICE_BUFFER = 63;

    /** Numeric host texts remembered (direct-mapped by identity): backends share an address object among rows. */
    private static final int HOST_CACHE = 64;

    private final HostNames hosts;
    private final PortNames ports;
    private final boolean wide;
    private final InetAddress[] cachedAddress = new InetAddress[HOST_CACHE];
    private final AddressFamily[] cachedFamily = new AddressFamily[HOST_CACHE];
    private final String[] cachedHost = new String[HOST_CACHE];
    /** Each port's decimal text, made when first printed: a large listing prints each many times. */
    private String[] portNumbers;

    /**
     * @param hosts reverse resolver, or {@code null} for numeric hosts
     * @param ports service names, or {@code null} for numeric ports
     * @param wide {@code -W}: no truncation
     */
    EndpointText(HostNames hosts, PortNames ports, boolean wide) {
        this.hosts = hosts;
        this.ports = ports;
        this.wide = wide;
    }

    /**
     * @param services the service table to name the port from ({@code tcp}, {@code udp}, {@code raw}),
     *     or {@code null} for a port that is always numeric
     */
    String of(InetEndpoint ep, AddressFamily family, String services) {
        return join(host(ep.address(), family), port(ep.port(), services), wide);
    }

    /**
     * {@link #of} appended to {@code sb} and padded with blanks to {@code width} bytes ({@code %-*s}), without
     * the intermediate strings when host and port fit uncut (every numeric row of a large listing).
     */
    void append(StringBuilder sb, InetEndpoint ep, AddressFamily family, String services, int width) {
        String host = host(ep.address(), family);
        String port = port(ep.port(), services);
        // Numeric hosts and ports are ASCII: no per-character count on the rows of a numeric listing.
        int hostLen = hosts == null ? host.length() : Columns.byteLength(host);
        int portLen = ports == null || services == null ? port.length() : Columns.byteLength(port);
        if (hostLen + portLen <= (wide ? BUFFER - 1 : SHORT_LEN)) {
            sb.append(host).append(':').append(port);
            Columns.blanks(sb, width - hostLen - 1 - portLen);
        } else {
            Columns.left(sb, join(host, port, wide), width);
        }
    }

    /** The {@code addr_do_one} cut: see the class comment. */
    static String join(String host, String port, boolean wide) {
        int hostLen = Columns.byteLength(host);
        int portLen = Columns.byteLength(port);
        if (!wide && hostLen + portLen > SHORT_LEN) {
            int keepPort = Math.min(portLen, SHORT_LEN - 4);
            return Columns.cut(host, SHORT_LEN - keepPort) + ":" + Columns.cut(port, keepPort);
        }
        return Columns.cut(host + ":" + port, BUFFER);
    }

    String port(int port, String services) {
        if (port == 0) {
            return "*";
        }
        if (ports == null || services == null) {
            return number(port);
        }
        if (ports != null && services != null) {
            String name = ports.name(services, port);
            if (name != null) {
                return Columns.cut(name, SERVICE_BUFFER);
            }
        }
        return number(port);
    }

    private String number(int port) {
        if (portNumbers == null) {
            portNumbers = new String[0x10000];
        }
        String text = portNumbers[port];
        if (text == null) {
            text = Integer.toString(port);
            portNumbers[port] = text;
        }
        return text;
    }

    String host(InetAddress a, AddressFamily family) {
        if (hosts == null) {
            return numeric(a, family);
        }
        if (a.isAnyLocalAddress()) {
            if (a instanceof Inet6Address) {
                return "[::]";
            }
            if (family == AddressFamily.IPV4) {
                return "0.0.0.0";
            }
        }
        String name = hosts.reverse(lookupKey(a, family)).orElseGet(() -> AddressText.numeric(a));
        return Columns.cut(name, BUFFER);
    }

    /** The numeric text of {@code a}, from the cache when the same address object was printed before. */
    private String numeric(InetAddress a, AddressFamily family) {
        int slot = System.identityHashCode(a) & (HOST_CACHE - 1);
        if (cachedAddress[slot] == a && cachedFamily[slot] == family) {
            return cachedHost[slot];
        }
        String text = AddressText.numeric(a);
        cachedAddress[slot] = a;
        cachedFamily[slot] = family;
        cachedHost[slot] = text;
        return text;
    }

    /** True when hosts are named (reverse lookups), false when they are numeric. */
    boolean resolvesHosts() {
        return hosts != null;
    }

    /** Starts the reverse lookups of every address these rows will print. */
    void prefetch(List<SocketEntry> entries) {
        if (hosts == null) {
            return;
        }
        Set<InetAddress> wanted = new LinkedHashSet<>();
        for (SocketEntry e : entries) {
            if (e.local() != null) {
                addLookup(wanted, e.local().address(), e.family());
                addLookup(wanted, e.remote().address(), e.family());
            }
        }
        hosts.prefetch(wanted);
    }

    private static void addLookup(Set<InetAddress> wanted, InetAddress a, AddressFamily family) {
        boolean fixed = a.isAnyLocalAddress() && (a instanceof Inet6Address || family == AddressFamily.IPV4);
        if (!fixed) {
            wanted.add(lookupKey(a, family));
        }
    }

    /**
     * The address as net-tools asks the resolver about it: without IPv6 scope, and a v4-mapped
     * address of an IPv6 table as the IPv6 address it is (glibc's getnameinfo then finds no IPv4
     * hosts line for it, which is why net-tools prints {@code 127.0.0.1} there, not {@code localhost}).
     */
    private static InetAddress lookupKey(InetAddress a, AddressFamily family) {
        if (a instanceof Inet4Address) {
            return family == AddressFamily.IPV6 ? AddressBytes.ipv6(mapped(a.getAddress()), 0) : a;
        }
        return ((Inet6Address) a).getScopeId() == 0 ? a : AddressBytes.ipv6(a.getAddress(), 0);
    }

    private static byte[] mapped(byte[] v4) {
        byte[] b = new byte[16];
        b[10] = (byte) 0xFF;
        b[11] = (byte) 0xFF;
        System.arraycopy(v4, 0, b, 12, 4);
        return b;
    }
}
