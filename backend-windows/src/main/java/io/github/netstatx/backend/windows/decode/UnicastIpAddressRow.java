package io.github.netstatx.backend.windows.decode;

import java.net.InetAddress;

/**
 * The fields of one {@code MIB_UNICASTIPADDRESS_ROW} the backend uses.
 *
 * @param address Address (an IPv6 link-local address carries its scope id)
 * @param interfaceLuid InterfaceLuid
 * @param interfaceIndex InterfaceIndex
 * @param prefixLength OnLinkPrefixLength
 * @param skipAsSource SkipAsSource: the stack never picks it as a source address
 * @param dadState DadState (NL_DAD_STATE: 0 invalid, 1 tentative, 2 duplicate, 3 deprecated, 4 preferred)
 */
public record UnicastIpAddressRow(InetAddress address, long interfaceLuid, long interfaceIndex, int prefixLength,
        boolean skipAsSource, long dadState) {

    /** NL_DAD_STATE IpDadStatePreferred. */
    public static final long DAD_PREFERRED = 4;
}
