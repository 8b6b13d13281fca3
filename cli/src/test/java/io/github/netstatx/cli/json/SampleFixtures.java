package io.github.netstatx.cli.json;

import io.github.netstatx.cli.Sample;
import io.github.netstatx.cli.ViewRequest;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.ConntrackEntry;
import io.github.netstatx.core.model.Diagnostic;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.OsFamily;
import io.github.netstatx.core.model.InetEndpoint;
import io.github.netstatx.core.model.InterfaceAddress;
import io.github.netstatx.core.model.InterfaceCounters;
import io.github.netstatx.core.model.InterfaceFlag;
import io.github.netstatx.core.model.LinkType;
import io.github.netstatx.core.model.MulticastGroup;
import io.github.netstatx.core.model.NetInterface;
import io.github.netstatx.core.model.OffloadState;
import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.Route;
import io.github.netstatx.core.model.RouteFlag;
import io.github.netstatx.core.model.Severity;
import io.github.netstatx.core.model.Snapshot;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.SocketTimer;
import io.github.netstatx.core.model.StatisticsCounter;
import io.github.netstatx.core.model.StatisticsGroup;
import io.github.netstatx.core.model.TcpState;
import io.github.netstatx.core.model.TimerKind;
import io.github.netstatx.core.model.UnixFlag;
import io.github.netstatx.core.model.UnixInfo;
import io.github.netstatx.core.model.UnixPath;
import io.github.netstatx.core.model.UnixSocketType;
import io.github.netstatx.core.model.UnixState;
import io.github.netstatx.core.query.RouteQuery;
import io.github.netstatx.core.query.Scope;
import io.github.netstatx.core.query.SocketQuery;
import io.github.netstatx.core.spi.Capability;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Model-built samples for the JSON tests. Provenance: written by hand for these tests (2026-11-22); the
 * Linux rows follow what /proc/net/{tcp,tcp6,udp,raw,unix} and /proc/net/dev showed on the Debian 12 test
 * machine, the Windows rows follow MIB_TCPROW2 / GetExtendedTcpTable fields as windows.md describes them.
 * They include every shape the contract has to carry: UNIX paths with a newline and a byte that is not
 * UTF-8, abstract names, IPv6 scope ids, v4-mapped peers on IPv6 sockets, several owners, every timer
 * field, Windows states and fields, and a counter above 2^63.
 */
final class SampleFixtures {

    static final Instant AT = Instant.parse("2026-11-22T08:34:02.123456Z");
    static final HostInfo LINUX_HOST = new HostInfo("web01", OsFamily.LINUX, "Debian GNU/Linux 12 (bookworm)",
            "6.1.0-18-amd64", "x86_64");
    static final HostInfo WINDOWS_HOST = new HostInfo("WIN-BUILD07", OsFamily.WINDOWS, "Windows Server 2022 Standard",
            "10.0.20348", "amd64");
    static final Set<Capability> LINUX_CAPABILITIES = EnumSet.of(Capability.SOCKETS, Capability.RAW_SOCKETS,
            Capability.UNIX_SOCKETS, Capability.PROCESS_OWNERS, Capability.QUEUES, Capability.TIMERS,
            Capability.INODES, Capability.INTERFACES, Capability.ROUTES, Capability.STATISTICS,
            Capability.MULTICAST_GROUPS, Capability.MASQUERADE);

    private SampleFixtures() {
    }

