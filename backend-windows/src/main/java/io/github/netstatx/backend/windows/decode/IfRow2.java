package io.github.netstatx.backend.windows.decode;

/**
 * The fields of one {@code MIB_IF_ROW2} the backend uses. Counters are unsigned 64-bit values held in
 * {@code long}.
 *
 * @param luid InterfaceLuid
 * @param index InterfaceIndex
 * @param alias Alias ("Ethernet", "Loopback Pseudo-Interface 1")
 * @param description Description
 * @param physicalAddress PhysicalAddress, PhysicalAddressLength bytes of it
 * @param mtu Mtu
 * @param type Type (IF_TYPE: 6 ethernet, 24 software loopback, 71 802.11, 131 tunnel)
 * @param statusFlags InterfaceAndOperStatusFlags (bit 0x01 HardwareInterface, 0x02 FilterInterface, 0x04
 *     ConnectorPresent, ...)
 * @param operStatus OperStatus (1 up, 2 down, ...)
 * @param adminStatus AdminStatus (1 up, 2 down, 3 testing)
 * @param mediaConnectState MediaConnectState (0 unknown, 1 connected, 2 disconnected)
 * @param transmitLinkSpeed TransmitLinkSpeed, bits/s
 * @param receiveLinkSpeed ReceiveLinkSpeed, bits/s
 * @param inOctets InOctets
 * @param inUcastPkts InUcastPkts
 * @param inNUcastPkts InNUcastPkts
 * @param inDiscards InDiscards
 * @param inErrors InErrors
 * @param inUnknownProtos InUnknownProtos
 * @param outOctets OutOctets
 * @param outUcastPkts OutUcastPkts
 * @param outNUcastPkts OutNUcastPkts
 * @param outDiscards OutDiscards
 * @param outErrors OutErrors
 * @param outQLen OutQLen
 */
public record IfRow2(long luid, long index, String alias, String description, byte[] physicalAddress, long mtu,
        long type, int statusFlags, long operStatus, long adminStatus, long mediaConnectState, long transmitLinkSpeed,
        long receiveLinkSpeed, long inOctets, long inUcastPkts, long inNUcastPkts, long inDiscards, long inErrors,
        long inUnknownProtos, long outOctets, long outUcastPkts, long outNUcastPkts, long outDiscards,
        long outErrors, long outQLen) {

    public static final int FLAG_HARDWARE_INTERFACE = 0x01;
    public static final int FLAG_FILTER_INTERFACE = 0x02;
    public static final int FLAG_CONNECTOR_PRESENT = 0x04;

    /**
     * True for an NDIS filter / lightweight-filter instance ({@code ...-WFP Native MAC Layer LightWeight
     * Filter-0000}, {@code ...-QoS Packet Scheduler-0000}): such a row repeats the traffic of the miniport it
     * is stacked on, so listing or summing it would count that traffic twice.
     */
    public boolean isFilterInterface() {
        return (statusFlags & FLAG_FILTER_INTERFACE) != 0;
    }

    public byte[] physicalAddress() {
        return physicalAddress.clone();
    }
}
