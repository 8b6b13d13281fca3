package io.github.netstatx.backend.windows.decode;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code MIB_IPFORWARD_TABLE2} from {@code GetIpForwardTable2} (freed with {@code FreeMibTable}):
 * {@code NumEntries} at 0, rows of {@code MIB_IPFORWARD_ROW2} (104 bytes) from offset 8. A row holds
 * DestinationPrefix (IP_ADDRESS_PREFIX: SOCKADDR_INET + UINT8 PrefixLength at 28, 32 bytes) at 12 and
 * NextHop (SOCKADDR_INET, 28 bytes) at 44. Unused union bytes are not cleared (Wine leaves heap garbage
 * there), so only the bytes of the family in {@code si_family} are read. Sample (Wine 8.0, default route):
 * <pre>
 * 02 00 00 00 00 00 00 00                          NumEntries 2, padding
 * 00 00 00 04 00 00 06 00  04 00 00 00             InterfaceLuid, InterfaceIndex 4
 * 02 00 00 00  00 00 00 00  00 .. (garbage) ..     DestinationPrefix.Prefix: AF_INET, port, 0.0.0.0
 * at 40: 00 00 00 00                               DestinationPrefix.PrefixLength 0, padding
 * at 44: 02 00 00 00  c0 00 02 01  ...             NextHop: AF_INET, port, 192.0.2.1
 * at 84: 00 00 00 00  03 00 00 00  00 01 00 01     Metric 0, Protocol 3 (netmgmt), Loopback 0, ..., Immortal 1
 * at 96: 00 00 00 00  00 00 00 00                  Age, Origin 0 (manual)
 * </pre>
 */
public final class IpForwardTable2Decoder {

    public static final int ROWS_AT = 8;
    public static final int ROW_SIZE = 104;
    public static final int INTERFACE_LUID = 0;
    public static final int INTERFACE_INDEX = 8;
    public static final int DESTINATION_PREFIX = 12;
    public static final int NEXT_HOP = 44;
    public static final int SITE_PREFIX_LENGTH = 72;
    public static final int VALID_LIFETIME = 76;
    public static final int PREFERRED_LIFETIME = 80;
    public static final int METRIC = 84;
    public static final int PROTOCOL = 88;
    public static final int LOOPBACK = 92;
    public static final int AUTOCONFIGURE_ADDRESS = 93;
    public static final int PUBLISH = 94;
    public static final int IMMORTAL = 95;
    public static final int AGE = 96;
    public static final int ORIGIN = 100;

    /** IP_ADDRESS_PREFIX: Prefix (SOCKADDR_INET) at 0, PrefixLength at 28, 32 bytes. */
    public static final int PREFIX_SIZE = 32;
    public static final int PREFIX_LENGTH = 28;

    public static final List<StructLayout> LAYOUTS = List.of(
            StructLayout.of("MIB_IPFORWARD_ROW2", ROW_SIZE).field("InterfaceLuid", INTERFACE_LUID)
                    .field("InterfaceIndex", INTERFACE_INDEX).field("DestinationPrefix", DESTINATION_PREFIX)
                    .field("NextHop", NEXT_HOP).field("SitePrefixLength", SITE_PREFIX_LENGTH)
                    .field("ValidLifetime", VALID_LIFETIME).field("PreferredLifetime", PREFERRED_LIFETIME)
                    .field("Metric", METRIC).field("Protocol", PROTOCOL).field("Loopback", LOOPBACK)
                    .field("AutoconfigureAddress", AUTOCONFIGURE_ADDRESS).field("Publish", PUBLISH)
                    .field("Immortal", IMMORTAL).field("Age", AGE).field("Origin", ORIGIN),
            StructLayout.of("MIB_IPFORWARD_TABLE2", null).field("Table", ROWS_AT),
            StructLayout.of("IP_ADDRESS_PREFIX", PREFIX_SIZE).field("Prefix", 0).field("PrefixLength", PREFIX_LENGTH),
            SockaddrInetReader.LAYOUTS.get(0));

    private IpForwardTable2Decoder() {
    }

    /** @throws MalformedBufferException when the buffer is shorter than its rows or a family is unknown */
    public static List<IpForwardRow2> decode(ByteBuffer buffer) {
        MibTable table = MibTable.of("MIB_IPFORWARD_TABLE2", "MIB_IPFORWARD_ROW2", buffer, ROWS_AT, ROW_SIZE);
        List<IpForwardRow2> rows = new ArrayList<>(table.size());
        for (int i = 0; i < table.size(); i++) {
            LayoutReader r = table.row(i);
            rows.add(new IpForwardRow2(r.u64(INTERFACE_LUID, "InterfaceLuid"), r.u32(INTERFACE_INDEX, "InterfaceIndex"),
                    SockaddrInetReader.address(r, DESTINATION_PREFIX, "DestinationPrefix.Prefix"),
                    r.u8(DESTINATION_PREFIX + PREFIX_LENGTH, "DestinationPrefix.PrefixLength"),
                    SockaddrInetReader.isIpv6(r, DESTINATION_PREFIX, "DestinationPrefix.Prefix"),
                    SockaddrInetReader.address(r, NEXT_HOP, "NextHop"), r.u32(METRIC, "Metric"),
                    r.u32(PROTOCOL, "Protocol"), r.u8(LOOPBACK, "Loopback") != 0, r.u32(ORIGIN, "Origin"),
                    r.u32(AGE, "Age")));
        }
        return rows;
    }
}
