package io.github.netstatx.backend.windows.decode;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.InetEndpoint;
import io.github.netstatx.core.model.OffloadState;
import io.github.netstatx.core.model.Protocol;
import java.nio.ByteBuffer;
import java.time.Instant;

/**
 * One row of a TCP or UDP table, decoded but not yet turned into a model entry.
 *
 * @param protocol TCP or UDP
 * @param family IPv4 or IPv6 table
 * @param local local endpoint
 * @param remote remote endpoint; UDP rows have none, so this is {@code 0.0.0.0:0} / {@code [::]:0}
 * @param mibState {@code MIB_TCP_STATE} value, {@code null} for UDP
 * @param pid owning process id; 0 when the API does not know it (TIME_WAIT rows, Wine)
 * @param createdAt {@code liCreateTimestamp} of OWNER_MODULE rows, {@code null} otherwise or when 0
 * @param offload {@code dwOffloadState} of MIB_TCPROW2 rows, {@code null} otherwise
 * @param rawRow the row's bytes as the API wrote them (GetOwnerModuleFrom*Entry takes the whole row back)
 */
public record SocketRow(Protocol protocol, AddressFamily family, InetEndpoint local, InetEndpoint remote,
        Integer mibState, long pid, Instant createdAt, OffloadState offload, ByteBuffer rawRow) {

    /** Local and remote endpoints: what identifies a connection across two tables taken one after the other. */
    public record Key(Protocol protocol, InetEndpoint local, InetEndpoint remote) {
    }

    public Key key() {
        return new Key(protocol, local, remote);
    }
}
