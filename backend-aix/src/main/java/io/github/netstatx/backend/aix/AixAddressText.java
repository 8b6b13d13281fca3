package io.github.netstatx.backend.aix;

import io.github.netstatx.core.address.AddressBytes;
import io.github.netstatx.core.address.AddressLiteral;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.InetEndpoint;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Numeric address text as AIX netstat prints it: endpoints {@code 192.168.1.114.58420}, {@code *.8080},
 * {@code *.*}, {@code ::1.22}; abbreviated networks {@code 10.1} (= 10.1.0.0); zone suffixes
 * {@code ::1%1}. Only literals are accepted: nothing here ever asks a resolver, so a host name in the
 * input is refused (the caller turns it into a diagnostic) rather than looked up.
 */
final class AixAddressText {

    private AixAddressText() {
    }

    /** {@code addr.port} with {@code *} for a wildcard address or port; empty when not a numeric endpoint. */
    static Optional<InetEndpoint> endpoint(String text, AddressFamily family) {
        int dot = text.lastIndexOf('.');
        if (dot <= 0 || dot == text.length() - 1) {
            return Optional.empty();
        }
        String host = text.substring(0, dot);
        String port = text.substring(dot + 1);
        Optional<Integer> portNumber = port.equals("*") ? Optional.of(0) : number(port, 0xFFFF);
        Optional<InetAddress> address = host.equals("*") ? Optional.of(any(family)) : address(host);
        if (portNumber.isEmpty() || address.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new InetEndpoint(address.get(), portNumber.get()));
    }

    /** The unspecified address of a family. */
    static InetAddress any(AddressFamily family) {
        return literal(family == AddressFamily.IPV6 ? new byte[16] : new byte[4]);
    }

    /** A full numeric IPv4 or IPv6 literal, an IPv6 one possibly with a numeric {@code %zone}. */
    static Optional<InetAddress> address(String text) {
        if (text.indexOf(':') >= 0) {
            return ipv6(text);
        }
        return ipv4Octets(text, false).map(AixAddressText::literal);
    }

    /** An IPv4 network as netstat abbreviates it: {@code 127} = 127.0.0.0, {@code 10.1} = 10.1.0.0. */
    static Optional<InetAddress> abbreviatedIpv4(String text) {
        return ipv4Octets(text, true).map(AixAddressText::literal);
    }

    private static Optional<byte[]> ipv4Octets(String text, boolean abbreviated) {
        String[] parts = text.split("\\.", -1);
        if (parts.length > 4 || (!abbreviated && parts.length != 4)) {
            return Optional.empty();
        }
        byte[] b = new byte[4];
        for (int i = 0; i < parts.length; i++) {
            Optional<Integer> v = number(parts[i], 255);
            if (v.isEmpty()) {
                return Optional.empty();
            }
            b[i] = (byte) (int) v.get();
        }
        return Optional.of(b);
    }

    private static Optional<InetAddress> ipv6(String text) {
        String body = text;
        Integer zone = null;
        int pct = text.indexOf('%');
        if (pct >= 0) {
            Optional<Integer> z = number(text.substring(pct + 1), Integer.MAX_VALUE);
            if (z.isEmpty()) {
                return Optional.empty();
            }
            zone = z.get();
            body = text.substring(0, pct);
        }
        // One literal parser for the whole project (agent-core): it never consults a resolver.
        byte[] bytes = AddressLiteral.ipv6Bytes(body);
        if (bytes == null) {
            return Optional.empty();
        }
        return Optional.of(zone == null ? AddressBytes.of(bytes) : AddressBytes.ipv6(bytes, zone));
    }

    /** A decimal number from 0 to {@code max}; empty for anything else. */
    static Optional<Integer> number(String text, int max) {
        if (text.isEmpty() || text.length() > 10) {
            return Optional.empty();
        }
        long v = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
            v = v * 10 + (c - '0');
        }
        return v > max ? Optional.empty() : Optional.of((int) v);
    }

    /** A decimal counter (unsigned 64-bit range kept in a long); empty for anything else. */
    static Optional<Long> counter(String text) {
        if (text.isEmpty() || text.length() > 20) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(Long.parseUnsignedLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static InetAddress literal(byte[] bytes) {
        return AddressBytes.of(bytes);
    }
}
