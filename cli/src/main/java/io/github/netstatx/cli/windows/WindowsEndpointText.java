package io.github.netstatx.cli.windows;

import io.github.netstatx.cli.TerminalSafe;
import io.github.netstatx.cli.names.AddressText;
import io.github.netstatx.cli.names.HostNames;
import io.github.netstatx.cli.names.PortNames;
import io.github.netstatx.core.address.AddressBytes;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.InetEndpoint;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Locale;
import java.util.Optional;

/**
 * The Local Address and Foreign Address cells of netstat.exe (reference windows.md §2.1).
 *
 * <p>Numeric: {@code a.b.c.d:port}, {@code [v6%scope]:port}. Name mode (no {@code -n}), Vista and
 * later: the local side stays numeric; the foreign host is reverse-resolved and shown by its first
 * label ({@code -f}: the full name), a loopback or unspecified foreign address shows as the computer
 * name, an unresolvable one numerically; the foreign port goes through the services database.
 * UDP rows have no foreign side ({@code *:*}); listeners and bound sockets show the unspecified
 * address with port 0.
 */
public final class WindowsEndpointText {

    private final boolean numeric;
    private final boolean fqdn;
    private final HostNames hostNames;
    private final PortNames portNames;
    private final String computerName;

    /**
     * @param numeric {@code -n}
     * @param fqdn {@code -f}
     * @param hostNames the resolver (unused when numeric)
     * @param portNames services, with netstat.exe's first-line precedence
     * @param hostname the observed host's name, or {@code null} when unknown (loopback peers then
     *     print numerically)
     */
    public WindowsEndpointText(boolean numeric, boolean fqdn, HostNames hostNames, PortNames portNames,
            String hostname) {
        this.numeric = numeric;
        this.fqdn = fqdn;
        this.hostNames = hostNames;
        this.portNames = portNames;
        this.computerName = computerName(hostname);
    }

    /** netstat.exe shows the NetBIOS-style computer name: the first label, upper case. */
    static String computerName(String hostname) {
        if (hostname == null || hostname.isBlank()) {
            return null;
        }
        return TerminalSafe.dotted(firstLabel(hostname.strip()).toUpperCase(Locale.ROOT));
    }

    private static String firstLabel(String name) {
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The numeric text of an endpoint: {@code 10.0.0.1:80}, {@code [fe80::1%4]:53}. */
    public static String numeric(InetEndpoint endpoint) {
        return host(endpoint.address()) + ":" + endpoint.port();
    }

    private static String host(InetAddress address) {
        String literal = AddressText.numeric(address);
        if (address instanceof Inet4Address) {
            return literal;
        }
        Integer scope = new InetEndpoint(address, 0).scopeId();
        return "[" + literal + (scope == null ? "" : "%" + scope) + "]";
    }

    /** The Local Address cell: always numeric. */
    public String local(SocketEntry e) {
        return numeric(e.local());
    }

    /** The Foreign Address cell. */
    public String foreign(SocketEntry e, RowKind kind) {
        if (e.protocol() == Protocol.UDP) {
            return "*:*";
        }
        InetEndpoint remote = kind == RowKind.CONNECTION ? e.remote() : unspecifiedPeer(e.local());
        if (numeric) {
            return numeric(remote);
        }
        return foreignHost(remote.address()) + ":" + foreignPort(e.protocol(), remote.port());
    }

    /** The addresses name mode will look up, so they can be resolved in parallel first. */
    public Optional<InetAddress> lookupFor(SocketEntry e, RowKind kind) {
        if (numeric || e.protocol() == Protocol.UDP || kind != RowKind.CONNECTION) {
            return Optional.empty();
        }
        InetAddress a = e.remote().address();
        return isComputerItself(a) && computerName != null ? Optional.empty() : Optional.of(a);
    }

    private static InetEndpoint unspecifiedPeer(InetEndpoint local) {
        return new InetEndpoint(AddressBytes.unspecified(local.address() instanceof Inet4Address
                ? AddressFamily.IPV4 : AddressFamily.IPV6), 0);
    }

    private static boolean isComputerItself(InetAddress a) {
        return a.isLoopbackAddress() || a.isAnyLocalAddress();
    }

    private String foreignHost(InetAddress a) {
        if (isComputerItself(a) && computerName != null) {
            return computerName;
        }
        Optional<String> name = hostNames.reverse(a);
        if (name.isEmpty()) {
            return host(a);
        }
        return TerminalSafe.dotted(fqdn ? name.get() : firstLabel(name.get()));
    }

    private String foreignPort(Protocol protocol, int port) {
        String name = portNames.name(protocol.id(), port);
        return name == null ? Integer.toString(port) : TerminalSafe.dotted(name);
    }
}
