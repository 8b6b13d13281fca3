package io.github.netstatx.backend.windows.decode;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Protocol;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * {@code MIB_TCPTABLE2} from {@code GetTcpTable2} (rows of {@code MIB_TCPROW2}, 28 bytes, from offset 4: the
 * MIB_TCPROW_OWNER_PID fields plus {@code dwOffloadState} at 24) and {@code MIB_TCP6TABLE2} from
 * {@code GetTcp6Table2} (rows of {@code MIB_TCP6ROW2}, 60 bytes, from offset 4: the MIB_TCP6ROW_OWNER_PID
 * fields plus {@code dwOffloadState} at 56). The offload state ({@code TCP_CONNECTION_OFFLOAD_STATE}) is what
 * {@code netstat -t} prints. Sample (Wine 8.0, IPv4, one listener):
 * <pre>
 * 01 00 00 00                                      dwNumEntries 1
 * 02 00 00 00  00 00 00 00  1b 5b 00 00            dwState LISTEN, dwLocalAddr 0.0.0.0, dwLocalPort 7003
 * 00 00 00 00  00 00 00 00  00 00 00 00            dwRemoteAddr, dwRemotePort, dwOwningPid
 * 00 00 00 00                                      dwOffloadState InHost
 * </pre>
 */
public final class TcpTable2Decoder {

    public static final int ROWS_AT = 4;
    public static final int ROW_SIZE = 28;
    public static final int STATE = 0;
    public static final int LOCAL_ADDR = 4;
    public static final int LOCAL_PORT = 8;
    public static final int REMOTE_ADDR = 12;
    public static final int REMOTE_PORT = 16;
    public static final int OWNING_PID = 20;
    public static final int OFFLOAD_STATE = 24;

    public static final int ROW6_SIZE = 60;
    public static final int ROW6_LOCAL_ADDR = 0;
    public static final int ROW6_LOCAL_SCOPE_ID = 16;
    public static final int ROW6_LOCAL_PORT = 20;
    public static final int ROW6_REMOTE_ADDR = 24;
    public static final int ROW6_REMOTE_SCOPE_ID = 40;
    public static final int ROW6_REMOTE_PORT = 44;
    public static final int ROW6_STATE = 48;
    public static final int ROW6_OWNING_PID = 52;
    public static final int ROW6_OFFLOAD_STATE = 56;

    public static final List<StructLayout> LAYOUTS = List.of(
            StructLayout.of("MIB_TCPROW2", ROW_SIZE).field("dwState", STATE).field("dwLocalAddr", LOCAL_ADDR)
                    .field("dwLocalPort", LOCAL_PORT).field("dwRemoteAddr", REMOTE_ADDR)
                    .field("dwRemotePort", REMOTE_PORT).field("dwOwningPid", OWNING_PID)
                    .field("dwOffloadState", OFFLOAD_STATE),
            StructLayout.of("MIB_TCPTABLE2", null).field("table", ROWS_AT),
            StructLayout.of("MIB_TCP6ROW2", ROW6_SIZE).field("LocalAddr", ROW6_LOCAL_ADDR)
                    .field("dwLocalScopeId", ROW6_LOCAL_SCOPE_ID).field("dwLocalPort", ROW6_LOCAL_PORT)
                    .field("RemoteAddr", ROW6_REMOTE_ADDR).field("dwRemoteScopeId", ROW6_REMOTE_SCOPE_ID)
                    .field("dwRemotePort", ROW6_REMOTE_PORT).field("State", ROW6_STATE)
                    .field("dwOwningPid", ROW6_OWNING_PID).field("dwOffloadState", ROW6_OFFLOAD_STATE),
            StructLayout.of("MIB_TCP6TABLE2", null).field("table", ROWS_AT));

    private static final SocketTableLayout LAYOUT4 = new SocketTableLayout("MIB_TCPTABLE2", "MIB_TCPROW2",
            Protocol.TCP, AddressFamily.IPV4, ROWS_AT, ROW_SIZE, STATE, LOCAL_ADDR, SocketTableLayout.ABSENT,
            LOCAL_PORT, REMOTE_ADDR, SocketTableLayout.ABSENT, REMOTE_PORT, OWNING_PID, SocketTableLayout.ABSENT,
            OFFLOAD_STATE);

    private static final SocketTableLayout LAYOUT6 = new SocketTableLayout("MIB_TCP6TABLE2", "MIB_TCP6ROW2",
            Protocol.TCP, AddressFamily.IPV6, ROWS_AT, ROW6_SIZE, ROW6_STATE, ROW6_LOCAL_ADDR, ROW6_LOCAL_SCOPE_ID,
            ROW6_LOCAL_PORT, ROW6_REMOTE_ADDR, ROW6_REMOTE_SCOPE_ID, ROW6_REMOTE_PORT, ROW6_OWNING_PID,
            SocketTableLayout.ABSENT, ROW6_OFFLOAD_STATE);

    private TcpTable2Decoder() {
    }

    /** Decodes a {@code MIB_TCPTABLE2} (IPv4) or {@code MIB_TCP6TABLE2} (IPv6). */
    public static List<SocketRow> decode(AddressFamily family, ByteBuffer buffer) {
        return (family == AddressFamily.IPV6 ? LAYOUT6 : LAYOUT4).decode(buffer);
    }
}
