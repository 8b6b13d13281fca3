package io.github.netstatx.cli.json;

import io.github.netstatx.cli.TerminalSafe;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Parses the address literals of a saved snapshot without ever resolving a name: only dotted IPv4
 * quads and IPv6 literals are accepted, anything else is an error.
 */
final class AddressLiteral {

    private AddressLiteral() {
    }

    /**
     * @param scopeId the IPv6 scope id written next to the literal, or {@code null}
     * @throws IllegalArgumentException when {@code text} is not an address literal
     */
    static InetAddress parse(String text, Integer scopeId) {
        if (text.indexOf(':') < 0) {
            if (scopeId != null) {
                throw new IllegalArgumentException("an IPv4 address has no scope id");
            }
            return fromBytes(ipv4(text));
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isAsciiHex(c) && c != ':' && c != '.') {
                throw new IllegalArgumentException("not an IPv6 address literal: " + TerminalSafe.quoted(text));
            }
        }
        try {
            // With a ':' in it the JDK treats the text as an IPv6 literal and never asks a resolver.
            InetAddress a = InetAddress.getByName(text);
            if (scopeId != null && a instanceof Inet6Address) {
                return Inet6Address.getByAddress(null, a.getAddress(), scopeId);
            }
            return a;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IPv6 address literal: " + TerminalSafe.quoted(text));
        }
    }

    private static boolean isAsciiHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static byte[] ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not an address literal: " + TerminalSafe.quoted(text));
        }
        byte[] b = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("not an address literal: " + TerminalSafe.quoted(text));
            }
            int v = Integer.parseInt(p);
            if (v > 255) {
                throw new IllegalArgumentException("not an address literal: " + TerminalSafe.quoted(text));
            }
            b[i] = (byte) v;
        }
        return b;
    }

    private static InetAddress fromBytes(byte[] b) {
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }
}
