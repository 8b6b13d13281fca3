package io.github.netstatx.backend.windows.decode;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Protocol;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * {@code MIB_UDP6TABLE_OWNER_PID} from {@code GetExtendedUdpTable(AF_INET6, UDP_TABLE_OWNER_PID)}: rows of
 * {@code MIB_UDP6ROW_OWNER_PID} (28 bytes) from offset 4. Sample (Wine 8.0, bound to [::1]:7005):
 * <pre>
 * 01 00 00 00                                      dwNumEntries 1
 * 00 .. 00 01                                      ucLocalAddr ::1
 * 00 10 00 00  1b 5d 00 00  00 00 00 00            dwLocalScopeId, dwLocalPort 7005, dwOwningPid 0
 * </pre>
 */
public final class Udp6TableOwnerPidDecoder {

    public static final int ROWS_AT = 4;
    public static final int ROW_SIZE = 28;
    public static final int LOCAL_ADDR = 0;
    public static final int LOCAL_SCOPE_ID = 16;
    public static final int LOCAL_PORT = 20;
    public static final int OWNING_PID = 24;

    public static final List<StructLayout> LAYOUTS = List.of(
            StructLayout.of("MIB_UDP6ROW_OWNER_PID", ROW_SIZE).field("ucLocalAddr", LOCAL_ADDR)
                    .field("dwLocalScopeId", LOCAL_SCOPE_ID).field("dwLocalPort", LOCAL_PORT)
                    .field("dwOwningPid", OWNING_PID),
            StructLayout.of("MIB_UDP6TABLE_OWNER_PID", null).field("table", ROWS_AT));

    private static final SocketTableLayout LAYOUT = new SocketTableLayout("MIB_UDP6TABLE_OWNER_PID",
            "MIB_UDP6ROW_OWNER_PID", Protocol.UDP, AddressFamily.IPV6, ROWS_AT, ROW_SIZE, SocketTableLayout.ABSENT,
            LOCAL_ADDR, LOCAL_SCOPE_ID, LOCAL_PORT, SocketTableLayout.ABSENT, SocketTableLayout.ABSENT,
            SocketTableLayout.ABSENT, OWNING_PID, SocketTableLayout.ABSENT, SocketTableLayout.ABSENT);

    private Udp6TableOwnerPidDecoder() {
    }

    /** @throws MalformedBufferException when the buffer is shorter than its rows */
    public static List<SocketRow> decode(ByteBuffer buffer) {
        return LAYOUT.decode(buffer);
    }
}
