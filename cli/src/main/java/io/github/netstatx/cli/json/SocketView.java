package io.github.netstatx.cli.json;

import io.github.netstatx.core.model.BsdSocketInfo;
import io.github.netstatx.core.model.InetEndpoint;
import io.github.netstatx.core.model.OffloadState;
import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.SocketTimer;
import io.github.netstatx.core.model.UnixFlag;
import io.github.netstatx.core.model.UnixInfo;
import java.time.Instant;

/**
 * One socket record ({@code $defs/socket} in the schema). Every key is always written, {@code null}
 * when unknown or not applicable: the inet keys are null for UNIX sockets and the UNIX keys are null
 * for inet sockets. Also the listener records of {@code --facts}.
 */
public final class SocketView {

    private SocketView() {
    }

    public static void write(JsonWriter w, SocketEntry s) {
        UnixInfo unix = s.unix();
        w.beginObject();
        w.name("protocol").value(s.protocol().id());
        w.name("family").value(s.family().id());
        endpoint(w, LOCAL, s.local());
        endpoint(w, REMOTE, s.remote());
        w.name("state").value(s.state() == null ? null : s.state().name());
        w.name("platform_state").value(s.platformState());
        w.name("state_code").value(s.stateCode());
        w.name("recv_queue").value(s.recvQueue());
        w.name("send_queue").value(s.sendQueue());
        w.name("owners").beginArray();
        for (ProcessRef p : s.owners()) {
            owner(w, p);
        }
        w.endArray();
        w.name("uid").value(s.uid());
        w.name("user").value(s.user());
        w.name("inode").value(s.inode());
        timer(w, s.timer());
        if (unix == null && s.createdAt() == null && s.offload() == null && !s.dualStack() && s.pcbAddress() == null
                && s.bsd() == null && w.membersOnOneLine()) {
            w.members(PLAIN_TAIL);
        } else {
            tail(w, unix, s.createdAt(), s.offload(), s.dualStack(), s.pcbAddress(), s.bsd());
        }
        w.endObject();
    }

    /**
     * The keys after {@code timer}, as {@link #tail} writes them for an inet socket with none of them known
     * (every socket of a Linux listing), made once by {@link #tail} itself: a listing of 100,000 sockets
     * appends this text instead of writing its 13 members one by one.
     */
    private static final String PLAIN_TAIL = plainTail();

    private static String plainTail() {
        StringBuilder sb = new StringBuilder();
        JsonWriter w = new JsonWriter(sb, 0);
        w.beginObject();
        w.name("").nullValue(); // a member before the tail, so that the tail begins with its comma
        int head = sb.length();
        tail(w, null, null, null, false, null, null);
        return sb.substring(head);
    }

    private static void tail(JsonWriter w, UnixInfo unix, Instant createdAt, OffloadState offload, boolean dualStack,
            String pcbAddress, BsdSocketInfo bsd) {
        w.name("path").value(unix == null || unix.path() == null ? null : unix.path().name());
        w.name("abstract").value(unix == null || unix.path() == null ? null : unix.path().abstractName());
        w.name("type").value(unix == null ? null : EnumWords.word(unix.type()));
        w.name("type_code").value(unix == null ? null : unix.typeCode());
        w.name("flags");
        if (unix == null) {
            w.nullValue();
        } else {
            EnumWords.writeSet(w, UnixFlag.class, unix.flags());
        }
        w.name("unix_state").value(unix == null ? null : EnumWords.word(unix.state()));
        w.name("unix_state_code").value(unix == null ? null : unix.stateCode());
        w.name("refcount").value(unix == null ? null : unix.refCount());
        w.name("created_at").value(createdAt);
        w.name("offload").value(EnumWords.word(offload));
        w.name("dual_stack").value(dualStack);
        w.name("pcb_address").value(pcbAddress);
        bsd(w, bsd);
    }

    private static void bsd(JsonWriter w, BsdSocketInfo b) {
        w.name("bsd");
        if (b == null) {
            w.nullValue();
            return;
        }
        w.beginObject();
        w.name("flow_hash").value(b.flowHash());
        w.name("rx_bytes").value(b.rxBytes());
        w.name("tx_bytes").value(b.txBytes());
        w.name("recv_high_water").value(b.recvHighWater());
        w.name("send_high_water").value(b.sendHighWater());
        w.name("listen_queue").value(b.listenQueue());
        w.name("listen_incomplete").value(b.listenIncomplete());
        w.name("listen_limit").value(b.listenLimit());
        w.name("socket_state").value(b.socketState());
        w.name("socket_options").value(b.socketOptions());
        w.name("vnode_address").value(b.vnodeAddress());
        w.name("peer_address").value(b.peerAddress());
        w.name("refs_address").value(b.refsAddress());
        w.name("next_ref_address").value(b.nextRefAddress());
        w.name("user_space_flow").value(b.userSpaceFlow());
        w.name("socket_address").value(b.socketAddress());
        w.name("generation").value(b.generation());
        w.name("socket_flags").value(b.socketFlags());
        w.name("socket_flags1").value(b.socketFlags1());
        w.name("use_count").value(b.useCount());
        w.name("retain_count").value(b.retainCount());
        w.name("filter_flags").value(b.filterFlags());
        w.name("rx_packets").value(b.rxPackets());
        w.name("tx_packets").value(b.txPackets());
        w.name("rx_dropped_bytes").value(b.rxDroppedBytes());
        w.name("rx_dropped_packets").value(b.rxDroppedPackets());
        w.endObject();
    }

    /** The keys of one side's endpoint: address, port, scope id (constants: they are written for every row). */
    private record EndpointKeys(String address, String port, String scopeId) {
    }

    private static final EndpointKeys LOCAL = new EndpointKeys("local_address", "local_port", "local_scope_id");
    private static final EndpointKeys REMOTE = new EndpointKeys("remote_address", "remote_port", "remote_scope_id");

    private static void endpoint(JsonWriter w, EndpointKeys keys, InetEndpoint e) {
        w.name(keys.address()).value(e == null ? null : AddressJson.literal(e.address()));
        w.name(keys.port()).value(e == null ? null : e.port());
        w.name(keys.scopeId()).value(e == null ? null : e.scopeId());
    }

    private static void owner(JsonWriter w, ProcessRef p) {
        w.beginObject();
        w.name("pid").value(p.pid());
        w.name("name").value(p.name());
        w.name("path").value(p.path());
        w.name("user").value(p.user());
        w.name("module").value(p.module());
        w.name("start_time").value(p.startTime());
        w.name("role").value(EnumWords.word(p.role()));
        w.endObject();
    }

    private static void timer(JsonWriter w, SocketTimer t) {
        w.name("timer");
        if (t == null) {
            w.nullValue();
            return;
        }
        w.beginObject();
        w.name("kind").value(EnumWords.word(t.kind()));
        w.name("remaining_ms").value(t.remaining() == null ? null : t.remaining().toMillis());
        w.name("retransmits").value(t.retransmits());
        w.name("probes").value(t.probes());
        w.name("platform_code").value(t.platformCode());
        w.endObject();
    }
}
