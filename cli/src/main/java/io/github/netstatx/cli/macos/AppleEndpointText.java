package io.github.netstatx.cli.macos;

import io.github.netstatx.cli.names.AddressText;
import io.github.netstatx.cli.names.HostNames;
import io.github.netstatx.cli.names.PortNames;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Apple netstat's {@code inetprint} and {@code inet6print} (network_cmds {@code inet.c}, {@code inet6.c}): a
 * {@code host.port} field with its own truncation rules. IPv4: host cut to 16 (12 with {@code -A} and a
 * symbolic port) unless {@code -W}, {@code "port "} with a trailing blank, the field cut to 22 (18 with
 * {@code -A}) unless {@code -W}. IPv6: host cut to 16 (39 with {@code -l}, 12 with {@code -A} and a symbolic
 * port), no blank after the port, field 22 (18 with {@code -A}, 45 with {@code -l}) and always cut. Each
 * field is followed by one blank.
 */
final class AppleEndpointText {

    private final boolean numeric;
    private final boolean pcbColumns;
    private final boolean noTruncate;
    private final boolean wide;
    private final HostNames names;
    private final PortNames ports;
    private final String localDomain;

    /**
     * @param names reverse lookups, or null with {@code -n}
     * @param localDomain the host's domain (after its first dot), stripped from IPv6 names as netstat does
     */
    AppleEndpointText(AppleOptions o, HostNames names, PortNames ports, String localDomain) {
        this.numeric = o.numeric();
        this.pcbColumns = o.pcbAddresses();
        this.noTruncate = o.noTruncate();
        this.wide = o.wide() > 0;
        this.names = names;
        this.ports = ports;
        this.localDomain = localDomain;
    }

    String inet(InetAddress address, int port, String protocol, boolean numericPort) {
        String host = inetName(address);
        StringBuilder line = new StringBuilder();
        line.append(noTruncate ? host : cut(host, pcbColumns && !numericPort ? 12 : 16)).append('.');
        String service = !numericPort && port != 0 ? service(protocol, port) : null;
        if (service != null || port == 0) {
            line.append(service != null ? cut(service, 15) : "*").append(' ');
        } else {
            line.append(port).append(' ');
        }
        int width = pcbColumns && !noTruncate ? 18 : 22;
        return noTruncate ? pad(line.toString(), width) + " " : pad(cut(line.toString(), width), width) + " ";
    }

    String inet6(InetAddress address, int port, String protocol, boolean numericPort) {
        String host = inet6Name(address);
        StringBuilder line = new StringBuilder();
        line.append(cut(host, wide ? 39 : pcbColumns && !numericPort ? 12 : 16)).append('.');
        String service = !numericPort && port != 0 ? service(protocol, port) : null;
        if (service != null || port == 0) {
            line.append(service != null ? cut(service, 15) : "*");
        } else {
            line.append(port);
        }
        int width = wide ? 45 : pcbColumns ? 18 : 22;
        return pad(cut(line.toString(), width), width) + " ";
    }

    private String service(String protocol, int port) {
        return ports == null ? null : ports.name(protocol, port);
    }

    /** inetname: {@code *} for the wildcard, the host name unless {@code -n}, else the dotted quad. */
    private String inetName(InetAddress address) {
        InetAddress v4 = lastFour(address);
        if (v4.isAnyLocalAddress()) {
            return "*";
        }
        if (!numeric && names != null) {
            var name = names.reverse(v4);
            if (name.isPresent()) {
                return io.github.netstatx.cli.TerminalSafe.dotted(name.get());
            }
        }
        return AddressText.numeric(v4);
    }

    /** inet6name: {@code *}, a name with the local domain stripped, or the numeric form with {@code %scope}. */
    private String inet6Name(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return "*";
        }
        if (!numeric && names != null) {
            var name = names.reverse(address);
            if (name.isPresent()) {
                String n = name.get();
                int dot = n.indexOf('.');
                if (dot >= 0 && localDomain != null && n.substring(dot + 1).equals(localDomain)) {
                    n = n.substring(0, dot);
                }
                return io.github.netstatx.cli.TerminalSafe.dotted(n);
            }
        }
        String text = AddressText.numeric(address);
        if (address instanceof Inet6Address v6 && v6.getScopeId() != 0) {
            String scope = v6.getScopedInterface() != null ? v6.getScopedInterface().getName()
                    : Integer.toString(v6.getScopeId());
            text = text + "%" + scope;
        }
        return text;
    }

    /** The IPv4 part of an address: itself, or the last four bytes of an IPv6 one (dual-stack rows). */
    static InetAddress lastFour(InetAddress a) {
        if (a instanceof Inet4Address) {
            return a;
        }
        byte[] b = a.getAddress();
        try {
            return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    static String pad(String s, int width) {
        if (s.length() >= width) {
            return s;
        }
        return s + " ".repeat(width - s.length());
    }
}
