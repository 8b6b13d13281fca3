package io.github.netstatx.cli.linux;

import io.github.netstatx.cli.names.AddressText;
import io.github.netstatx.cli.names.HostNames;
import io.github.netstatx.cli.names.NetworksFileParser.NetworkEntry;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * Addresses as net-tools names them in the route, group and masquerade views ({@code lib/inet.c}
 * {@code INET_rresolve}, {@code lib/inet6.c} {@code INET6_rresolve}).
 *
 * <p>IPv4, unless numeric: {@code 0.0.0.0} with a zero mask is {@code default} (or {@code *}), with any other
 * mask {@code 0.0.0.0}; an address with host bits set under its mask (or flagged as a host) is looked up as a
 * host, otherwise as a network in the networks database; no name means the dotted quad. IPv6, unless numeric:
 * {@code ::} is {@code [::]}, anything else the host name or the {@code inet_ntop} literal.
 */
final class NetToolsAddressNames implements AutoCloseable {

    private final HostNames hosts;
    private final List<NetworkEntry> networks;

    /**
     * @param hosts reverse lookups (the system resolver in production)
     * @param networks the networks database in file order
     */
    NetToolsAddressNames(HostNames hosts, List<NetworkEntry> networks) {
        this.hosts = hosts;
        this.networks = List.copyOf(networks);
    }

    /**
     * Names as the run's other tables get them: the system resolver and {@code /etc/networks}, or with
     * {@code --fs-root} that root's {@code etc/hosts} and {@code etc/networks}.
     */
    static NetToolsAddressNames of(io.github.netstatx.cli.Rendering rendering) {
        return new NetToolsAddressNames(LinuxDialect.hostNames(rendering),
                io.github.netstatx.cli.names.NameFiles.networks(rendering.fsRoot().resolve("etc/networks"),
                        LinuxDialect.refusedNameFile(rendering)));
    }

    /** Names used only in numeric output: nothing is ever looked up. */
    static NetToolsAddressNames numericOnly() {
        return new NetToolsAddressNames(new HostNames(a -> Optional.empty(), java.time.Duration.ZERO), List.of());
    }

    /**
     * @param address IPv4 address
     * @param prefixLength the mask it is shown with (32 for plain addresses)
     * @param numeric print the dotted quad whatever it is
     * @param zeroIsDefault write {@code default} rather than {@code *} for 0.0.0.0/0
     * @param host treat it as a host even without host bits
     */
    String inet(InetAddress address, int prefixLength, boolean numeric, boolean zeroIsDefault, boolean host) {
        String literal = AddressText.numeric(address);
        if (numeric) {
            return literal;
        }
        long ad = unsigned(address.getAddress());
        long mask = prefixLength == 0 ? 0 : (0xFFFFFFFFL << (32 - prefixLength)) & 0xFFFFFFFFL;
        if (ad == 0) {
            return mask == 0 ? (zeroIsDefault ? "default" : "*") : "0.0.0.0";
        }
        if ((ad & ~mask & 0xFFFFFFFFL) != 0 || host) {
            return hosts.reverse(address).orElse(literal);
        }
        for (NetworkEntry n : networks) {
            if (n.number() == ad) {
                return n.name();
            }
        }
        return literal;
    }

    /** A plain IPv4 address ({@code INET_sprint}): as {@link #inet} with the /24 mask net-tools passes. */
    String inet(InetAddress address, boolean numeric) {
        return inet(address, 24, numeric, false, false);
    }

    /** An IPv6 address ({@code INET6_sprint}). */
    String inet6(InetAddress address, boolean numeric) {
        if (numeric || address instanceof java.net.Inet4Address) {
            return AddressText.numeric(address);
        }
        if (address.isAnyLocalAddress()) {
            return "[::]";
        }
        return hosts.reverse(address).orElseGet(() -> AddressText.numeric(address));
    }

    /** Starts the lookups of a whole table at once, so they run in parallel. */
    void prefetch(List<InetAddress> addresses) {
        hosts.prefetch(addresses);
    }

    @Override
    public void close() {
        hosts.close();
    }

    private static long unsigned(byte[] b) {
        return (b[0] & 0xFFL) << 24 | (b[1] & 0xFFL) << 16 | (b[2] & 0xFFL) << 8 | (b[3] & 0xFFL);
    }
}
