package io.github.netstatx.backend.windows;

import io.github.netstatx.core.model.AddressFamily;
import java.util.Objects;

/**
 * Which API call produced a buffer, with its parameters: what a diagnostic names and what a fixture is
 * keyed by.
 *
 * @param function API function name ({@code GetExtendedTcpTable})
 * @param family the address family argument, {@code null} for calls without one or AF_UNSPEC
 * @param tableClass the TCP_TABLE_CLASS / UDP_TABLE_CLASS argument, {@code null} for calls without one
 */
public record IpHelperCall(String function, AddressFamily family, Integer tableClass) {

    /** AF_INET. */
    public static final int AF_INET = 2;
    /** AF_INET6. */
    public static final int AF_INET6 = 23;
    /** AF_UNSPEC. */
    public static final int AF_UNSPEC = 0;

    public IpHelperCall {
        Objects.requireNonNull(function, "function");
    }

    public static IpHelperCall of(String function) {
        return new IpHelperCall(function, null, null);
    }

    public static IpHelperCall of(String function, AddressFamily family) {
        return new IpHelperCall(function, family, null);
    }

    /** The Windows AF_* value of {@link #family}: AF_INET, AF_INET6 or AF_UNSPEC. */
    public int afValue() {
        return afValue(family);
    }

    /** AF_INET for IPv4, AF_INET6 for IPv6, AF_UNSPEC for {@code null}. */
    public static int afValue(AddressFamily family) {
        if (family == null) {
            return AF_UNSPEC;
        }
        return switch (family) {
            case IPV4 -> AF_INET;
            case IPV6 -> AF_INET6;
            case UNIX -> throw new IllegalArgumentException("IP Helper has no UNIX family");
        };
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(function).append('(');
        sb.append(switch (afValue()) {
            case AF_INET -> "AF_INET";
            case AF_INET6 -> "AF_INET6";
            default -> "AF_UNSPEC";
        });
        if (tableClass != null) {
            sb.append(", class ").append(tableClass);
        }
        return sb.append(')').toString();
    }
}
