package io.github.netstatx.cli.linux;

import static io.github.netstatx.cli.linux.Sockets.datagram;
import static io.github.netstatx.cli.linux.Sockets.tcp;
import static io.github.netstatx.cli.linux.Sockets.unix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.netstatx.cli.ExitCodes;
import io.github.netstatx.cli.JsonKeys;
import io.github.netstatx.cli.StopSignal;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.SocketTimer;
import io.github.netstatx.core.model.TcpState;
import io.github.netstatx.core.model.TimerKind;
import io.github.netstatx.core.model.UnixFlag;
import io.github.netstatx.core.model.UnixPath;
import io.github.netstatx.core.model.UnixSocketType;
import io.github.netstatx.core.model.UnixState;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * jc's record rules on model-built sockets (written by hand for these tests, 2026-11-22), including the
 * rows jc 1.22.5 itself misreads. What real jc makes of real netstat output is {@link JcGoldenTest}.
 */
class JcRowsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final ProcessRef SSHD = ProcessRef.owner(600, "sshd: /usr/sbin/sshd -D [listener]");
    private static final ProcessRef DAEMON = ProcessRef.owner(300, "my daemon");

    private static List<SocketEntry> sockets() {
        return List.of(
                tcp(AddressFamily.IPV4, "0.0.0.0", 22, "0.0.0.0", 0, TcpState.LISTEN).owners(List.of(SSHD)).inode(100L)
                        .build(),
                tcp(AddressFamily.IPV6, "2001:db8:1234:5678:9abc:def0:1234:5678", 443, "::", 0, TcpState.LISTEN)
                        .inode(101L).build(),
                tcp(AddressFamily.IPV4, "10.0.0.5", 6000, "10.0.0.9", 51000, TcpState.ESTABLISHED).recvQueue(null)
                        .inode(102L).build(),
                datagram(Protocol.UDP, AddressFamily.IPV4, "0.0.0.0", 68, "0.0.0.0", 0, 7).owners(List.of(DAEMON))
                        .timer(new SocketTimer(TimerKind.OFF, null, 0, 0, 0)).inode(103L).build(),
                datagram(Protocol.UDP, AddressFamily.IPV6, "::1", 40000, "::1", 53, 1).inode(104L).build(),
                datagram(Protocol.RAW, AddressFamily.IPV4, "0.0.0.0", 1, "0.0.0.0", 0, 7).inode(105L).build(),
                unix(2, Set.of(UnixFlag.ACCEPTING), UnixSocketType.STREAM, UnixState.UNCONNECTED, 2000,
                        new UnixPath("/run/a.sock", false)),
                unix(3, Set.of(), UnixSocketType.STREAM, UnixState.CONNECTED, 2001, null),
                unix(2, Set.of(), UnixSocketType.DGRAM, UnixState.UNCONNECTED, 2002, new UnixPath("log", true)),
                unix(2, Set.of(UnixFlag.ACCEPTING, UnixFlag.WAITING_DATA), UnixSocketType.SEQPACKET,
                        UnixState.UNCONNECTED, 123456789012L, new UnixPath("/run/b c.sock", false)));
    }

    private static JsonNode records(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--format", "jc"));
        all.addAll(List.of(args));
        DialectRun r = DialectRun.of(new SnapshotBackend(sockets()), all.toArray(String[]::new));
        assertEquals(ExitCodes.OK, r.status(), r.err());
        return JSON.readTree(r.out());
    }


    @Test
    void internetRecordsFollowJcsRules() throws Exception {
        JsonNode r = records("-tuwanp");
        assertEquals(6, r.size());
        // net-tools' order: the IPv4 table of a protocol, then its IPv6 table
        assertEquals(JSON.readTree("""
                {"proto":"tcp","recv_q":0,"send_q":0,"local_address":"0.0.0.0","foreign_address":"0.0.0.0",
                 "state":"LISTEN","program_name":"sshd: /usr/sbin","kind":"network","pid":600,"local_port":"22",
                 "foreign_port":"*","transport_protocol":"tcp","network_protocol":"ipv4","local_port_num":22}"""),
                r.get(0), "the program column as net-tools cuts it (19 bytes), split at its first /");
        assertEquals(List.of("proto", "recv_q", "send_q", "local_address", "foreign_address", "state", "program_name",
                "kind", "pid", "local_port", "foreign_port", "transport_protocol", "network_protocol",
                "local_port_num"), JsonKeys.of(r.get(0)), "jc's key order");
        JsonNode v6 = r.get(2);
        assertEquals("2001:db8:1234:5678:9abc:def0:1234:5678", v6.get("local_address").asText(), "never cut (-W)");
        assertEquals("::", v6.get("foreign_address").asText());
        assertEquals("ipv6", v6.get("network_protocol").asText());
        assertTrue(v6.get("program_name").isNull() && !v6.has("pid"), "owner not visible: null, and no pid key");
        JsonNode est = r.get(1);
        assertTrue(est.get("recv_q").isNull(), "a queue the platform does not report is null, as jc reads '-'");
        assertEquals(51000, est.get("foreign_port_num").asInt());
        JsonNode udp = r.get(3);
        assertTrue(udp.get("state").isNull(), "the empty State of an unconnected UDP socket");
        assertEquals("my daemon", udp.get("program_name").asText(), "a blank in the name (jc 1.22.5 shifts here)");
        assertEquals("udp", udp.get("transport_protocol").asText());
        assertEquals("ESTABLISHED", r.get(4).get("state").asText());
        assertEquals("udp6", r.get(4).get("proto").asText());
        JsonNode raw = r.get(5);
        assertEquals("7", raw.get("state").asText(), "raw: the kernel's number, as a string");
        assertTrue(raw.get("transport_protocol").isNull());
        assertEquals(1, raw.get("local_port_num").asInt());
    }

    @Test
    void unixRecordsFollowJcsRules() throws Exception {
        JsonNode r = records("-xa");
        assertEquals(4, r.size());
        assertEquals(JSON.readTree("""
                {"proto":"unix","refcnt":2,"flags":"ACC","type":"STREAM","state":"LISTENING","inode":2000,
                 "path":"/run/a.sock","kind":"socket"}"""), r.get(0));
        assertEquals(JSON.readTree("""
                {"proto":"unix","refcnt":3,"flags":null,"type":"STREAM","state":"CONNECTED","inode":2001,
                 "kind":"socket"}"""), r.get(1), "an unnamed socket has no path key");
        assertTrue(r.get(2).get("state").isNull());
        assertEquals("@log", r.get(2).get("path").asText());
        assertEquals(JSON.readTree("""
                {"proto":"unix","refcnt":2,"flags":"ACC W","type":"SEQPACKET","state":"LISTENING",
                 "inode":123456789012,"path":"/run/b","kind":"socket"}"""), r.get(3),
                "several flags and a wide inode (jc 1.22.5 shifts both); the path as net-tools prints it");
        JsonNode p = records("-xap");
        assertEquals(List.of("proto", "refcnt", "flags", "type", "state", "inode", "program_name", "path", "kind"),
                JsonKeys.of(p.get(0)));
    }

    @Test
    void serviceNamesHaveNoNumberAndOptionsAddTheirColumns() throws Exception {
        JsonNode r = records("--numeric-hosts", "-taeo");
        JsonNode ssh = r.get(0);
        assertEquals("ssh", ssh.get("local_port").asText());
        assertTrue(!ssh.has("local_port_num"), "no number for a service name");
        JsonNode x11 = r.get(1);
        assertEquals("x11", x11.get("local_port").asText());
        assertTrue(!x11.has("local_port_num"), "not 11: jc 1.22.5 strips the letters of x11");
        assertEquals(List.of("proto", "recv_q", "send_q", "local_address", "foreign_address", "state", "user", "inode",
                "timer", "kind", "local_port", "foreign_port", "transport_protocol", "network_protocol"), JsonKeys.of(ssh));
        assertEquals("0", ssh.get("user").asText(), "a string: the uid when no name was resolved");
        assertEquals(100, ssh.get("inode").asInt());
        assertEquals("-", ssh.get("timer").asText(), "no timer reported: net-tools' dash, as text");
    }

    @Test
    void aRepeatingRunWritesOneArrayPerLine() throws Exception {
        StopSignal stop = StopSignal.manual();
        SnapshotBackend b = new SnapshotBackend(sockets());
        b.onQuery = () -> {
            if (b.queries.size() == 3) {
                stop.requestStop();
            }
        };
        DialectRun r = DialectRun.of(List.of(b), stop, "--format", "jc", "-tn", "1");
        assertEquals(ExitCodes.INTERRUPTED, r.status());
        String[] lines = r.out().split("\n");
        assertEquals(3, lines.length);
        for (String line : lines) {
            assertEquals(1, JSON.readTree(line).size(), line);
        }
    }

    @Test
    void optionsWithoutJcRecordsAreRefused() {
        DialectRun s = DialectRun.of(new SnapshotBackend(sockets()), "--format", "jc", "-s");
        assertEquals(ExitCodes.USAGE, s.status());
        assertEquals("netstatx: --format jc gives the records jc's netstat parser makes of the socket listings "
                + "(-t -u -w -x ...), the interface table (-i) and the routing table (-r); it reads no -s or -M "
                + "output\n", s.err());
        assertEquals(ExitCodes.USAGE, DialectRun.of(new SnapshotBackend(sockets()), "--format", "jc", "-M").status());
        DialectRun ie = DialectRun.of(new SnapshotBackend(sockets()), "--format", "jc", "-ie");
        assertEquals(ExitCodes.USAGE, ie.status());
        assertTrue(ie.err().contains("ifconfig-style"), ie.err());
        assertEquals(ExitCodes.USAGE, DialectRun.of(new SnapshotBackend(sockets()), "--format", "jc", "-g").status());
        assertEquals(ExitCodes.USAGE, DialectRun.of(new SnapshotBackend(sockets()), "--format", "jc", "--changes",
                "-tn", "1").status());
        DialectRun w = DialectRun.of(new SnapshotBackend(sockets()), "--dialect", "windows", "--format", "jc", "-an");
        assertEquals(ExitCodes.USAGE, w.status());
        assertEquals("", w.out());
        assertTrue(w.err().contains("linux dialect only"), w.err());
    }
}
