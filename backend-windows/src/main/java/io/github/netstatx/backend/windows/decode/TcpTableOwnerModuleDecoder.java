package io.github.netstatx.backend.windows.decode;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Protocol;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * {@code MIB_TCPTABLE_OWNER_MODULE} from {@code GetExtendedTcpTable(AF_INET, TCP_TABLE_OWNER_MODULE_ALL)}:
 * rows of {@code MIB_TCPROW_OWNER_MODULE} (160 bytes) from offset <b>8</b> (the row holds a LARGE_INTEGER).
 * The first 24 bytes are laid out as in MIB_TCPROW_OWNER_PID. Sample (Wine 8.0, listener on 0.0.0.0:7003;
 * Wine writes no timestamp and no module info):
 * <pre>
 * 04 00 00 00 00 00 00 00                          dwNumEntries 4, padding
 * 02 00 00 00  00 00 00 00  1b 5b 00 00            dwState LISTEN, dwLocalAddr 0.0.0.0, dwLocalPort 7003
 * 00 00 00 00  00 00 00 00  00 00 00 00            dwRemoteAddr, dwRemotePort, dwOwningPid
 * 00 00 00 00 00 00 00 00                          liCreateTimestamp (FILETIME; 0 = not reported)
 * 00 .. 00 (128)                                   OwningModuleInfo ULONGLONG[16], opaque
 * </pre>
 */
public final class TcpTableOwnerModuleDecoder {

    public static final int ROWS_AT = 8;
    public static final int ROW_SIZE = 160;
    public static final int STATE = 0;
    public static final int LOCAL_ADDR = 4;
    public static final int LOCAL_PORT = 8;
    public static final int REMOTE_ADDR = 12;
    public static final int REMOTE_PORT = 16;
    public static final int OWNING_PID = 20;
    public static final int CREATE_TIMESTAMP = 24;
    public static final int OWNING_MODULE_INFO = 32;

    public static final List<StructLayout> LAYOUTS = List.of(
            StructLayout.of("MIB_TCPROW_OWNER_MODULE", ROW_SIZE).field("dwState", STATE)
                    .field("dwLocalAddr", LOCAL_ADDR).field("dwLocalPort", LOCAL_PORT)
                    .field("dwRemoteAddr", REMOTE_ADDR).field("dwRemotePort", REMOTE_PORT)
                    .field("dwOwningPid", OWNING_PID).field("liCreateTimestamp", CREATE_TIMESTAMP)
                    .field("OwningModuleInfo", OWNING_MODULE_INFO),
            StructLayout.of("MIB_TCPTABLE_OWNER_MODULE", null).field("table", ROWS_AT));

    private static final SocketTableLayout LAYOUT = new SocketTableLayout("MIB_TCPTABLE_OWNER_MODULE",
            "MIB_TCPROW_OWNER_MODULE", Protocol.TCP, AddressFamily.IPV4, ROWS_AT, ROW_SIZE, STATE, LOCAL_ADDR,
            SocketTableLayout.ABSENT, LOCAL_PORT, REMOTE_ADDR, SocketTableLayout.ABSENT, REMOTE_PORT, OWNING_PID,
            CREATE_TIMESTAMP, SocketTableLayout.ABSENT);

    private TcpTableOwnerModuleDecoder() {
    }

    /** @throws MalformedBufferException when the buffer is shorter than its rows */
    public static List<SocketRow> decode(ByteBuffer buffer) {
        return LAYOUT.decode(buffer);
    }
}
