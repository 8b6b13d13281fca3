package io.github.netstatx.backend.windows.decode;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Protocol;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * {@code MIB_TCP6TABLE_OWNER_PID} from {@code GetExtendedTcpTable(AF_INET6, TCP_TABLE_OWNER_PID_ALL)}: rows of
 * {@code MIB_TCP6ROW_OWNER_PID} (56 bytes) from offset 4. Sample (Wine 8.0, a listener on [::1]:7002):
 * <pre>
 * 01 00 00 00                                                  dwNumEntries 1
 * 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 01              ucLocalAddr ::1
 * 00 10 00 00  1b 5a 00 00                                     dwLocalScopeId 4096 (Wine), dwLocalPort 7002
 * 00 .. 00 (16)  00 00 00 00  00 00 00 00                      ucRemoteAddr ::, dwRemoteScopeId, dwRemotePort
 * 02 00 00 00  00 00 00 00                                     dwState LISTEN, dwOwningPid 0
 * </pre>
 * Scope ids are host-order DWORDs, kept on link-local addresses ({@code %N}); see {@link LayoutReader#ipv6}.
 */
public final class Tcp6TableOwnerPidDecoder {

    public static final int ROWS_AT = 4;
    public static final int ROW_SIZE = 56;
    public static final int LOCAL_ADDR = 0;
    public static final int LOCAL_SCOPE_ID = 16;
    public static final int LOCAL_PORT = 20;
    public static final int REMOTE_ADDR = 24;
    public static final int REMOTE_SCOPE_ID = 40;
    public static final int REMOTE_PORT = 44;
    public static final int STATE = 48;
    public static final int OWNING_PID = 52;

    public static final List<StructLayout> LAYOUTS = List.of(
            StructLayout.of("MIB_TCP6ROW_OWNER_PID", ROW_SIZE).field("ucLocalAddr", LOCAL_ADDR)
                    .field("dwLocalScopeId", LOCAL_SCOPE_ID).field("dwLocalPort", LOCAL_PORT)
                    .field("ucRemoteAddr", REMOTE_ADDR).field("dwRemoteScopeId", REMOTE_SCOPE_ID)
                    .field("dwRemotePort", REMOTE_PORT).field("dwState", STATE).field("dwOwningPid", OWNING_PID),
            StructLayout.of("MIB_TCP6TABLE_OWNER_PID", null).field("table", ROWS_AT));

    private static final SocketTableLayout LAYOUT = new SocketTableLayout("MIB_TCP6TABLE_OWNER_PID",
            "MIB_TCP6ROW_OWNER_PID", Protocol.TCP, AddressFamily.IPV6, ROWS_AT, ROW_SIZE, STATE, LOCAL_ADDR,
            LOCAL_SCOPE_ID, LOCAL_PORT, REMOTE_ADDR, REMOTE_SCOPE_ID, REMOTE_PORT, OWNING_PID,
            SocketTableLayout.ABSENT, SocketTableLayout.ABSENT);

    private Tcp6TableOwnerPidDecoder() {
    }

    /** @throws MalformedBufferException when the buffer is shorter than its rows */
    public static List<SocketRow> decode(ByteBuffer buffer) {
        return LAYOUT.decode(buffer);
    }
}
