package io.github.netstatx.cli.linux;

import static io.github.netstatx.cli.linux.Sockets.datagram;
import static io.github.netstatx.cli.linux.Sockets.tcp;
import static io.github.netstatx.core.model.AddressFamily.IPV4;
import static io.github.netstatx.core.model.AddressFamily.IPV6;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.SocketTimer;
import io.github.netstatx.core.model.TcpState;
import io.github.netstatx.core.model.TimerKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rows as net-tools 2.10 printed them (reference A.5, A.6; "|" there marks the line end). */
class InetRowsTest {

    private static NetToolsOptions options(String... args) {
        return ((NetToolsCommandLine.Run) NetToolsCommandLine.parse(List.of(args), Map.of())).options();
    }

    private static String rows(NetToolsOptions o, SocketEntry... entries) {
        InetRows rows = new InetRows(o, new EndpointText(null, null, o.wide()));
        StringBuilder sb = new StringBuilder();
        for (SocketEntry e : entries) {
            switch (e.protocol()) {
                case TCP -> rows.tcp(sb, e);
                case UDP, UDPLITE -> rows.udp(sb, e);
                default -> rows.raw(sb, e);
            }
        }
        return sb.toString();
    }

    @Test
    void headerGrowsWithExtendProgramsAndTimers() {
        StringBuilder sb = new StringBuilder();
        InetRows.header(sb, options("-tanpe"));
        assertEquals("Active Internet connections (servers and established)\n"
                + "Proto Recv-Q Send-Q Local Address           Foreign Address         State       User       Inode"
                + "      PID/Program name    \n", sb.toString());
        sb.setLength(0);
        InetRows.header(sb, options("-tno"));
        assertEquals("Active Internet connections (w/o servers)\n"
                + "Proto Recv-Q Send-Q Local Address           Foreign Address         State       Timer\n",
                sb.toString());
    }

    @Test
    void tcpRowsWithUserInodeAndProgram() {
        SocketEntry listen = tcp(IPV4, "0.0.0.0", 22, "0.0.0.0", 0, TcpState.LISTEN).inode(12188L)
                .addOwner(ProcessRef.owner(5253, "python3")).build();
        SocketEntry kernel = tcp(IPV4, "0.0.0.0", 2024, "0.0.0.0", 0, TcpState.LISTEN).inode(563L).build();
        SocketEntry est = tcp(IPV4, "127.0.0.1", 5555, "127.0.0.1", 40704, TcpState.ESTABLISHED).recvQueue(100L)
                .inode(12193L).addOwner(ProcessRef.owner(5253, "python3")).build();
        SocketEntry v6 = tcp(IPV6, "::", 5556, "::", 0, TcpState.LISTEN).inode(12190L)
                .addOwner(ProcessRef.owner(5253, "python3")).build();
        SocketEntry mapped = tcp(IPV6, "::ffff:127.0.0.1", 5558, "::ffff:127.0.0.1", 38398, TcpState.ESTABLISHED)
                .inode(12198L).addOwner(ProcessRef.owner(5253, "python3")).build();
        assertEquals(""
                + "tcp        0      0 0.0.0.0:2024            0.0.0.0:*               LISTEN      0          563        -                   \n"
                + "tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN      0          12188      5253/python3        \n"
                + "tcp      100      0 127.0.0.1:5555          127.0.0.1:40704         ESTABLISHED 0          12193      5253/python3        \n"
                + "tcp6       0      0 :::5556                 :::*                    LISTEN      0          12190      5253/python3        \n"
                + "tcp6       0      0 127.0.0.1:5558          127.0.0.1:38398         ESTABLISHED 0          12198      5253/python3        \n",
                rows(options("-tanpe"), kernel, listen, est, v6, mapped));
    }

    @Test
    void everyCanonicalStateHasANetToolsWord() {
        StringBuilder words = new StringBuilder();
        for (TcpState s : TcpState.values()) {
            words.append(StateWords.tcp(s)).append(' ');
        }
        assertEquals("LISTEN SYN_SENT SYN_RECV ESTABLISHED FIN_WAIT1 FIN_WAIT2 CLOSE_WAIT CLOSING LAST_ACK TIME_WAIT "
                + "CLOSE CLOSE CLOSE ", words.toString());
        assertEquals("UNKNOWN", StateWords.tcp(null));
    }

    @Test
    void udpStatesComeFromTheKernelCode() {
        assertEquals(""
                + "udp        0      0 0.0.0.0:5353            0.0.0.0:*                          \n"
                + "udp        0      0 127.0.0.1:5353          127.0.0.1:9             ESTABLISHED\n"
                + "udp6       0      0 :::5353                 :::*                    UNKNOWN    \n"
                + "udpl       0      0 0.0.0.0:5000            0.0.0.0:*                          \n"
                + "udpl6      0      0 127.0.0.1:5001          127.0.0.1:9             ESTABLISHED\n",
                rows(options("-tuan"),
                        datagram(Protocol.UDP, IPV4, "0.0.0.0", 5353, "0.0.0.0", 0, 7).build(),
                        datagram(Protocol.UDP, IPV4, "127.0.0.1", 5353, "127.0.0.1", 9, 1).build(),
                        datagram(Protocol.UDP, IPV6, "::", 5353, "::", 0, 10).build(),
                        datagram(Protocol.UDPLITE, IPV4, "0.0.0.0", 5000, "0.0.0.0", 0, 7).build(),
                        datagram(Protocol.UDPLITE, IPV6, "::ffff:127.0.0.1", 5001, "::ffff:127.0.0.1", 9, 1)
                                .build()));
    }

