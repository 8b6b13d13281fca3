package io.github.netstatx.backend.windows.decode;

import io.github.netstatx.core.address.AddressBytes;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.InetEndpoint;
import io.github.netstatx.core.model.OffloadState;
import io.github.netstatx.core.model.Protocol;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the fields of one TCP/UDP row structure lie; the named decoders ({@link TcpTableOwnerPidDecoder} and
 * the others) each hold one of these, built from their own constants, and share this one decoding loop.
 * An offset of {@link #ABSENT} means the structure has no such field.
 */
record SocketTableLayout(String tableName, String rowName, Protocol protocol, AddressFamily family, int rowsAt,
        int rowSize, int state, int localAddr, int localScopeId, int localPort, int remoteAddr, int remoteScopeId,
        int remotePort, int owningPid, int createTimestamp, int offloadState) {

    static final int ABSENT = -1;

    private static final InetAddress ANY4 = AddressBytes.unspecified(AddressFamily.IPV4);
    private static final InetAddress ANY6 = AddressBytes.unspecified(AddressFamily.IPV6);

    List<SocketRow> decode(ByteBuffer buffer) {
        MibTable table = MibTable.of(tableName, rowName, buffer, rowsAt, rowSize);
        List<SocketRow> rows = new ArrayList<>(table.size());
        for (int i = 0; i < table.size(); i++) {
            rows.add(row(table.row(i)));
        }
        return rows;
    }

    private SocketRow row(LayoutReader r) {
        InetEndpoint local = new InetEndpoint(address(r, localAddr, localScopeId, "local address"),
                r.port(localPort, "local port"));
        InetEndpoint remote = remoteAddr == ABSENT
                ? new InetEndpoint(family == AddressFamily.IPV4 ? ANY4 : ANY6, 0)
                : new InetEndpoint(address(r, remoteAddr, remoteScopeId, "remote address"),
                        r.port(remotePort, "remote port"));
        Integer mibState = state == ABSENT ? null : (int) r.u32(state, "state");
        OffloadState offload = offloadState == ABSENT ? null
                : TcpOffloadStates.of(r.u32(offloadState, "dwOffloadState"));
        ByteBuffer raw = ByteBuffer.wrap(r.bytes(0, rowSize, "row")).order(ByteOrder.LITTLE_ENDIAN);
        return new SocketRow(protocol, family, local, remote, mibState, r.u32(owningPid, "dwOwningPid"),
                createTimestamp == ABSENT ? null : r.filetime(createTimestamp, "liCreateTimestamp"), offload, raw);
    }

    private InetAddress address(LayoutReader r, int at, int scopeAt, String field) {
        return family == AddressFamily.IPV4 ? r.ipv4(at, field) : r.ipv6(at, scopeAt, field);
    }

}
