package io.github.netstatx.cli.json;

import io.github.netstatx.cli.names.AddressText;
import java.net.Inet6Address;
import java.net.InetAddress;

/** Addresses in JSON: the plain literal (no brackets, no {@code %scope}) and the scope id beside it. */
final class AddressJson {

    private AddressJson() {
    }

    /** {@code 192.0.2.1}, {@code 2001:db8::1}, or {@code null}. */
    static String literal(InetAddress a) {
        return a == null ? null : AddressText.numeric(a);
    }

    /** The IPv6 scope id ({@code %2} of {@code fe80::1%2}), or {@code null} when there is none. */
    static Integer scopeId(InetAddress a) {
        return a instanceof Inet6Address v6 && v6.getScopeId() != 0 ? v6.getScopeId() : null;
    }

    /** {@code ipv4} or {@code ipv6} for an address. */
    static String family(InetAddress a) {
        return a instanceof Inet6Address ? "ipv6" : "ipv4";
    }
}