    static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static InetAddress scoped(String literal, int scope) {
        try {
            return Inet6Address.getByAddress(null, ip(literal).getAddress(), scope);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static InetEndpoint ep(String literal, int port) {
        return new InetEndpoint(ip(literal), port);
    }

    static SocketEntry.Builder tcp4(String local, int lport, String remote, int rport, TcpState state,
            String platformState, int code) {
        return SocketEntry.builder(Protocol.TCP, AddressFamily.IPV4).local(ep(local, lport)).remote(ep(remote, rport))
                .state(state).platformState(platformState).stateCode(code).recvQueue(0L).sendQueue(0L);
    }

    /** Linux-shaped sockets of every protocol, as a query for everything collects them. */
    static List<SocketEntry> linuxSockets() {
        ProcessRef sshd = new ProcessRef(812, "sshd", "/usr/sbin/sshd", "root", null, null, ProcessRef.Role.OWNER);
        // A program whose argv[0] holds the byte 0x80 (not UTF-8) and a tab.
        ProcessRef odd = new ProcessRef(4242, "py\uDC80th\ton", "/opt/bin/py\uDC80thon", "alice", null, null,
                ProcessRef.Role.OWNER);
        ProcessRef child = ProcessRef.owner(4243, "worker");
        return List.of(
                tcp4("0.0.0.0", 22, "0.0.0.0", 0, TcpState.LISTEN, "LISTEN", 10).owners(List.of(sshd)).uid(0L)
                        .user("root").inode(18188L).timer(new SocketTimer(TimerKind.OFF, Duration.ZERO, 0, 0, 0))
                        .build(),
                tcp4("127.0.0.1", 5000, "127.0.0.1", 43210, TcpState.ESTABLISHED, "ESTABLISHED", 1).recvQueue(13L)
                        .sendQueue(0L).owners(List.of(odd, child)).uid(1000L).user("alice").inode(20531L)
                        .timer(new SocketTimer(TimerKind.KEEPALIVE, Duration.ofMillis(7150), 0, 0, 2)).build(),
                SocketEntry.builder(Protocol.TCP, AddressFamily.IPV6).local(ep("::1", 8080)).remote(ep("::1", 51000))
                        .state(TcpState.TIME_WAIT).platformState("TIME_WAIT").stateCode(6).recvQueue(0L)
                        .sendQueue(0L).uid(0L).inode(0L)
                        .timer(new SocketTimer(TimerKind.TIME_WAIT, Duration.ofMillis(59870), 0, 0, 3)).build(),
                SocketEntry.builder(Protocol.TCP, AddressFamily.IPV6)
                        .local(new InetEndpoint(scoped("fe80::1", 2), 22))
                        .remote(new InetEndpoint(scoped("fe80::2:ab", 2), 50000)).state(TcpState.SYN_RECEIVED)
                        .platformState("SYN_RECV").stateCode(3).recvQueue(0L).sendQueue(0L).uid(0L).inode(0L)
                        .timer(new SocketTimer(TimerKind.RETRANSMIT, Duration.ofMillis(950), 2, 0, 1)).build(),
                SocketEntry.builder(Protocol.UDP, AddressFamily.IPV4).local(ep("0.0.0.0", 68)).remote(ep("0.0.0.0", 0))
                        .platformState("").stateCode(7).recvQueue(0L).sendQueue(0L).uid(0L).inode(15007L).build(),
                // A dual-stack IPv6 socket talking to an IPv4 peer: the JDK hands v4-mapped addresses over as IPv4.
                SocketEntry.builder(Protocol.UDP, AddressFamily.IPV6).local(ep("127.0.0.1", 53))
                        .remote(ep("127.0.0.1", 40000)).platformState("ESTABLISHED").stateCode(1).recvQueue(0L)
                        .sendQueue(768L).uid(102L).inode(15555L).build(),
                SocketEntry.builder(Protocol.RAW, AddressFamily.IPV4).local(ep("0.0.0.0", 1)).remote(ep("0.0.0.0", 0))
                        .platformState("7").stateCode(7).recvQueue(0L).sendQueue(0L).uid(0L).inode(31337L).build(),
                SocketEntry.builder(Protocol.UNIX, AddressFamily.UNIX).inode(20001L)
                        .unix(new UnixInfo(UnixSocketType.STREAM, 1, Set.of(UnixFlag.ACCEPTING), UnixState.UNCONNECTED,
                                1, 2L, new UnixPath("/run/dbus/system_bus_socket", false)))
                        .owners(List.of(ProcessRef.owner(601, "dbus-daemon"))).build(),
                // An abstract name with a newline (must not forge a line) and a byte that is not UTF-8.
                SocketEntry.builder(Protocol.UNIX, AddressFamily.UNIX).inode(20002L)
                        .unix(new UnixInfo(UnixSocketType.DGRAM, 2, Set.of(), UnixState.UNCONNECTED, 1, 2L,
                                new UnixPath("evil\nname\uDCFF", true)))
                        .build(),
                SocketEntry.builder(Protocol.UNIX, AddressFamily.UNIX).inode(20003L)
                        .unix(new UnixInfo(UnixSocketType.SEQPACKET, 5, Set.of(), UnixState.CONNECTED, 3, 3L, null))
                        .build());
    }

    /** Windows-shaped sockets: BOUND and DELETE_TCB states, creation times, offload, services. */
    static List<SocketEntry> windowsSockets() {
        ProcessRef svchost = new ProcessRef(1234, "svchost.exe", "C:\\Windows\\System32\\svchost.exe", null,
                "Dnscache", Instant.parse("2026-11-20T06:00:01.5Z"), ProcessRef.Role.OWNER);
        ProcessRef system = new ProcessRef(4, "System", null, null, null, null, ProcessRef.Role.OWNER);
        return List.of(
                tcp4("0.0.0.0", 135, "0.0.0.0", 0, TcpState.LISTEN, "LISTENING", 2).recvQueue(null).sendQueue(null)
                        .owners(List.of(svchost)).createdAt(Instant.parse("2026-11-20T06:00:02Z"))
                        .offload(OffloadState.IN_HOST).build(),
                tcp4("10.0.0.5", 49700, "0.0.0.0", 0, TcpState.BOUND, "BOUND", 100).recvQueue(null).sendQueue(null)
                        .owners(List.of(svchost)).build(),
                tcp4("10.0.0.5", 49702, "93.184.216.34", 443, TcpState.DELETE_TCB, "DELETE_TCB", 12).recvQueue(null)
                        .sendQueue(null).owners(List.of(system)).offload(OffloadState.OFFLOADED).build(),
                SocketEntry.builder(Protocol.UDP, AddressFamily.IPV6).local(new InetEndpoint(scoped("fe80::5", 11), 546))
                        .remote(ep("::", 0)).owners(List.of(svchost))
                        .createdAt(Instant.parse("2026-11-20T06:00:03.25Z")).build());
    }

    static List<NetInterface> interfaces() {
        InterfaceCounters loCounters = new InterfaceCounters(1_234_567L, 9_876L, 0L, 0L, 0L, 0L, 0L, 0L, null, null,
                null, 1_234_567L, 9_876L, 0L, 0L, 0L, 0L, 0L, 0L, null, null);
        // rx_bytes is 2^64-1: a counter above 2^63 must come out as the unsigned number.
        InterfaceCounters ethCounters = new InterfaceCounters(-1L, 5L, 1L, 2L, 3L, 4L, 0L, 7L, null, null, null,
                42L, 6L, 0L, 0L, 0L, 1L, 0L, 0L, null, null);
        InterfaceCounters winCounters = new InterfaceCounters(900_000L, null, 0L, 0L, null, null, null, null,
                1200L, 30L, 2L, 800_000L, null, 0L, 0L, null, null, null, null, 1100L, 25L);
        return List.of(
                new NetInterface("lo", 1, null, 65536, 0, EnumSet.of(InterfaceFlag.UP, InterfaceFlag.LOOPBACK,
                        InterfaceFlag.RUNNING), 0x49L, "00:00:00:00:00:00", 772, 1000L,
                        List.of(new InterfaceAddress(ip("127.0.0.1"), 8, null, null, null),
                                new InterfaceAddress(ip("::1"), 128, null, null, 0x10)),
                        loCounters, LinkType.LOOPBACK),
                new NetInterface("eth0", 2, null, 1500, 0, EnumSet.of(InterfaceFlag.UP, InterfaceFlag.BROADCAST,
                        InterfaceFlag.RUNNING, InterfaceFlag.MULTICAST), 0x1043L, "52:54:00:12:34:56", 1, 1000L,
                        List.of(new InterfaceAddress(ip("10.0.2.15"), 24, ip("10.0.2.255"), null, null),
                                new InterfaceAddress(ip("10.2.0.1"), 16, ip("10.2.255.255"), null, null, "eth0:1"),
                                new InterfaceAddress(scoped("fe80::5054:ff:fe12:3456", 2), 64, null, null, 0x20)),
                        ethCounters, LinkType.ETHERNET),
                new NetInterface("Ethernet", 6, "Intel(R) 82574L Gigabit Network Connection", 1500, 25,
                        EnumSet.of(InterfaceFlag.UP), null, "00:15:5d:01:02:03", 6, null, List.of(), winCounters),
                new NetInterface("tun0", 7, null, 1400, null, EnumSet.of(InterfaceFlag.UP,
                        InterfaceFlag.POINT_TO_POINT, InterfaceFlag.NO_ARP), null, null, 65534, 500L,
                        List.of(new InterfaceAddress(ip("10.8.0.1"), 32, null, ip("10.8.0.2"), null)), null,
                        LinkType.OTHER));
    }

    static List<Route> routes() {
        return List.of(
                new Route(AddressFamily.IPV4, ip("0.0.0.0"), 0, ip("10.0.2.2"), EnumSet.of(RouteFlag.UP,
                        RouteFlag.GATEWAY), 0x3L, 100L, null, 0L, 0L, "eth0", 2, 0, 0, 0, null, null, false, false),
                new Route(AddressFamily.IPV4, ip("10.0.2.0"), 24, null, EnumSet.of(RouteFlag.UP), 0x1L, 100L, 25L,
                        0L, 0L, "eth0", 2, 0, 0, 0, null, null, false, true),
                new Route(AddressFamily.IPV6, ip("fe80::"), 64, null, EnumSet.of(RouteFlag.UP), 0x1L, 256L, null, 1L,
                        3L, "eth0", 2, null, null, null, ip("::"), 0, false, false),
                new Route(AddressFamily.IPV4, ip("10.0.2.2"), 32, null, EnumSet.of(RouteFlag.UP, RouteFlag.HOST,
                        RouteFlag.CACHE), null, 0L, null, 1L, 12L, "eth0", 2, 1460, 0, 0, null, null, true, false));
    }

    static List<StatisticsGroup> statistics() {
        return List.of(
                new StatisticsGroup("Ip", AddressFamily.IPV4, List.of(new StatisticsCounter("Forwarding", 1),
                        new StatisticsCounter("DefaultTTL", 64), new StatisticsCounter("InReceives", 123456))),
                new StatisticsGroup("Tcp", null, List.of(new StatisticsCounter("RtoAlgorithm", 1),
                        new StatisticsCounter("MaxConn", -1), new StatisticsCounter("ActiveOpens", 9001))),
                new StatisticsGroup("Icmp6", AddressFamily.IPV6, List.of(new StatisticsCounter("Icmp6InMsgs", 3))));
    }

    static List<MulticastGroup> groups() {
        return List.of(new MulticastGroup("lo", 1, 1, ip("224.0.0.1")),
                new MulticastGroup("eth0", 2, 2, ip("ff02::1")));
    }

    static List<ConntrackEntry> masquerade() {
        return List.of(new ConntrackEntry(AddressFamily.IPV4, "tcp", 6, 431999L, "ESTABLISHED",
                new ConntrackEntry.Tuple(ep("192.168.1.10", 51515), ep("93.184.216.34", 443)),
                new ConntrackEntry.Tuple(ep("93.184.216.34", 443), ep("10.0.2.15", 51515)), true, false));
    }

    static List<Diagnostic> socketDiagnostics() {
        return List.of(
                new Diagnostic(Diagnostic.Code.OWNERS_PARTIAL, Severity.WARNING, "/proc/*/fd",
                        "owners of 3 sockets belong to other users' processes; run as root to see them", null, 3,
                        1000L),
                new Diagnostic(Diagnostic.Code.MALFORMED_LINES, Severity.WARNING, "/proc/net/tcp6",
                        "skipped 2 malformed lines", Protocol.TCP, 2, null));
    }

    static SocketQuery everythingQuery() {
        return SocketQuery.everything();
    }

    /** Every section of the contract, Linux-shaped. */
    static Sample everything() {
        ViewRequest request = ViewRequest.sockets(everythingQuery()).withInterfaces().withRoutes(RouteQuery.withCache())
                .withStatistics().withGroups().withMasquerade();
        return new Sample(LINUX_HOST, "linux-procfs", LINUX_CAPABILITIES, request, AT,
                new Snapshot<>(linuxSockets(), socketDiagnostics(), AT),
                new Snapshot<>(interfaces(), List.of(Diagnostic.of(Diagnostic.Code.SOURCE_MISSING, Severity.INFO,
                        "/proc/net/if_inet6", "IPv6 is disabled on this host")), AT),
                new Snapshot<>(routes(), List.of(), AT), new Snapshot<>(statistics(), List.of(), AT),
                new Snapshot<>(groups(), List.of(), AT), new Snapshot<>(masquerade(), List.of(), AT));
    }

    /** A {@code -tln}-style listing: TCP listeners only, no other section. */
    static Sample tcpListeners() {
        SocketQuery q = new SocketQuery(EnumSet.of(Protocol.TCP), EnumSet.of(AddressFamily.IPV4, AddressFamily.IPV6),
                Scope.LISTENING, false, false, false);
        List<SocketEntry> rows = linuxSockets().stream().filter(q::matches)
                .map(e -> e.toBuilder().owners(List.of()).user(null).timer(null).build()).toList();
        return new Sample(LINUX_HOST, "linux-procfs", LINUX_CAPABILITIES, ViewRequest.sockets(q), AT,
                new Snapshot<>(rows, List.of(), AT), null, null, null, null, null);
    }

    /** A Windows host: sockets of every Windows shape plus its interfaces. */
    static Sample windows() {
        SocketQuery q = new SocketQuery(EnumSet.of(Protocol.TCP, Protocol.UDP),
                EnumSet.of(AddressFamily.IPV4, AddressFamily.IPV6), Scope.ALL, true, false, false);
        return new Sample(WINDOWS_HOST, "windows-iphlpapi", EnumSet.of(Capability.SOCKETS,
                Capability.PROCESS_OWNERS, Capability.INTERFACES, Capability.ROUTES, Capability.STATISTICS),
                ViewRequest.sockets(q).withInterfaces(), AT, new Snapshot<>(windowsSockets(), List.of(), AT),
                new Snapshot<>(interfaces().subList(2, 3), List.of(), AT), null, null, null, null);
    }
}
