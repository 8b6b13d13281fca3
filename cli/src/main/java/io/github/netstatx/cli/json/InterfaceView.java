package io.github.netstatx.cli.json;

import io.github.netstatx.core.model.AdapterStatistics;
import io.github.netstatx.core.model.InterfaceAddress;
import io.github.netstatx.core.model.InterfaceCounters;
import io.github.netstatx.core.model.InterfaceFlag;
import io.github.netstatx.core.model.NetInterface;

/** One interface record ({@code $defs/interface}): identity, flags, addresses, counters and adapter statistics. */
final class InterfaceView {

    private InterfaceView() {
    }

    static void write(JsonWriter w, NetInterface i) {
        w.beginObject();
        w.name("name").value(i.name());
        w.name("index").value(i.index());
        w.name("description").value(i.description());
        w.name("mtu").value(i.mtu());
        w.name("metric").value(i.metric());
        w.name("flags");
        EnumWords.writeSet(w, InterfaceFlag.class, i.flags());
        w.name("raw_flags").value(i.rawFlags());
        w.name("hardware_address").value(i.hardwareAddress());
        w.name("hardware_type").value(i.hardwareType());
        w.name("tx_queue_length").value(i.txQueueLength());
        w.name("link_type").value(EnumWords.word(i.linkType()));
        w.name("addresses").beginArray();
        for (InterfaceAddress a : i.addresses()) {
            address(w, a);
        }
        w.endArray();
        counters(w, i.counters());
        adapter(w, i.adapter());
        w.endObject();
    }

    /** {@code adapter} (since 1.4): the device-driver statistics of the adapter under the interface (AIX {@code netstat -v}). */
    private static void adapter(JsonWriter w, AdapterStatistics a) {
        w.name("adapter");
        if (a == null) {
            w.nullValue();
            return;
        }
        w.beginObject();
        w.name("adapter_name").value(a.adapterName());
        w.name("kind").value(a.kind());
        w.name("device_type").value(a.deviceType());
        w.name("hardware_address").value(a.hardwareAddress());
        w.name("elapsed_seconds").value(a.elapsed() == null ? null : (Number) a.elapsed().toSeconds());
        counters(w, a.counters());
        w.name("tx_broadcast").unsignedValue(a.txBroadcast());
        w.name("rx_broadcast").unsignedValue(a.rxBroadcast());
        w.name("tx_multicast").unsignedValue(a.txMulticast());
        w.name("data_rate_mbps").value(a.dataRateMbps());
        w.name("unmodelled_sections").beginArray();
        for (String section : a.unmodelledSections()) {
            w.value(section);
        }
        w.endArray();
        w.endObject();
    }

    private static void address(JsonWriter w, InterfaceAddress a) {
        w.beginObject();
        w.name("family").value(AddressJson.family(a.address()));
        w.name("address").value(AddressJson.literal(a.address()));
        w.name("prefix_length").value(a.prefixLength());
        w.name("broadcast").value(AddressJson.literal(a.broadcast()));
        w.name("peer").value(AddressJson.literal(a.peer()));
        w.name("scope").value(a.scope());
        w.name("scope_id").value(AddressJson.scopeId(a.address()));
        w.name("label").value(a.label());
        w.endObject();
    }

    private static void counters(JsonWriter w, InterfaceCounters c) {
        w.name("counters");
        if (c == null) {
            w.nullValue();
            return;
        }
        w.beginObject();
        w.name("rx_bytes").unsignedValue(c.rxBytes());
        w.name("rx_packets").unsignedValue(c.rxPackets());
        w.name("rx_errors").unsignedValue(c.rxErrors());
        w.name("rx_dropped").unsignedValue(c.rxDropped());
        w.name("rx_overruns").unsignedValue(c.rxOverruns());
        w.name("rx_frame").unsignedValue(c.rxFrame());
        w.name("rx_compressed").unsignedValue(c.rxCompressed());
        w.name("rx_multicast").unsignedValue(c.rxMulticast());
        w.name("rx_unicast").unsignedValue(c.rxUnicast());
        w.name("rx_non_unicast").unsignedValue(c.rxNonUnicast());
        w.name("rx_unknown_protocols").unsignedValue(c.rxUnknownProtocols());
        w.name("tx_bytes").unsignedValue(c.txBytes());
        w.name("tx_packets").unsignedValue(c.txPackets());
        w.name("tx_errors").unsignedValue(c.txErrors());
        w.name("tx_dropped").unsignedValue(c.txDropped());
        w.name("tx_overruns").unsignedValue(c.txOverruns());
        w.name("tx_carrier").unsignedValue(c.txCarrier());
        w.name("tx_compressed").unsignedValue(c.txCompressed());
        w.name("collisions").unsignedValue(c.collisions());
        w.name("tx_unicast").unsignedValue(c.txUnicast());
        w.name("tx_non_unicast").unsignedValue(c.txNonUnicast());
        w.endObject();
    }
}
