package io.github.netstatx.backend.windows.decode;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code MIB_UNICASTIPADDRESS_TABLE} from {@code GetUnicastIpAddressTable(AF_UNSPEC)} (freed with
 * {@code FreeMibTable}): {@code NumEntries} at 0, rows of {@code MIB_UNICASTIPADDRESS_ROW} (80 bytes) from offset 8.
 * A row starts with the Address (SOCKADDR_INET, 28 bytes); the union bytes of the other family are not cleared
 * (Wine leaves heap garbage there), so only the family in {@code si_family} is read. Sample (Wine 8.0 in a
 * namespace with only {@code lo} up, first row):
 * <pre>
 * 02 00 00 00 00 00 00 00                          NumEntries 2, padding
 * 02 00 00 00 7f 00 00 01  (garbage to 28)         Address: AF_INET, port 0, 127.0.0.1
 * at 32: 00 00 00 01 00 00 18 00  01 00 00 00      InterfaceLuid, InterfaceIndex 1
 * at 44: 01 00 00 00  01 00 00 00  60 ea 00 00 ... PrefixOrigin 1, SuffixOrigin 1, ValidLifetime 60000
 * at 60: 08 00                                     OnLinkPrefixLength 8, SkipAsSource 0
 * at 64: 04 00 00 00  00 00 00 00                  DadState 4 (preferred), ScopeId 0
 * at 72: e8 44 d6 a0 40 82 dd 01                   CreationTimeStamp
 * </pre>
 */
public final class UnicastIpAddressTableDecoder {

    public static final int ROWS_AT = 8;
    public static final int ROW_SIZE = 80;
    public static final int ADDRESS = 0;
    public static final int INTERFACE_LUID = 32;
    public static final int INTERFACE_INDEX = 40;
    public static final int PREFIX_ORIGIN = 44;
    public static final int SUFFIX_ORIGIN = 48;
    public static final int VALID_LIFETIME = 52;
    public static final int PREFERRED_LIFETIME = 56;
    public static final int ON_LINK_PREFIX_LENGTH = 60;
    public static final int SKIP_AS_SOURCE = 61;
    public static final int DAD_STATE = 64;
    public static final int SCOPE_ID = 68;
    public static final int CREATION_TIME_STAMP = 72;

    public static final List<StructLayout> LAYOUTS = List.of(
            StructLayout.of("MIB_UNICASTIPADDRESS_ROW", ROW_SIZE).field("Address", ADDRESS)
                    .field("InterfaceLuid", INTERFACE_LUID).field("InterfaceIndex", INTERFACE_INDEX)
                    .field("PrefixOrigin", PREFIX_ORIGIN).field("SuffixOrigin", SUFFIX_ORIGIN)
                    .field("ValidLifetime", VALID_LIFETIME).field("PreferredLifetime", PREFERRED_LIFETIME)
                    .field("OnLinkPrefixLength", ON_LINK_PREFIX_LENGTH).field("SkipAsSource", SKIP_AS_SOURCE)
                    .field("DadState", DAD_STATE).field("ScopeId", SCOPE_ID)
                    .field("CreationTimeStamp", CREATION_TIME_STAMP),
            StructLayout.of("MIB_UNICASTIPADDRESS_TABLE", null).field("Table", ROWS_AT));

    private UnicastIpAddressTableDecoder() {
    }

    /** @throws MalformedBufferException when the buffer is shorter than its rows or a family is unknown */
    public static List<UnicastIpAddressRow> decode(ByteBuffer buffer) {
        MibTable table = MibTable.of("MIB_UNICASTIPADDRESS_TABLE", "MIB_UNICASTIPADDRESS_ROW", buffer, ROWS_AT,
                ROW_SIZE);
        List<UnicastIpAddressRow> rows = new ArrayList<>(table.size());
        for (int i = 0; i < table.size(); i++) {
            LayoutReader r = table.row(i);
            rows.add(new UnicastIpAddressRow(SockaddrInetReader.address(r, ADDRESS, "Address"),
                    r.u64(INTERFACE_LUID, "InterfaceLuid"), r.u32(INTERFACE_INDEX, "InterfaceIndex"),
                    r.u8(ON_LINK_PREFIX_LENGTH, "OnLinkPrefixLength"), r.u8(SKIP_AS_SOURCE, "SkipAsSource") != 0,
                    r.u32(DAD_STATE, "DadState")));
        }
        return rows;
    }
}
