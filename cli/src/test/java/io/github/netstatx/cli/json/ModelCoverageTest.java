package io.github.netstatx.cli.json;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.netstatx.core.model.ConntrackEntry;
import io.github.netstatx.core.model.AdapterStatistics;
import io.github.netstatx.core.model.BsdRouteInfo;
import io.github.netstatx.core.model.BsdSocketInfo;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.InetEndpoint;
import io.github.netstatx.core.model.InterfaceAddress;
import io.github.netstatx.core.model.InterfaceCounters;
import io.github.netstatx.core.model.MulticastGroup;
import io.github.netstatx.core.model.NetInterface;
import io.github.netstatx.core.model.NetworkNamespace;
import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.Route;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.SocketTimer;
import io.github.netstatx.core.model.StatisticsGroup;
import io.github.netstatx.core.model.UnixInfo;
import io.github.netstatx.core.model.UnixPath;
import io.github.netstatx.core.query.SocketQuery;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every component of every model record that a document carries is mapped to keys of the schema, or
 * said here why it is not. A component added to the model fails this test until the JSON (writer,
 * reader, schema) carries it, so --input can never silently lose what a renderer uses.
 */
class ModelCoverageTest {

    /** Where each record lives in the schema, and its component -> JSON keys (space separated). */
    private record Mapping(Class<?> type, String schemaPath, Map<String, String> keys) {
    }

