package io.github.netstatx.core.address;

import io.github.netstatx.core.model.AddressFamily;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * {@link InetAddress} values from raw network-order bytes. {@link InetAddress#getByAddress(byte[])}
 * never resolves, but it declares {@link UnknownHostException} for a wrong length; this class turns
 * that into an argument error once, instead of a try/catch at every decoder.
 */
public final class AddressBytes {

    private AddressBytes() {
    }

    /**
     * The address of 4 or 16 bytes. IPv4-mapped IPv6 addresses ({@code ::ffff:a.b.c.d}) come back as IPv4,
     * as the JDK makes them and as every renderer wants them.
     *
     * @throws IllegalArgumentException when {@code bytes} is neither 4 nor 16 bytes long
     */
    public static InetAddress of(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("an address has 4 or 16 bytes, not " + bytes.length, e);
        }
    }

    /**
     * An IPv6 address of exactly these 16 bytes, IPv4-mapped ones included (where {@link #of} would give
     * IPv4), with a zone when {@code scopeId} is positive.
     *
     * @param scopeId the interface index of the zone, or 0 for none
     * @throws IllegalArgumentException when {@code sixteen} is not 16 bytes long
     */
    public static Inet6Address ipv6(byte[] sixteen, int scopeId) {
        try {
            return Inet6Address.getByAddress(null, sixteen, scopeId > 0 ? scopeId : -1);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("an IPv6 address has 16 bytes, not " + sixteen.length, e);
        }
    }

    /** {@code 0.0.0.0} or {@code ::}: the unspecified address of a family. */
    public static InetAddress unspecified(AddressFamily family) {
        return of(new byte[family == AddressFamily.IPV4 ? 4 : 16]);
    }

    /** The prefix length of a contiguous netmask ({@code 255.255.255.0} is 24); {@code null} when not contiguous. */
    public static Integer prefixLength(InetAddress mask) {
        int bits = 0;
        boolean seenZero = false;
        for (byte x : mask.getAddress()) {
            for (int i = 7; i >= 0; i--) {
                boolean one = (x >> i & 1) == 1;
                if (one && seenZero) {
                    return null;
                }
                if (one) {
                    bits++;
                } else {
                    seenZero = true;
                }
            }
        }
        return bits;
    }
}
