package io.github.netstatx.backend.windows.decode;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Protocol;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * {@code MIB_TCP6TABLE_OWNER_MODULE} from {@code GetExtendedTcpTable(AF_INET6, TCP_TABLE_OWNER_MODULE_ALL)}:
 * rows of {@code MIB_TCP6ROW_OWNER_MODULE} (192 bytes) from offset 8. Bytes 0..55 are laid out as in
 * MIB_TCP6ROW_OWNER_PID; then {@code liCreateTimestamp} at 56 and {@code OwningModuleInfo[16]} at 64.
 * Sample (Wine 8.0, listener on [::1]:7002):
 * <pre>
 * 01 00 00 00 00 00 00 00                          dwNumEntries 1, padding
 * 00 .. 00 01  00 10 00 00  1b 5a 00 00            ucLocalAddr ::1, dwLocalScopeId, dwLocalPort 7002
 * 00 .. 00     00 00 00 00  00 00 00 00            ucRemoteAddr, dwRemoteScopeId, dwRemotePort
 * 02 00 00 00  00 00 00 00                         dwState LISTEN, dwOwningPid
 * 00 00 00 00 00 00 00 00  00 .. 00 (128)          liCreateTimestamp, OwningModuleInfo
 * </pre>
 */
public final class Tcp6TableOwnerModuleDecoder {

    public static final int ROWS_AT = 8;
    public static final int ROW_SIZE = 192;
    public static final int LOCAL_ADDR = 0;
    public static final int LOCAL_SCOPE_ID = 16;
    public static final int LOCAL_PORT = 20;
    public static final int REMOTE_ADDR = 24;
    public static final int REMOTE_SCOPE_ID = 40;
    public static final int REMOTE_PORT = 44;
    public static final int STATE = 48;
    public static final int OWNING_PID = 52;
    public static final int CREATE_TIMESTAMP = 56;
    public static final int OWNING_MODULE_INFO = 64;

    public static final List<StructLayout> LAYOUTS = List.of(
            StructLayout.of("MIB_TCP6ROW_OWNER_MODULE", ROW_SIZE).field("ucLocalAddr", LOCAL_ADDR)
                    .field("dwLocalScopeId", LOCAL_SCOPE_ID).field("dwLocalPort", LOCAL_PORT)
                    .field("ucRemoteAddr", REMOTE_ADDR).field("dwRemoteScopeId", REMOTE_SCOPE_ID)
                    .field("dwRemotePort", REMOTE_PORT).field("dwState", STATE).field("dwOwningPid", OWNING_PID)
                    .field("liCreateTimestamp", CREATE_TIMESTAMP).field("OwningModuleInfo", OWNING_MODULE_INFO),
            StructLayout.of("MIB_TCP6TABLE_OWNER_MODULE", null).field("table", ROWS_AT));

    private static final SocketTableLayout LAYOUT = new SocketTableLayout("MIB_TCP6TABLE_OWNER_MODULE",
            "MIB_TCP6ROW_OWNER_MODULE", Protocol.TCP, AddressFamily.IPV6, ROWS_AT, ROW_SIZE, STATE, LOCAL_ADDR,
            LOCAL_SCOPE_ID, LOCAL_PORT, REMOTE_ADDR, REMOTE_SCOPE_ID, REMOTE_PORT, OWNING_PID, CREATE_TIMESTAMP,
            SocketTableLayout.ABSENT);

    private Tcp6TableOwnerModuleDecoder() {
    }

    /** @throws MalformedBufferException when the buffer is shorter than its rows */
    public static List<SocketRow> decode(ByteBuffer buffer) {
        return LAYOUT.decode(buffer);
    }
}
