package io.github.netstatx.backend.windows.decode;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Protocol;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * {@code MIB_UDPTABLE_OWNER_PID} from {@code GetExtendedUdpTable(AF_INET, UDP_TABLE_OWNER_PID)}: rows of
 * {@code MIB_UDPROW_OWNER_PID} (12 bytes) from offset 4. UDP rows have no remote side and no state.
 * Sample (Wine 8.0, a socket bound to 127.0.0.1:7004):
 * <pre>
 * 01 00 00 00                                      dwNumEntries 1
 * 7f 00 00 01  1b 5c 00 00  00 00 00 00            dwLocalAddr 127.0.0.1, dwLocalPort 7004, dwOwningPid 0
 * </pre>
 */
public final class UdpTableOwnerPidDecoder {

    public static final int ROWS_AT = 4;
    public static final int ROW_SIZE = 12;
    public static final int LOCAL_ADDR = 0;
    public static final int LOCAL_PORT = 4;
    public static final int OWNING_PID = 8;

    public static final List<StructLayout> LAYOUTS = List.of(
            StructLayout.of("MIB_UDPROW_OWNER_PID", ROW_SIZE).field("dwLocalAddr", LOCAL_ADDR)
                    .field("dwLocalPort", LOCAL_PORT).field("dwOwningPid", OWNING_PID),
            StructLayout.of("MIB_UDPTABLE_OWNER_PID", null).field("table", ROWS_AT));

    private static final SocketTableLayout LAYOUT = new SocketTableLayout("MIB_UDPTABLE_OWNER_PID",
            "MIB_UDPROW_OWNER_PID", Protocol.UDP, AddressFamily.IPV4, ROWS_AT, ROW_SIZE, SocketTableLayout.ABSENT,
            LOCAL_ADDR, SocketTableLayout.ABSENT, LOCAL_PORT, SocketTableLayout.ABSENT, SocketTableLayout.ABSENT,
            SocketTableLayout.ABSENT, OWNING_PID, SocketTableLayout.ABSENT, SocketTableLayout.ABSENT);

    private UdpTableOwnerPidDecoder() {
    }

    /** @throws MalformedBufferException when the buffer is shorter than its rows */
    public static List<SocketRow> decode(ByteBuffer buffer) {
        return LAYOUT.decode(buffer);
    }
}