    private static Map<String, String> keys(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static final List<Mapping> MAPPINGS = List.of(
            new Mapping(SocketEntry.class, "/$defs/socket", keys("protocol", "protocol", "family", "family",
                    "local", "local_address local_port local_scope_id",
                    "remote", "remote_address remote_port remote_scope_id", "state", "state",
                    "platformState", "platform_state", "stateCode", "state_code", "recvQueue", "recv_queue",
                    "sendQueue", "send_queue", "owners", "owners", "uid", "uid", "user", "user", "inode", "inode",
                    "timer", "timer", "unix", "path abstract type type_code flags unix_state unix_state_code refcount",
                    "createdAt", "created_at", "offload", "offload", "dualStack", "dual_stack",
                    "pcbAddress", "pcb_address", "bsd", "bsd")),
            new Mapping(BsdSocketInfo.class, "/$defs/bsd_socket", snakeCase(BsdSocketInfo.class)),
            new Mapping(InetEndpoint.class, "/$defs/socket", keys("address", "local_address local_scope_id",
                    "port", "local_port")),
            new Mapping(UnixInfo.class, "/$defs/socket", keys("type", "type", "typeCode", "type_code",
                    "flags", "flags", "state", "unix_state", "stateCode", "unix_state_code", "refCount", "refcount",
                    "path", "path abstract")),
            new Mapping(UnixPath.class, "/$defs/socket", keys("name", "path", "abstractName", "abstract")),
            new Mapping(SocketQuery.class, "/$defs/query/properties/sockets", keys("protocols", "protocols",
                    "families", "families", "scope", "scope", "owners", "owners", "users", "users", "timers", "timers",
                    "processDetails", "process_details",
                    // the backend's part of the run's filter options, which "filter" names in full
                    "prefilter", "filter")),
            new Mapping(ProcessRef.class, "/$defs/owner", keys("pid", "pid", "name", "name", "path", "path",
                    "user", "user", "module", "module", "startTime", "start_time", "role", "role")),
            new Mapping(SocketTimer.class, "/$defs/timer", keys("kind", "kind", "remaining", "remaining_ms",
                    "retransmits", "retransmits", "probes", "probes", "platformCode", "platform_code")),
            new Mapping(HostInfo.class, "/$defs/host", keys("hostname", "hostname", "os", "os", "osVersion",
                    "os_version", "kernel", "kernel", "arch", "arch", "networkNamespace", "network_namespace")),
            new Mapping(NetworkNamespace.class, "/$defs/host/properties/network_namespace", keys("path", "path",
                    "inode", "inode")),
            new Mapping(Diagnostic.class, "/$defs/diagnostic", keys("code", "code", "severity", "severity",
                    "source", "source", "message", "message", "protocol", "protocol", "count", "count", "uid", "uid")),
            new Mapping(NetInterface.class, "/$defs/interface", keys("name", "name", "index", "index",
                    "description", "description", "mtu", "mtu", "metric", "metric", "flags", "flags",
                    "rawFlags", "raw_flags", "hardwareAddress", "hardware_address", "hardwareType", "hardware_type",
                    "txQueueLength", "tx_queue_length", "addresses", "addresses", "counters", "counters",
                    "linkType", "link_type", "adapter", "adapter")),
            new Mapping(AdapterStatistics.class, "/$defs/interface/properties/adapter", keys("adapterName",
                    "adapter_name", "kind", "kind", "deviceType", "device_type", "hardwareAddress", "hardware_address",
                    "elapsed", "elapsed_seconds", "counters", "counters", "txBroadcast", "tx_broadcast",
                    "rxBroadcast", "rx_broadcast", "txMulticast", "tx_multicast", "dataRateMbps", "data_rate_mbps",
                    "unmodelledSections", "unmodelled_sections")),
            new Mapping(InterfaceAddress.class, "/$defs/interface_address", keys("address", "address family scope_id",
                    "prefixLength", "prefix_length", "broadcast", "broadcast", "peer", "peer", "scope", "scope",
                    "label", "label")),
            new Mapping(InterfaceCounters.class, "/$defs/interface_counters", snakeCase(InterfaceCounters.class)),
            new Mapping(Route.class, "/$defs/route", keys("family", "family", "destination", "destination",
                    "prefixLength", "prefix_length", "gateway", "gateway", "flags", "flags", "rawFlags", "raw_flags",
                    "metric", "metric", "interfaceMetric", "interface_metric", "refCount", "refcount", "use", "use",
                    "interfaceName", "interface", "interfaceIndex", "interface_index", "mss", "mss",
                    "window", "window", "irtt", "irtt", "source", "source", "sourcePrefixLength",
                    "source_prefix_length", "cached", "cached", "persistent", "persistent", "bsd", "bsd")),
            new Mapping(BsdRouteInfo.class, "/$defs/bsd_route", keys("gatewayLinkIndex", "gateway_link_index",
                    "gatewayLinkAddress", "gateway_link_address", "mtu", "mtu", "expires", "expires_at",
                    "interfaceAddress", "interface_address", "rtt", "rtt_us", "rttVariance", "rtt_variance_us",
                    "recvPipe", "recv_pipe", "sendPipe", "send_pipe", "ssthresh", "ssthresh",
                    "protocolCloned", "protocol_cloned")),
            // Counter names become the keys of "counters", their values its values.
            new Mapping(StatisticsGroup.class, "/$defs/statistics_group", keys("name", "name", "family", "family",
                    "counters", "counters")),
            new Mapping(MulticastGroup.class, "/$defs/group", keys("interfaceName", "interface",
                    "interfaceIndex", "interface_index", "refCount", "refcount", "group", "group family",
                    "linkLayerAddress", "link_layer_address")),
            new Mapping(ConntrackEntry.class, "/$defs/masquerade_entry", keys("family", "family",
                    "protocolName", "protocol", "protocolNumber", "protocol_number",
                    "expiresInSeconds", "expires_in_seconds", "state", "state", "original", "original",
                    "reply", "reply", "assured", "assured", "unreplied", "unreplied")),
            new Mapping(ConntrackEntry.Tuple.class, "/$defs/conntrack_tuple", keys(
                    "source", "source_address source_port", "destination", "destination_address destination_port")));

    private static Map<String, String> snakeCase(Class<?> record) {
        Map<String, String> m = new LinkedHashMap<>();
        for (RecordComponent c : record.getRecordComponents()) {
            m.put(c.getName(), c.getName().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT));
        }
        return m;
    }

    @Test
    void everyModelComponentHasItsKeysInTheSchema() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(Files.readString(ContractSchema.PUBLISHED));
        List<String> problems = new ArrayList<>();
        for (Mapping m : MAPPINGS) {
            JsonNode properties = schema.at(m.schemaPath() + "/properties");
            for (RecordComponent c : m.type().getRecordComponents()) {
                String keys = m.keys().get(c.getName());
                if (keys == null) {
                    problems.add(m.type().getSimpleName() + "." + c.getName() + " is not in the JSON contract");
                    continue;
                }
                for (String key : keys.split(" ")) {
                    if (!properties.has(key)) {
                        problems.add(m.type().getSimpleName() + "." + c.getName() + " maps to \"" + key
                                + "\", which " + m.schemaPath() + " does not have");
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
