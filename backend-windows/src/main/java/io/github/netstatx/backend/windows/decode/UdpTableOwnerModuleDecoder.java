package io.github.netstatx.backend.windows.decode;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Protocol;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * {@code MIB_UDPTABLE_OWNER_MODULE} from {@code GetExtendedUdpTable(AF_INET, UDP_TABLE_OWNER_MODULE)}: rows
 * of {@code MIB_UDPROW_OWNER_MODULE} (160 bytes) from offset 8. The row has <b>hidden padding</b>: three
 * DWORDs (0..11), then 4 bytes of padding so that {@code liCreateTimestamp} is 8-aligned at 16, then the
 * {@code SpecificPortBind}/{@code dwFlags} union at 24, 4 more bytes of padding, {@code OwningModuleInfo} at
 * 32. Sample (Wine 8.0, bound to 127.0.0.1:7004):
 * <pre>
 * 01 00 00 00 00 00 00 00                          dwNumEntries 1, padding
 * 7f 00 00 01  1b 5c 00 00  00 00 00 00  00 00 00 00   dwLocalAddr, dwLocalPort 7004, dwOwningPid, (pad)
 * 00 00 00 00 00 00 00 00                          liCreateTimestamp
 * 01 00 00 00  00 00 00 00                         dwFlags (SpecificPortBind 1), (pad)
 * 00 .. 00 (128)                                   OwningModuleInfo
 * </pre>
 */
public final class UdpTableOwnerModuleDecoder {

    public static final int ROWS_AT = 8;
    public static final int ROW_SIZE = 160;
    public static final int LOCAL_ADDR = 0;
    public static final int LOCAL_PORT = 4;
    public static final int OWNING_PID = 8;
    public static final int CREATE_TIMESTAMP = 16;
    public static final int FLAGS = 24;
    public static final int OWNING_MODULE_INFO = 32;

    public static final List<StructLayout> LAYOUTS = List.of(
            StructLayout.of("MIB_UDPROW_OWNER_MODULE", ROW_SIZE).field("dwLocalAddr", LOCAL_ADDR)
                    .field("dwLocalPort", LOCAL_PORT).field("dwOwningPid", OWNING_PID)
                    .field("liCreateTimestamp", CREATE_TIMESTAMP).field("dwFlags", FLAGS)
                    .field("OwningModuleInfo", OWNING_MODULE_INFO),
            StructLayout.of("MIB_UDPTABLE_OWNER_MODULE", null).field("table", ROWS_AT));

    private static final SocketTableLayout LAYOUT = new SocketTableLayout("MIB_UDPTABLE_OWNER_MODULE",
            "MIB_UDPROW_OWNER_MODULE", Protocol.UDP, AddressFamily.IPV4, ROWS_AT, ROW_SIZE, SocketTableLayout.ABSENT,
            LOCAL_ADDR, SocketTableLayout.ABSENT, LOCAL_PORT, SocketTableLayout.ABSENT, SocketTableLayout.ABSENT,
            SocketTableLayout.ABSENT, OWNING_PID, CREATE_TIMESTAMP, SocketTableLayout.ABSENT);

    private UdpTableOwnerModuleDecoder() {
    }

    /** @throws MalformedBufferException when the buffer is shorter than its rows */
    public static List<SocketRow> decode(ByteBuffer buffer) {
        return LAYOUT.decode(buffer);
    }
}
