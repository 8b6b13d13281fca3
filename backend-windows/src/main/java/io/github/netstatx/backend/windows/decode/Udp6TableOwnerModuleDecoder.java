package io.github.netstatx.backend.windows.decode;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Protocol;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * {@code MIB_UDP6TABLE_OWNER_MODULE} from {@code GetExtendedUdpTable(AF_INET6, UDP_TABLE_OWNER_MODULE)}: rows
 * of {@code MIB_UDP6ROW_OWNER_MODULE} (176 bytes) from offset 8: ucLocalAddr 0, dwLocalScopeId 16,
 * dwLocalPort 20, dwOwningPid 24, 4 bytes of padding, liCreateTimestamp 32, dwFlags 40 (+4 padding),
 * OwningModuleInfo 48. Sample (Wine 8.0, bound to [::1]:7005):
 * <pre>
 * 01 00 00 00 00 00 00 00                          dwNumEntries 1, padding
 * 00 .. 00 01  00 10 00 00  1b 5d 00 00            ucLocalAddr ::1, dwLocalScopeId, dwLocalPort 7005
 * 00 00 00 00  00 00 00 00                         dwOwningPid, (pad)
 * 00 00 00 00 00 00 00 00  01 00 00 00 00 00 00 00 liCreateTimestamp, dwFlags, (pad)
 * 00 .. 00 (128)                                   OwningModuleInfo
 * </pre>
 */
public final class Udp6TableOwnerModuleDecoder {

    public static final int ROWS_AT = 8;
    public static final int ROW_SIZE = 176;
    public static final int LOCAL_ADDR = 0;
    public static final int LOCAL_SCOPE_ID = 16;
    public static final int LOCAL_PORT = 20;
    public static final int OWNING_PID = 24;
    public static final int CREATE_TIMESTAMP = 32;
    public static final int FLAGS = 40;
    public static final int OWNING_MODULE_INFO = 48;

    public static final List<StructLayout> LAYOUTS = List.of(
            StructLayout.of("MIB_UDP6ROW_OWNER_MODULE", ROW_SIZE).field("ucLocalAddr", LOCAL_ADDR)
                    .field("dwLocalScopeId", LOCAL_SCOPE_ID).field("dwLocalPort", LOCAL_PORT)
                    .field("dwOwningPid", OWNING_PID).field("liCreateTimestamp", CREATE_TIMESTAMP)
                    .field("dwFlags", FLAGS).field("OwningModuleInfo", OWNING_MODULE_INFO),
            StructLayout.of("MIB_UDP6TABLE_OWNER_MODULE", null).field("table", ROWS_AT));

    private static final SocketTableLayout LAYOUT = new SocketTableLayout("MIB_UDP6TABLE_OWNER_MODULE",
            "MIB_UDP6ROW_OWNER_MODULE", Protocol.UDP, AddressFamily.IPV6, ROWS_AT, ROW_SIZE, SocketTableLayout.ABSENT,
            LOCAL_ADDR, LOCAL_SCOPE_ID, LOCAL_PORT, SocketTableLayout.ABSENT, SocketTableLayout.ABSENT,
            SocketTableLayout.ABSENT, OWNING_PID, CREATE_TIMESTAMP, SocketTableLayout.ABSENT);

    private Udp6TableOwnerModuleDecoder() {
    }

    /** @throws MalformedBufferException when the buffer is shorter than its rows */
    public static List<SocketRow> decode(ByteBuffer buffer) {
        return LAYOUT.decode(buffer);
    }
}
