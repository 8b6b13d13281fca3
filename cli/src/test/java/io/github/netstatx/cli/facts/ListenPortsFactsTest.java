package io.github.netstatx.cli.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.InetEndpoint;
import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code --facts=listen_ports_all} from model-built sockets (written by hand, 2026-12-02), with the values
 * {@code community.general.listen_ports_facts} derives from the {@code netstat -putna} line of each socket
 * under {@code include_non_listening: true} (its {@code netStatParse}, read in the installed module).
 */
class ListenPortsFactsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final ProcessRef SSHD = new ProcessRef(600, "sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups",
            "/usr/sbin/sshd", "root", null, Instant.parse("2026-11-20T07:15:42.37Z"), ProcessRef.Role.OWNER);

    private static InetEndpoint ep(String literal, int port) {
        try {
            return new InetEndpoint(InetAddress.getByName(literal), port);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static SocketEntry tcp(String local, int lport, String remote, int rport, TcpState state, ProcessRef owner) {
        AddressFamily family = local.contains(":") ? AddressFamily.IPV6 : AddressFamily.IPV4;
        return SocketEntry.builder(Protocol.TCP, family).local(ep(local, lport)).remote(ep(remote, rport)).state(state)
                .owners(owner == null ? List.of() : List.of(owner)).build();
    }

    private static SocketEntry udp(String local, int lport, String remote, int rport, ProcessRef owner) {
        AddressFamily family = local.contains(":") ? AddressFamily.IPV6 : AddressFamily.IPV4;
        return SocketEntry.builder(Protocol.UDP, family).local(ep(local, lport)).remote(ep(remote, rport))
                .owners(owner == null ? List.of() : List.of(owner)).build();
    }

    private static JsonNode write(List<SocketEntry> sockets, boolean nonListening) throws Exception {
        StringBuilder sb = new StringBuilder();
        ListenPortsFacts.write(sb, sockets, ZoneOffset.UTC, nonListening);
        return JSON.readTree(sb.toString());
    }

    private static String rec(String protocol, String state, String address, String foreign, int port, String name,
            long pid, String stime, String user) {
        return "{\"protocol\":\"" + protocol + "\",\"state\":\"" + state + "\",\"address\":\"" + address
                + "\",\"foreign_address\":\"" + foreign + "\",\"port\":" + port + ",\"name\":\"" + name + "\",\"pid\":"
                + pid + ",\"stime\":\"" + stime + "\",\"user\":\"" + user + "\"}";
    }

    private static List<String> keys(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void everySocketWithStateAndForeignAddressAsTheModuleReadsNetstat() throws Exception {
        String stime = "Fri Nov 20 07:15:42 2026";
        ProcessRef blanks = ProcessRef.owner(7, "a b c");
        ProcessRef dhclient = ProcessRef.owner(300, "dhclient");
        JsonNode doc = write(List.of(
                tcp("0.0.0.0", 22, "0.0.0.0", 0, TcpState.LISTEN, SSHD),
                tcp("10.0.0.5", 22, "10.0.0.9", 51000, TcpState.ESTABLISHED, SSHD),
                // the same netstat line twice: the module keeps one record
                tcp("10.0.0.5", 22, "10.0.0.9", 51000, TcpState.ESTABLISHED, SSHD),
                tcp("::1", 5432, "::", 0, TcpState.LISTEN, null),
                tcp("127.0.0.1", 40000, "127.0.0.1", 8080, TcpState.TIME_WAIT, null),
                tcp("127.0.0.1", 40001, "127.0.0.1", 8080, TcpState.SYN_RECEIVED, null),
                // "7/a b c": four words after the foreign address, none of the module's cases
                tcp("127.0.0.1", 40002, "127.0.0.1", 8080, TcpState.ESTABLISHED, blanks),
                udp("0.0.0.0", 68, "0.0.0.0", 0, dhclient),
                // connected: netstat's ESTABLISHED word stands where the module reads PID/name
                udp("::1", 40000, "::1", 53, dhclient)), true);

        assertEquals(List.of("tcp_listen", "udp_listen"), keys(doc));
        assertEquals(JSON.readTree("[" + String.join(",",
                rec("tcp", "LISTEN", "0.0.0.0", "0.0.0.0:*", 22, "sshd", 600, stime, "root"),
                rec("tcp", "ESTABLISHED", "10.0.0.5", "10.0.0.9:51000", 22, "sshd", 600, stime, "root"),
                rec("tcp", "LISTEN", "::1", ":::*", 5432, "", 0, "", ""),
                rec("tcp", "TIME_WAIT", "127.0.0.1", "127.0.0.1:8080", 40000, "", 0, "", ""),
                rec("tcp", "SYN_RECV", "127.0.0.1", "127.0.0.1:8080", 40001, "", 0, "", ""),
                rec("tcp", "", "127.0.0.1", "127.0.0.1:8080", 40002, "", 0, "", "")) + "]"), doc.get("tcp_listen"));
        assertEquals(JSON.readTree("[" + String.join(",",
                rec("udp", "", "0.0.0.0", "0.0.0.0:*", 68, "dhclient", 300, "", ""),
                rec("udp", "", "::1", "::1:53", 40000, "", 0, "", "")) + "]"), doc.get("udp_listen"));
        assertEquals(List.of("protocol", "state", "address", "foreign_address", "port", "name", "pid", "stime", "user"),
                keys(doc.get("tcp_listen").get(0)), "the module's key order");
    }

    @Test
    void withoutNonListeningTheRecordsHaveNeitherKey() throws Exception {
        JsonNode doc = write(List.of(tcp("0.0.0.0", 22, "0.0.0.0", 0, TcpState.LISTEN, SSHD),
                udp("0.0.0.0", 5353, "0.0.0.0", 0, ProcessRef.owner(9, "x y z"))), false);
        assertEquals(JSON.readTree("{\"protocol\":\"tcp\",\"address\":\"0.0.0.0\",\"port\":22,\"name\":\"sshd\","
                + "\"pid\":600,\"stime\":\"Fri Nov 20 07:15:42 2026\",\"user\":\"root\"}"), doc.get("tcp_listen").get(0));
        // "9/x y z" is three words: the module's UDP reading takes no PID/name from it
        assertEquals(JSON.readTree("{\"protocol\":\"udp\",\"address\":\"0.0.0.0\",\"port\":5353,\"name\":\"\","
                + "\"pid\":0,\"stime\":\"\",\"user\":\"\"}"), doc.get("udp_listen").get(0));
    }
}
