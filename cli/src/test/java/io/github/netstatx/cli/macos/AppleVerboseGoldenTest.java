package io.github.netstatx.cli.macos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netstatx.cli.CommandRun;
import io.github.netstatx.cli.FakeBackend;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.BsdSocketInfo;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.InetEndpoint;
import io.github.netstatx.core.model.OsFamily;
import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Apple's {@code -v} columns by the release of the data: byte for byte against a real macOS 10.14 output
 * (golden/PROVENANCE.md), and for 10.13, 14, 15.0, 15.4 and 26 against the printf formats of network_cmds 543,
 * 667, 696, 705 and 726 ({@code inet.c} {@code protopr}, {@code main.c} {@code print_socket_stats_*}), for which
 * no real output was found.
 */
class AppleVerboseGoldenTest {

    private static HostInfo mac(String version) {
        return new HostInfo("mac", OsFamily.MACOS, version, null, "arm64");
    }

    /** A row of {@code netstat -v -n -p tcp} (596 form) back to the socket it shows. */
    private static SocketEntry row(String line) throws Exception {
        String[] f = line.trim().split("\\s+");
        int lastPid = Integer.parseInt(f[8]);
        int ePid = Integer.parseInt(f[9]);
        List<ProcessRef> owners = new ArrayList<>();
        owners.add(new ProcessRef(lastPid, null, null, null, null, null, ProcessRef.Role.LAST));
        if (ePid > 0) {
            owners.add(new ProcessRef(ePid, null, null, null, null, null, ProcessRef.Role.EFFECTIVE));
        }
        return SocketEntry.builder(Protocol.TCP, AddressFamily.IPV4).local(endpoint(f[3])).remote(endpoint(f[4]))
                .recvQueue(Long.parseLong(f[1])).sendQueue(Long.parseLong(f[2]))
                .state(f[5].equals("CLOSE_WAIT") ? TcpState.CLOSE_WAIT : TcpState.ESTABLISHED).platformState(f[5])
                .stateCode(AppleSocketListing.STATE_WORDS.indexOf(f[5]))
                .bsd(new BsdSocketInfo(null, null, null, Long.parseLong(f[6]), Long.parseLong(f[7]), 0, 0, 0,
                        Integer.parseInt(f[10].substring(2), 16), Long.parseLong(f[11].substring(2), 16), null, null,
                        null, null, false))
                .owners(owners).build();
    }

    private static InetEndpoint endpoint(String hostDotPort) throws Exception {
        int dot = hostDotPort.lastIndexOf('.');
        return new InetEndpoint(InetAddress.getByName(hostDotPort.substring(0, dot)),
                Integer.parseInt(hostDotPort.substring(dot + 1)));
    }

    private static String run(HostInfo host, List<SocketEntry> sockets, String... args) throws Exception {
        CommandRun r = new AppleRun(new FakeBackend(host, sockets, List.of())).run(args);
        assertEquals("", r.err());
        assertEquals(0, r.status());
        return r.out();
    }

    @Test
    void mojaveVerboseTcpListing() throws Exception {
        List<String> lines = AppleGoldenTest.golden("mojave-netstat-vnp-tcp.out");
        List<SocketEntry> sockets = new ArrayList<>();
        for (String l : lines.subList(2, lines.size())) {
            if (!l.isEmpty()) {
                sockets.add(row(l));
            }
        }
        assertEquals(String.join("\n", lines), run(mac("10.14.6"), sockets, "-v", "-n", "-p", "tcp"));
    }

    /** One connection with every -v fact set, the macOS 13 fields included, owned by "Safari" (pid 812). */
    private static SocketEntry connection() throws Exception {
        return SocketEntry.builder(Protocol.TCP, AddressFamily.IPV4).local(endpoint("10.0.0.2.50000"))
                .remote(endpoint("17.57.144.20.443")).recvQueue(0L).sendQueue(0L).state(TcpState.ESTABLISHED)
                .platformState("ESTABLISHED").stateCode(4)
                .bsd(new BsdSocketInfo(null, 4606L, 3816077L, 406208L, 146988L, 0, 0, 0, 0x102, 0xcL, null, null,
                        null, null, false).withSocketExtension(0xb27decL, 0x80, 0x1000800, 2, 0, 0))
                .owners(List.of(ProcessRef.owner(812, "Safari"),
                        new ProcessRef(812, "Safari", null, null, null, null, ProcessRef.Role.LAST)))
                .build();
    }

