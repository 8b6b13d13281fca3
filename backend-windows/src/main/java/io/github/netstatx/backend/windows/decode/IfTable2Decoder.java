package io.github.netstatx.backend.windows.decode;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code MIB_IF_TABLE2} from {@code GetIfTable2} (freed with {@code FreeMibTable}): {@code NumEntries} at 0,
 * rows of {@code MIB_IF_ROW2} (<b>1352</b> bytes) from offset 8. Alias and Description are WCHAR[257]
 * (514 bytes each: Java {@code char[]} in a JNA structure would make them 1028 bytes on Linux, which is why
 * this decodes bytes). Sample (Wine 8.0, the loopback row of a private network namespace):
 * <pre>
 * 01 00 00 00 00 00 00 00                          NumEntries 1, padding
 * 00 00 00 01 00 00 18 00  01 00 00 00             InterfaceLuid (NetLuidIndex 1, IfType 24), InterfaceIndex 1
 * ... at 28: 6c 00 6f 00 00 00                     Alias "lo" (UTF-16LE, NUL-terminated)
 * at 1124: 00 00 01 00  18 00 00 00                Mtu 65536, Type 24 (software loopback)
 * at 1152: 00 00 00 00  01 00 00 00  01 00 00 00  01 00 00 00   flags, OperStatus up, AdminStatus up, connected
 * at 1208: ac 00 00 00 00 00 00 00  03 00 00 00 00 00 00 00     InOctets 172, InUcastPkts 3 (= /proc/net/dev)
 * </pre>
 */
public final class IfTable2Decoder {

    public static final int ROWS_AT = 8;
    public static final int ROW_SIZE = 1352;
    public static final int IF_MAX_STRING_SIZE = 256;
    public static final int IF_MAX_PHYS_ADDRESS_LENGTH = 32;

    public static final int INTERFACE_LUID = 0;
    public static final int INTERFACE_INDEX = 8;
    public static final int INTERFACE_GUID = 12;
    public static final int ALIAS = 28;
    public static final int DESCRIPTION = 542;
    public static final int PHYSICAL_ADDRESS_LENGTH = 1056;
    public static final int PHYSICAL_ADDRESS = 1060;
    public static final int PERMANENT_PHYSICAL_ADDRESS = 1092;
    public static final int MTU = 1124;
    public static final int TYPE = 1128;
    public static final int TUNNEL_TYPE = 1132;
    public static final int MEDIA_TYPE = 1136;
    public static final int PHYSICAL_MEDIUM_TYPE = 1140;
    public static final int ACCESS_TYPE = 1144;
    public static final int DIRECTION_TYPE = 1148;
    public static final int STATUS_FLAGS = 1152;
    public static final int OPER_STATUS = 1156;
    public static final int ADMIN_STATUS = 1160;
    public static final int MEDIA_CONNECT_STATE = 1164;
    public static final int NETWORK_GUID = 1168;
    public static final int CONNECTION_TYPE = 1184;
    public static final int TRANSMIT_LINK_SPEED = 1192;
    public static final int RECEIVE_LINK_SPEED = 1200;
    public static final int IN_OCTETS = 1208;
    public static final int IN_UCAST_PKTS = 1216;
    public static final int IN_NUCAST_PKTS = 1224;
    public static final int IN_DISCARDS = 1232;
    public static final int IN_ERRORS = 1240;
    public static final int IN_UNKNOWN_PROTOS = 1248;
    public static final int IN_UCAST_OCTETS = 1256;
    public static final int IN_MULTICAST_OCTETS = 1264;
    public static final int IN_BROADCAST_OCTETS = 1272;
    public static final int OUT_OCTETS = 1280;
    public static final int OUT_UCAST_PKTS = 1288;
    public static final int OUT_NUCAST_PKTS = 1296;
    public static final int OUT_DISCARDS = 1304;
    public static final int OUT_ERRORS = 1312;
    public static final int OUT_UCAST_OCTETS = 1320;
    public static final int OUT_MULTICAST_OCTETS = 1328;
    public static final int OUT_BROADCAST_OCTETS = 1336;
    public static final int OUT_QLEN = 1344;

