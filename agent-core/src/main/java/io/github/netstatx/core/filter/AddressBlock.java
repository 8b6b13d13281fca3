package io.github.netstatx.core.filter;

import java.net.InetAddress;
import java.util.Arrays;

/**
 * An address or a CIDR block ({@code 10.0.0.0/8}, {@code fe80::/10}); a single address is a block of
 * its full length. IPv4 blocks match IPv4 addresses only, IPv6 blocks IPv6 addresses only; IPv4-mapped
 * IPv6 addresses reach the model as IPv4 already ({@link io.github.netstatx.core.model.InetEndpoint}),
 * so {@code 127.0.0.0/8} finds a dual-stack socket's IPv4 peer. Zones (scope ids) are ignored.
 */
public final class AddressBlock {

    private final byte[] network;
    private final int prefixLength;

    private AddressBlock(byte[] network, int prefixLength) {
        this.network = network;
        this.prefixLength = prefixLength;
    }

    /**
     * The block of {@code prefixLength} leading bits of {@code address}; bits after the prefix are
     * cleared ({@code 10.1.2.3/8} is {@code 10.0.0.0/8}), as {@code ip route} reads a prefix.
     *
     * @throws IllegalArgumentException when the prefix is longer than the address
     */
    public static AddressBlock of(InetAddress address, int prefixLength) {
        byte[] b = address.getAddress();
        if (prefixLength < 0 || prefixLength > b.length * 8) {
            throw new IllegalArgumentException("prefix length " + prefixLength + " for a " + b.length * 8
                    + "-bit address");
        }
        for (int bit = prefixLength; bit < b.length * 8; bit++) {
            b[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return new AddressBlock(b, prefixLength);
    }

    /** The block holding exactly {@code address}. */
    public static AddressBlock single(InetAddress address) {
        return of(address, address.getAddress().length * 8);
    }

    public int prefixLength() {
        return prefixLength;
    }

    /** The block's first address (the address itself for a single address). */
    public InetAddress network() {
        try {
            return InetAddress.getByAddress(network);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException("4 or 16 bytes always make an address", e);
        }
    }

    /** True when the block is one address. */
    public boolean single() {
        return prefixLength == network.length * 8;
    }

    /** True when {@code address} is of this block's family and within it. */
    public boolean contains(InetAddress address) {
        byte[] a = address.getAddress();
        if (a.length != network.length) {
            return false;
        }
        int full = prefixLength / 8;
        for (int i = 0; i < full; i++) {
            if (a[i] != network[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (a[full] & mask) == (network[full] & mask);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AddressBlock b && b.prefixLength == prefixLength && Arrays.equals(b.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefixLength;
    }
}