    /** Expected lines computed with C printf semantics from network_cmds' formats, not by this code. */
    @Test
    void everyGenerationsColumns() throws Exception {
        List<SocketEntry> one = List.of(connection());
        assertEquals(List.of("Active Internet connections",
                "Proto Recv-Q Send-Q  Local Address          Foreign Address        (state)     rhiwat shiwat    pid"
                        + "   epid",
                "tcp4       0      0  10.0.0.2.50000         17.57.144.20.443       ESTABLISHED 406208 146988    812"
                        + "      0"),
                run(mac("10.13.6"), one, "-vn").lines().toList(), "543: pid and epid only");
        assertEquals(List.of("Active Internet connections",
                "Proto Recv-Q Send-Q  Local Address          Foreign Address        (state)      rhiwat  shiwat    pid"
                        + "   epid state  options           gencnt    flags   flags1 usscnt rtncnt fltrs",
                "tcp4       0      0  10.0.0.2.50000         17.57.144.20.443       ESTABLISHED  406208  146988    812"
                        + "      0 00102 0000000c 0000000000b27dec 00000080 01000800      2      0 000000"),
                run(mac("14.6"), one, "-vn").lines().toList(), "667: extended columns because the record has them");
        assertEquals(List.of("Active Internet connections",
                "Proto Recv-Q Send-Q  Local Address          Foreign Address        (state)        rxbytes    txbytes"
                        + "  rhiwat  shiwat    pid   epid state  options           gencnt    flags   flags1 usecnt"
                        + " rtncnt fltrs",
                "tcp4       0      0  10.0.0.2.50000         17.57.144.20.443       ESTABLISHED       4606    3816077"
                        + "  406208  146988    812      0 00102 0000000c 0000000000b27dec 00000080 01000800      2"
                        + "      0 000000"),
                run(mac("15.1"), one, "-vn").lines().toList(), "696: -v implies the byte counts");
        assertEquals("tcp4       0      0  10.0.0.2.50000         17.57.144.20.443       ESTABLISHED         4606"
                + "      3816077  406208  146988    812      0 00102 0000000c 0000000000b27dec 00000080 01000800"
                + "      2      0 000000",
                run(mac("15.4"), one, "-vn").lines().toList().get(2), "705: twelve-wide byte counts");
        assertEquals(List.of("Active Internet connections",
                "Proto Recv-Q Send-Q  Local Address          Foreign Address        (state)          rxbytes"
                        + "      txbytes  rhiwat  shiwat          process:pid    state  options           gencnt"
                        + "    flags   flags1 usecnt rtncnt fltrs",
                "tcp4       0      0  10.0.0.2.50000         17.57.144.20.443       ESTABLISHED         4606"
                        + "      3816077  406208  146988           Safari:812    00102 0000000c 0000000000b27dec"
                        + " 00000080 01000800      2      0 000000"),
                run(mac("26.1"), one, "-vn").lines().toList(), "726: process:pid");
    }

    private static final String HEAD = "Proto Recv-Q Send-Q  Local Address          Foreign Address        (state)    ";
    private static final String ROW = "tcp4       0      0  10.0.0.2.50000         17.57.144.20.443       ESTABLISHED";

    /** {@link #connection()} with packet counts and receive drops, delegated (so_e_pid) to {@code effective}. */
    private static SocketEntry counted(ProcessRef effective) throws Exception {
        SocketEntry c = connection();
        List<ProcessRef> owners = new ArrayList<>(c.owners());
        if (effective != null) {
            owners.add(effective);
        }
        return SocketEntry.builder(Protocol.TCP, AddressFamily.IPV4).local(c.local()).remote(c.remote())
                .recvQueue(0L).sendQueue(0L).state(TcpState.ESTABLISHED).platformState("ESTABLISHED").stateCode(4)
                .bsd(c.bsd().withTraffic(37L, 2901L, 1460L, 1L)).owners(owners).build();
    }

    /**
     * {@code -vv} (packet counts, and in 726 the delegate's {@code eprocess:epid}) and {@code -d} ({@code rxdrops})
     * in the socket listing of network_cmds 698.60 and later (macOS 15.4 and 26 data here). Expected columns
     * computed with C printf from {@code print_socket_stats_format}/{@code _data} of network_cmds 705 and 726,
     * not by this code; no real output of them was found.
     */
    @Test
    void packetCountsAndReceiveDropsFromMacOs154() throws Exception {
        List<SocketEntry> one = List.of(counted(null));
        assertEquals(List.of("Active Internet connections",
                HEAD + "      rxbytes      txbytes      rxdrops",
                ROW + "         4606      3816077         1460"),
                run(mac("15.4"), one, "-bdn").lines().toList(), "705: -d adds rxdrops to -b");
        assertEquals(List.of("Active Internet connections",
                HEAD + "      rxbytes/packets        txbytes/packets        rxdrops/packets    rhiwat  shiwat    pid"
                        + "   epid state  options           gencnt    flags   flags1 usecnt rtncnt fltrs",
                ROW + "         4606/37             3816077/2901              1460/1          406208  146988    812"
                        + "      0 00102 0000000c 0000000000b27dec 00000080 01000800      2      0 000000"),
                run(mac("15.4"), one, "-vvdn").lines().toList(), "705: -vv adds packets");
        assertEquals(List.of("Active Internet connections",
                HEAD + "      rxbytes/packets        txbytes/packets    rhiwat  shiwat          process:pid           "
                        + " eprocess:epid   state  options           gencnt    flags   flags1 usecnt rtncnt fltrs",
                ROW + "         4606/37             3816077/2901       406208  146988           Safari:812          "
                        + "          :       00102 0000000c 0000000000b27dec 00000080 01000800      2      0 000000"),
                run(mac("26.1"), one, "-vvn").lines().toList(), "726: no delegate, both fields empty");
        assertEquals(ROW + "         4606/37             3816077/2901       406208  146988           Safari:812      "
                        + " nsurlsessiond:99     00102 0000000c 0000000000b27dec 00000080 01000800      2      0 000000",
                run(mac("26.1"), List.of(counted(new ProcessRef(99, "nsurlsessiond", null, null, null, null,
                        ProcessRef.Role.EFFECTIVE))), "-vvn").lines().toList().get(2), "726: the delegate's name:pid");
        assertEquals(run(mac("15.1"), one, "-vn"), run(mac("15.1"), one, "-vvdn"),
                "696 has neither -vv packets nor -d in the socket listing");
    }
}