    public static final List<StructLayout> LAYOUTS = List.of(
            StructLayout.of("MIB_IF_ROW2", ROW_SIZE).field("InterfaceLuid", INTERFACE_LUID)
                    .field("InterfaceIndex", INTERFACE_INDEX).field("InterfaceGuid", INTERFACE_GUID)
                    .field("Alias", ALIAS).field("Description", DESCRIPTION)
                    .field("PhysicalAddressLength", PHYSICAL_ADDRESS_LENGTH).field("PhysicalAddress", PHYSICAL_ADDRESS)
                    .field("PermanentPhysicalAddress", PERMANENT_PHYSICAL_ADDRESS).field("Mtu", MTU)
                    .field("Type", TYPE).field("TunnelType", TUNNEL_TYPE).field("MediaType", MEDIA_TYPE)
                    .field("PhysicalMediumType", PHYSICAL_MEDIUM_TYPE).field("AccessType", ACCESS_TYPE)
                    .field("DirectionType", DIRECTION_TYPE).field("InterfaceAndOperStatusFlags", STATUS_FLAGS)
                    .field("OperStatus", OPER_STATUS).field("AdminStatus", ADMIN_STATUS)
                    .field("MediaConnectState", MEDIA_CONNECT_STATE).field("NetworkGuid", NETWORK_GUID)
                    .field("ConnectionType", CONNECTION_TYPE).field("TransmitLinkSpeed", TRANSMIT_LINK_SPEED)
                    .field("ReceiveLinkSpeed", RECEIVE_LINK_SPEED).field("InOctets", IN_OCTETS)
                    .field("InUcastPkts", IN_UCAST_PKTS).field("InNUcastPkts", IN_NUCAST_PKTS)
                    .field("InDiscards", IN_DISCARDS).field("InErrors", IN_ERRORS)
                    .field("InUnknownProtos", IN_UNKNOWN_PROTOS).field("InUcastOctets", IN_UCAST_OCTETS)
                    .field("InMulticastOctets", IN_MULTICAST_OCTETS).field("InBroadcastOctets", IN_BROADCAST_OCTETS)
                    .field("OutOctets", OUT_OCTETS).field("OutUcastPkts", OUT_UCAST_PKTS)
                    .field("OutNUcastPkts", OUT_NUCAST_PKTS).field("OutDiscards", OUT_DISCARDS)
                    .field("OutErrors", OUT_ERRORS).field("OutUcastOctets", OUT_UCAST_OCTETS)
                    .field("OutMulticastOctets", OUT_MULTICAST_OCTETS)
                    .field("OutBroadcastOctets", OUT_BROADCAST_OCTETS).field("OutQLen", OUT_QLEN),
            StructLayout.of("MIB_IF_TABLE2", null).field("Table", ROWS_AT));

    private IfTable2Decoder() {
    }

    /** @throws MalformedBufferException when the buffer is shorter than its rows */
    public static List<IfRow2> decode(ByteBuffer buffer) {
        MibTable table = MibTable.of("MIB_IF_TABLE2", "MIB_IF_ROW2", buffer, ROWS_AT, ROW_SIZE);
        List<IfRow2> rows = new ArrayList<>(table.size());
        for (int i = 0; i < table.size(); i++) {
            rows.add(row(table.row(i)));
        }
        return rows;
    }

    private static IfRow2 row(LayoutReader r) {
        long physLength = Math.min(r.u32(PHYSICAL_ADDRESS_LENGTH, "PhysicalAddressLength"), IF_MAX_PHYS_ADDRESS_LENGTH);
        return new IfRow2(r.u64(INTERFACE_LUID, "InterfaceLuid"), r.u32(INTERFACE_INDEX, "InterfaceIndex"),
                r.wcharz(ALIAS, IF_MAX_STRING_SIZE + 1, "Alias"),
                r.wcharz(DESCRIPTION, IF_MAX_STRING_SIZE + 1, "Description"),
                r.bytes(PHYSICAL_ADDRESS, (int) physLength, "PhysicalAddress"), r.u32(MTU, "Mtu"),
                r.u32(TYPE, "Type"), r.u8(STATUS_FLAGS, "InterfaceAndOperStatusFlags"),
                r.u32(OPER_STATUS, "OperStatus"), r.u32(ADMIN_STATUS, "AdminStatus"),
                r.u32(MEDIA_CONNECT_STATE, "MediaConnectState"), r.u64(TRANSMIT_LINK_SPEED, "TransmitLinkSpeed"),
                r.u64(RECEIVE_LINK_SPEED, "ReceiveLinkSpeed"), r.u64(IN_OCTETS, "InOctets"),
                r.u64(IN_UCAST_PKTS, "InUcastPkts"), r.u64(IN_NUCAST_PKTS, "InNUcastPkts"),
                r.u64(IN_DISCARDS, "InDiscards"), r.u64(IN_ERRORS, "InErrors"),
                r.u64(IN_UNKNOWN_PROTOS, "InUnknownProtos"), r.u64(OUT_OCTETS, "OutOctets"),
                r.u64(OUT_UCAST_PKTS, "OutUcastPkts"), r.u64(OUT_NUCAST_PKTS, "OutNUcastPkts"),
                r.u64(OUT_DISCARDS, "OutDiscards"), r.u64(OUT_ERRORS, "OutErrors"), r.u64(OUT_QLEN, "OutQLen"));
    }
}
