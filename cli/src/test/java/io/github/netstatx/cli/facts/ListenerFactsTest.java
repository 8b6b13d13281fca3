package io.github.netstatx.cli.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.netstatx.cli.FactsLayout;
import io.github.netstatx.cli.JsonKeys;
import io.github.netstatx.cli.Sample;
import io.github.netstatx.cli.ViewRequest;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.OsFamily;
import io.github.netstatx.core.model.InetEndpoint;
import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Severity;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The facts document from model-built samples (written by hand for these tests, 2026-11-22). */
class ListenerFactsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant AT = Instant.parse("2026-11-22T09:00:00.5Z");

    private static InetEndpoint ep(String literal, int port) {
        try {
            return new InetEndpoint(InetAddress.getByName(literal), port);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static final ProcessRef SSHD = new ProcessRef(600, "sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups",
            "/usr/sbin/sshd", "root", null, Instant.parse("2026-11-20T07:15:42.37Z"), ProcessRef.Role.OWNER);

    private static Sample sample(List<SocketEntry> sockets, List<Diagnostic> diagnostics) {
        return new Sample(new HostInfo("web01", OsFamily.LINUX, null, null, null), "linux-procfs", Set.of(),
                ViewRequest.sockets(ListenerFacts.query()), AT, new Snapshot<>(sockets, diagnostics, AT), null, null,
                null, null, null);
    }

    private static List<SocketEntry> sockets() {
        return List.of(
                SocketEntry.builder(Protocol.TCP, AddressFamily.IPV4).local(ep("0.0.0.0", 22)).remote(ep("0.0.0.0", 0))
                        .state(TcpState.LISTEN).owners(List.of(SSHD, ProcessRef.owner(601, "sshd"))).uid(0L)
                        .user("root").build(),
                // another user's process: owner not visible, the socket's user is known
                SocketEntry.builder(Protocol.TCP, AddressFamily.IPV6).local(ep("::1", 5432)).remote(ep("::", 0))
                        .state(TcpState.LISTEN).uid(105L).user("postgres").build(),
                // not a listener
                SocketEntry.builder(Protocol.TCP, AddressFamily.IPV4).local(ep("10.0.0.5", 22))
                        .remote(ep("10.0.0.9", 51000)).state(TcpState.ESTABLISHED).owners(List.of(SSHD)).build(),
                SocketEntry.builder(Protocol.UDP, AddressFamily.IPV4).local(ep("0.0.0.0", 68)).remote(ep("0.0.0.0", 0))
                        .owners(List.of(ProcessRef.owner(300, "dhclient"))).build(),
                // connected UDP: not a listener
                SocketEntry.builder(Protocol.UDP, AddressFamily.IPV6).local(ep("::1", 40000)).remote(ep("::1", 53))
                        .build());
    }

    private static String write(Sample s, FactsLayout layout) {
        StringBuilder sb = new StringBuilder();
        ListenerFacts.write(sb, s, layout);
        return sb.toString();
    }


    @Test
    void listenListsHaveTheShapeOfListenPortsFacts() throws Exception {
        String doc = write(sample(sockets(), List.of()), FactsLayout.ANSIBLE);
        FactsSchema.assertValid(doc, "ansible layout");
        JsonNode f = JSON.readTree(doc);
        assertEquals(List.of("schema_version", "collected_at", "backend", "tcp_listen", "udp_listen", "listeners",
                "diagnostics"), JsonKeys.of(f));
        JsonNode tcp = f.get("tcp_listen");
        assertEquals(2, tcp.size());
        assertEquals(List.of("address", "name", "pid", "port", "protocol", "stime", "user"), JsonKeys.of(tcp.get(0)));
        assertEquals(JSON.readTree("{\"address\":\"0.0.0.0\",\"name\":\"sshd\",\"pid\":600,\"port\":22,"
                + "\"protocol\":\"tcp\",\"stime\":\"2026-11-20T07:15:42Z\",\"user\":\"root\"}"), tcp.get(0));
        assertEquals(JSON.readTree("{\"address\":\"::1\",\"name\":null,\"pid\":null,\"port\":5432,"
                + "\"protocol\":\"tcp\",\"stime\":null,\"user\":\"postgres\"}"), tcp.get(1),
                "kept although its owner is not visible; the user is the socket's");
        assertEquals(JSON.readTree("[{\"address\":\"0.0.0.0\",\"name\":\"dhclient\",\"pid\":300,\"port\":68,"
                + "\"protocol\":\"udp\",\"stime\":null,\"user\":null}]"), f.get("udp_listen"));
        JsonNode listeners = f.get("listeners");
        assertEquals(3, listeners.size());
        assertEquals(List.of(22, 5432, 68), List.of(listeners.get(0).get("local_port").asInt(),
                listeners.get(1).get("local_port").asInt(), listeners.get(2).get("local_port").asInt()));
        assertEquals(2, listeners.get(0).get("owners").size(), "the full record keeps every owner");
        assertEquals("2026-11-22T09:00:00.500Z", f.get("collected_at").asText());
    }

    @Test
    void namespacedLayoutWrapsTheSameFactsUnderOneKey() throws Exception {
        Sample s = sample(sockets(), List.of(new Diagnostic(Diagnostic.Code.OWNERS_PARTIAL, Severity.WARNING, "/proc",
                "owners of some sockets are not shown", null, 4, 1000L)));
        String namespaced = write(s, FactsLayout.NAMESPACED);
        FactsSchema.assertValid(namespaced, "namespaced layout");
        JsonNode n = JSON.readTree(namespaced);
        assertEquals(List.of("netstatx"), JsonKeys.of(n));
        assertEquals(JSON.readTree(write(s, FactsLayout.ANSIBLE)), n.get("netstatx"));
        JsonNode d = n.get("netstatx").get("diagnostics").get(0);
        assertEquals("owners_partial", d.get("code").asText());
        assertEquals("sockets", d.get("section").asText());
        assertTrue(namespaced.endsWith("}\n"));
    }

    @Test
    void theSchemaRejectsAnotherShape() {
        String doc = write(sample(sockets(), List.of()), FactsLayout.ANSIBLE).replace("\"stime\"", "\"start\"");
        assertThrows(AssertionError.class, () -> FactsSchema.assertValid(doc, "renamed key"));
    }
}
