package io.github.netstatx.cli.json;

import io.github.netstatx.core.model.BsdSocketInfo;
import io.github.netstatx.core.model.InetEndpoint;
import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.SocketTimer;
import io.github.netstatx.core.model.UnixFlag;
import io.github.netstatx.core.model.UnixInfo;

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
        endpoint(w, "local", s.local());
        endpoint(w, "remote", s.remote());
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
        w.name("created_at").value(s.createdAt());
        w.name("offload").value(EnumWords.word(s.offload()));
        w.name("dual_stack").value(s.dualStack());
        w.name("pcb_address").value(s.pcbAddress());
        bsd(w, s.bsd());
        w.endObject();
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
        w.name("generation").value(b.generation());
        w.name("socket_flags").value(b.socketFlags());
        w.name("socket_flags1").value(b.socketFlags1());
        w.name("use_count").value(b.useCount());
        w.name("retain_count").value(b.retainCount());
        w.name("filter_flags").value(b.filterFlags());
        w.endObject();
    }

    private static void endpoint(JsonWriter w, String side, InetEndpoint e) {
        w.name(side + "_address").value(e == null ? null : AddressJson.literal(e.address()));
        w.name(side + "_port").value(e == null ? null : e.port());
        w.name(side + "_scope_id").value(e == null ? null : e.scopeId());
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
