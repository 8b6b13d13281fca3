package io.github.netstatx.cli.json;

import io.github.netstatx.core.model.BsdRouteInfo;
import io.github.netstatx.core.model.Route;
import io.github.netstatx.core.model.RouteFlag;

/** One route record ({@code $defs/route}). */
final class RouteView {

    private RouteView() {
    }

    static void write(JsonWriter w, Route r) {
        w.beginObject();
        w.name("family").value(r.family().id());
        w.name("destination").value(AddressJson.literal(r.destination()));
        w.name("prefix_length").value(r.prefixLength());
        w.name("gateway").value(AddressJson.literal(r.gateway()));
        w.name("flags");
        EnumWords.writeSet(w, RouteFlag.class, r.flags());
        w.name("raw_flags").value(r.rawFlags());
        w.name("metric").value(r.metric());
        w.name("interface_metric").value(r.interfaceMetric());
        w.name("refcount").value(r.refCount());
        w.name("use").value(r.use());
        w.name("interface").value(r.interfaceName());
        w.name("interface_index").value(r.interfaceIndex());
        w.name("mss").value(r.mss());
        w.name("window").value(r.window());
        w.name("irtt").value(r.irtt());
        w.name("source").value(AddressJson.literal(r.source()));
        w.name("source_prefix_length").value(r.sourcePrefixLength());
        w.name("cached").value(r.cached());
        w.name("persistent").value(r.persistent());
        bsd(w, r.bsd());
        w.endObject();
    }

    private static void bsd(JsonWriter w, BsdRouteInfo b) {
        w.name("bsd");
        if (b == null) {
            w.nullValue();
            return;
        }
        w.beginObject();
        w.name("gateway_link_index").value(b.gatewayLinkIndex());
        w.name("gateway_link_address").value(b.gatewayLinkAddress());
        w.name("mtu").value(b.mtu());
        w.name("expires_at").value(b.expires());
        w.name("interface_address").value(AddressJson.literal(b.interfaceAddress()));
        w.name("rtt_us").value(b.rtt());
        w.name("rtt_variance_us").value(b.rttVariance());
        w.name("recv_pipe").value(b.recvPipe());
        w.name("send_pipe").value(b.sendPipe());
        w.name("ssthresh").value(b.ssthresh());
        w.name("protocol_cloned").value(b.protocolCloned());
        w.endObject();
    }
}