    @Test
    void datagramsWithoutKernelCodeUseTheirRemote() {
        assertEquals(""
                + "udp        0      0 0.0.0.0:53              0.0.0.0:*                          \n"
                + "raw        0      0 127.0.0.1:253           127.0.0.1:*             1          \n",
                rows(options("-an"),
                        datagram(Protocol.UDP, IPV4, "0.0.0.0", 53, "0.0.0.0", 0, 0).stateCode(null).build(),
                        datagram(Protocol.RAW, IPV4, "127.0.0.1", 253, "127.0.0.1", 0, 0).stateCode(null).build()));
    }

    @Test
    void rawRowsPrintTheStateNumber() {
        assertEquals(""
                + "raw        0      0 0.0.0.0:1               0.0.0.0:*               7          \n"
                + "raw6       0      0 :::58                   :::*                    7          \n",
                rows(options("-wan"), datagram(Protocol.RAW, IPV4, "0.0.0.0", 1, "0.0.0.0", 0, 7).build(),
                        datagram(Protocol.RAW, IPV6, "::", 58, "::", 0, 7).build()));
    }

    @Test
    void userColumnShowsNamesUnlessNumeric() {
        SocketEntry named = tcp(IPV4, "0.0.0.0", 6000, "0.0.0.0", 0, TcpState.LISTEN).uid(1000L)
                .user("averylongusername1").inode(61382L).build();
        SocketEntry unnamed = tcp(IPV4, "0.0.0.0", 6001, "0.0.0.0", 0, TcpState.LISTEN).uid(4242L).inode(7L).build();
        SocketEntry unknown = tcp(IPV4, "0.0.0.0", 6002, "0.0.0.0", 0, TcpState.LISTEN).uid(null).inode(null).build();
        assertEquals(""
                + "tcp        0      0 0.0.0.0:6000            0.0.0.0:*               LISTEN      averylongusername1 61382     \n"
                + "tcp        0      0 0.0.0.0:6001            0.0.0.0:*               LISTEN      4242       7         \n"
                + "tcp        0      0 0.0.0.0:6002            0.0.0.0:*               LISTEN      -          -         \n",
                rows(options("-tae", "--numeric-hosts", "--numeric-ports"), named, unnamed, unknown));
        assertEquals("tcp        0      0 0.0.0.0:6000            0.0.0.0:*               LISTEN      1000       61382     \n",
                rows(options("-taen"), named));
    }

    @Test
    void timerColumnFollowsTheProtocol() {
        SocketTimer keepalive = new SocketTimer(TimerKind.KEEPALIVE, Duration.ofMillis(7_198_040), 0, 0, 2);
        SocketEntry tcp = tcp(IPV4, "127.0.0.1", 55670, "127.0.0.1", 5555, TcpState.ESTABLISHED).timer(keepalive)
                .build();
        SocketEntry udp = datagram(Protocol.UDP, IPV4, "0.0.0.0", 53, "0.0.0.0", 0, 7)
                .timer(new SocketTimer(TimerKind.OFF, Duration.ZERO, 3, 0, 0)).build();
        SocketEntry windowsShaped = tcp(IPV4, "127.0.0.1", 1, "127.0.0.1", 2, TcpState.ESTABLISHED).recvQueue(null)
                .sendQueue(null).build();
        assertEquals(""
                + "tcp        0      0 127.0.0.1:55670         127.0.0.1:5555          ESTABLISHED keepalive (7198.04/0/0)\n"
                + "udp        0      0 0.0.0.0:53              0.0.0.0:*                           off (0.00/0/0)\n"
                + "tcp        -      - 127.0.0.1:1             127.0.0.1:2             ESTABLISHED -\n",
                rows(options("-tuano"), tcp, udp, windowsShaped));
    }

    @Test
    void wideEntriesPushTheFollowingColumns() {
        SocketEntry e = tcp(IPV6, "2001:db8:1234:5678:9abc:def0:1234:5678", 443, "2001:db8:1234:5678:9abc:def0:1234:5678",
                33029, TcpState.ESTABLISHED).build();
        assertEquals("tcp6       0      0 2001:db8:1234:5678:9abc:def0:1234:5678:443 "
                + "2001:db8:1234:5678:9abc:def0:1234:5678:33029 ESTABLISHED\n", rows(options("-tanW"), e));
        assertEquals("tcp6       0      0 2001:db8:1234:5678::443 2001:db8:1234:567:33029 ESTABLISHED\n",
                rows(options("-tan"), e));
    }
}
