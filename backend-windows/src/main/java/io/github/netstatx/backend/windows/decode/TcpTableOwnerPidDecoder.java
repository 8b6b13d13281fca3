package io.github.netstatx.backend.windows.decode;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Protocol;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * {@code MIB_TCPTABLE_OWNER_PID} from {@code GetExtendedTcpTable(AF_INET, TCP_TABLE_OWNER_PID_ALL)}: rows of
 * {@code MIB_TCPROW_OWNER_PID} (24 bytes) from offset 4. Sample (Wine 8.0, one listener on 127.0.0.1:7001):
 * <pre>
 * 01 00 00 00                                      dwNumEntries 1
 * 02 00 00 00  7f 00 00 01  1b 59 00 00            dwState LISTEN, dwLocalAddr 127.0.0.1, dwLocalPort 7001
 * 00 00 00 00  00 00 00 00  00 00 00 00            dwRemoteAddr, dwRemotePort, dwOwningPid 0
 * </pre>
 */
public final class TcpTableOwnerPidDecoder {

    public static final int ROWS_AT = 4;
    public static final int ROW_SIZE = 24;
    public static final int STATE = 0;
    public static final int LOCAL_ADDR = 4;
    public static final int LOCAL_PORT = 8;
    public static final int REMOTE_ADDR = 12;
    public static final int REMOTE_PORT = 16;
    public static final int OWNING_PID = 20;

    public static final List<StructLayout> LAYOUTS = List.of(
            StructLayout.of("MIB_TCPROW_OWNER_PID", ROW_SIZE).field("dwState", STATE)
                    .field("dwLocalAddr", LOCAL_ADDR).field("dwLocalPort", LOCAL_PORT)
                    .field("dwRemoteAddr", REMOTE_ADDR).field("dwRemotePort", REMOTE_PORT)
                    .field("dwOwningPid", OWNING_PID),
            StructLayout.of("MIB_TCPTABLE_OWNER_PID", null).field("table", ROWS_AT));

    private static final SocketTableLayout LAYOUT = new SocketTableLayout("MIB_TCPTABLE_OWNER_PID",
            "MIB_TCPROW_OWNER_PID", Protocol.TCP, AddressFamily.IPV4, ROWS_AT, ROW_SIZE, STATE, LOCAL_ADDR,
            SocketTableLayout.ABSENT, LOCAL_PORT, REMOTE_ADDR, SocketTableLayout.ABSENT, REMOTE_PORT, OWNING_PID,
            SocketTableLayout.ABSENT, SocketTableLayout.ABSENT);

    private TcpTableOwnerPidDecoder() {
    }

    /** @throws MalformedBufferException when the buffer is shorter than its rows */
    public static List<SocketRow> decode(ByteBuffer buffer) {
        return LAYOUT.decode(buffer);
    }
}
