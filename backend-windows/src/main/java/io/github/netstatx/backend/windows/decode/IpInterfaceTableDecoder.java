package io.github.netstatx.backend.windows.decode;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code MIB_IPINTERFACE_TABLE} from {@code GetIpInterfaceTable} (freed with {@code FreeMibTable}):
 * {@code NumEntries} at 0, rows of {@code MIB_IPINTERFACE_ROW} (168 bytes) from offset 8. Used for the
 * interface metric that Windows adds to every route's metric. Layout (from the mingw-w64 headers; Wine 8.0
 * answers ERROR_NOT_SUPPORTED, so there is no captured sample):
 * <pre>
 * 17 00 00 00 00 00 00 00                          Family AF_INET6 (USHORT), padding
 * 00 00 00 04 00 00 06 00  04 00 00 00 ...         InterfaceLuid, InterfaceIndex 4
 * at 44: 01                                        UseAutomaticMetric
 * at 148: 19 00 00 00  dc 05 00 00  01             Metric 25, NlMtu 1500, Connected
 * </pre>
 */
public final class IpInterfaceTableDecoder {

    public static final int ROWS_AT = 8;
    public static final int ROW_SIZE = 168;
    public static final int FAMILY = 0;
    public static final int INTERFACE_LUID = 8;
    public static final int INTERFACE_INDEX = 16;
    public static final int USE_AUTOMATIC_METRIC = 44;
    public static final int METRIC = 148;
    public static final int NL_MTU = 152;
    public static final int CONNECTED = 156;

    public static final List<StructLayout> LAYOUTS = List.of(
            StructLayout.of("MIB_IPINTERFACE_ROW", ROW_SIZE).field("Family", FAMILY)
                    .field("InterfaceLuid", INTERFACE_LUID).field("InterfaceIndex", INTERFACE_INDEX)
                    .field("UseAutomaticMetric", USE_AUTOMATIC_METRIC).field("Metric", METRIC)
                    .field("NlMtu", NL_MTU).field("Connected", CONNECTED),
            StructLayout.of("MIB_IPINTERFACE_TABLE", null).field("Table", ROWS_AT));

    private IpInterfaceTableDecoder() {
    }

    /** @throws MalformedBufferException when the buffer is shorter than its rows */
    public static List<IpInterfaceRow> decode(ByteBuffer buffer) {
        MibTable table = MibTable.of("MIB_IPINTERFACE_TABLE", "MIB_IPINTERFACE_ROW", buffer, ROWS_AT, ROW_SIZE);
        List<IpInterfaceRow> rows = new ArrayList<>(table.size());
        for (int i = 0; i < table.size(); i++) {
            LayoutReader r = table.row(i);
            rows.add(new IpInterfaceRow(r.u16(FAMILY, "Family") == SockaddrInetReader.AF_INET6,
                    r.u64(INTERFACE_LUID, "InterfaceLuid"), r.u32(INTERFACE_INDEX, "InterfaceIndex"),
                    r.u8(USE_AUTOMATIC_METRIC, "UseAutomaticMetric") != 0, r.u32(METRIC, "Metric"),
                    r.u32(NL_MTU, "NlMtu"), r.u8(CONNECTED, "Connected") != 0));
        }
        return rows;
    }
}
