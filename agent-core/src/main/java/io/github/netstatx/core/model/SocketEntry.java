package io.github.netstatx.core.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One socket, as every backend reports it and every renderer consumes it.
 *
 * <p>Absent means unknown: every nullable component is {@code null} when the platform does not
 * report it or it was not requested; nothing uses {@code -1}, {@code 0} or {@code "unknown"} to mean
 * "unknown". Build instances with {@link #builder(Protocol, AddressFamily)}.
 *
 * @param protocol transport protocol
 * @param family family of the table the socket came from
 * @param local local endpoint; {@code null} for UNIX sockets
 * @param remote remote endpoint; {@code null} for UNIX sockets
 * @param state canonical TCP state; {@code null} for stateless (datagram, raw, UNIX) sockets
 * @param platformState the platform's own word for the state ({@code SYN_RECV}, {@code LISTENING}, ...)
 * @param stateCode the platform's numeric state code (Linux {@code st}, Windows {@code MIB_TCP_STATE})
 * @param recvQueue bytes queued for reading (Linux rx_queue; for listeners the accept backlog)
 * @param sendQueue bytes not yet acknowledged or sent
 * @param owners processes holding the socket; empty when unknown or not requested
 * @param uid owning user id
 * @param user owning user name, resolved by the backend when requested
 * @param inode socket inode (Linux)
 * @param timer pending timer, when requested and reported
 * @param unix UNIX-domain details; {@code null} for inet sockets
 * @param createdAt creation time of the socket (Windows)
 * @param offload TCP offload state (Windows)
 * @param dualStack true when one socket serves IPv4 and IPv6 (macOS {@code tcp46})
 * @param pcbAddress protocol control block address (AIX, macOS), as the platform prints it
 * @param bsd BSD socket-layer details (macOS: flow hash, byte counts, buffer marks, listen queue); may be null
 */
public record SocketEntry(
        Protocol protocol,
        AddressFamily family,
        InetEndpoint local,
        InetEndpoint remote,
        TcpState state,
        String platformState,
        Integer stateCode,
        Long recvQueue,
        Long sendQueue,
        List<ProcessRef> owners,
        Long uid,
        String user,
        Long inode,
        SocketTimer timer,
        UnixInfo unix,
        Instant createdAt,
        OffloadState offload,
        boolean dualStack,
        String pcbAddress,
        BsdSocketInfo bsd) {

    public SocketEntry {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(family, "family");
        owners = List.copyOf(owners == null ? List.of() : owners);
        if (protocol == Protocol.UNIX) {
            if (unix == null) {
                throw new IllegalArgumentException("a UNIX socket needs its UnixInfo");
            }
        } else if (local == null || remote == null) {
            throw new IllegalArgumentException("an inet socket needs both endpoints");
        }
    }

    /**
     * True for a "server" socket in netstat's sense: a TCP/SCTP socket whose remote port is 0, a
     * datagram or raw socket with an unspecified remote address, or a listening UNIX socket. This is
     * the one rule behind {@code -l}, {@code -a} and the default "w/o servers" listing.
     */
    /** A socket without BSD socket-layer details. */
    public SocketEntry(Protocol protocol, AddressFamily family, InetEndpoint local, InetEndpoint remote,
            TcpState state, String platformState, Integer stateCode, Long recvQueue, Long sendQueue,
            List<ProcessRef> owners, Long uid, String user, Long inode, SocketTimer timer, UnixInfo unix,
            Instant createdAt, OffloadState offload, boolean dualStack, String pcbAddress) {
        this(protocol, family, local, remote, state, platformState, stateCode, recvQueue, sendQueue, owners, uid,
                user, inode, timer, unix, createdAt, offload, dualStack, pcbAddress, null);
    }

    public boolean listening() {
        return switch (protocol) {
            case TCP, SCTP -> remote.port() == 0;
            case UDP, UDPLITE, RAW -> remote.isUnspecifiedAddress();
            case UNIX -> unix.listening();
        };
    }

    /** The first owner, or {@code null} when none is known. */
    public ProcessRef firstOwner() {
        return owners.isEmpty() ? null : owners.get(0);
    }

    /** A builder preset with this entry's values. */
    public Builder toBuilder() {
        Builder b = new Builder(protocol, family);
        b.local = local;
        b.remote = remote;
        b.state = state;
        b.platformState = platformState;
        b.stateCode = stateCode;
        b.recvQueue = recvQueue;
        b.sendQueue = sendQueue;
        b.owners = new ArrayList<>(owners);
        b.uid = uid;
        b.user = user;
        b.inode = inode;
        b.timer = timer;
        b.unix = unix;
        b.createdAt = createdAt;
        b.offload = offload;
        b.dualStack = dualStack;
        b.pcbAddress = pcbAddress;
        b.bsd = bsd;
        return b;
    }

    public static Builder builder(Protocol protocol, AddressFamily family) {
        return new Builder(protocol, family);
    }

    /** Mutable builder; every setter returns {@code this}. */
    public static final class Builder {
        private final Protocol protocol;
        private final AddressFamily family;
        private InetEndpoint local;
        private InetEndpoint remote;
        private TcpState state;
        private String platformState;
        private Integer stateCode;
        private Long recvQueue;
        private Long sendQueue;
        private List<ProcessRef> owners = new ArrayList<>();
        private Long uid;
        private String user;
        private Long inode;
        private SocketTimer timer;
        private UnixInfo unix;
        private Instant createdAt;
        private OffloadState offload;
        private boolean dualStack;
        private String pcbAddress;
        private BsdSocketInfo bsd;

        private Builder(Protocol protocol, AddressFamily family) {
            this.protocol = Objects.requireNonNull(protocol, "protocol");
            this.family = Objects.requireNonNull(family, "family");
        }

        public Builder local(InetEndpoint v) { this.local = v; return this; }
        public Builder remote(InetEndpoint v) { this.remote = v; return this; }
        public Builder state(TcpState v) { this.state = v; return this; }
        public Builder platformState(String v) { this.platformState = v; return this; }
        public Builder stateCode(Integer v) { this.stateCode = v; return this; }
        public Builder recvQueue(Long v) { this.recvQueue = v; return this; }
        public Builder sendQueue(Long v) { this.sendQueue = v; return this; }
        public Builder owners(List<ProcessRef> v) { this.owners = new ArrayList<>(v); return this; }
        public Builder addOwner(ProcessRef v) { this.owners.add(v); return this; }
        public Builder uid(Long v) { this.uid = v; return this; }
        public Builder user(String v) { this.user = v; return this; }
        public Builder inode(Long v) { this.inode = v; return this; }
        public Builder timer(SocketTimer v) { this.timer = v; return this; }
        public Builder unix(UnixInfo v) { this.unix = v; return this; }
        public Builder createdAt(Instant v) { this.createdAt = v; return this; }
        public Builder offload(OffloadState v) { this.offload = v; return this; }
        public Builder dualStack(boolean v) { this.dualStack = v; return this; }
        public Builder pcbAddress(String v) { this.pcbAddress = v; return this; }
        public Builder bsd(BsdSocketInfo v) { this.bsd = v; return this; }

        public SocketEntry build() {
            return new SocketEntry(protocol, family, local, remote, state, platformState, stateCode, recvQueue,
                    sendQueue, owners, uid, user, inode, timer, unix, createdAt, offload, dualStack, pcbAddress, bsd);
        }
    }
}
