package io.github.netstatx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.model.InetEndpoint;
import io.github.netstatx.core.model.OsFamily;
import io.github.netstatx.core.model.Protocol;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import io.github.netstatx.core.model.UnixInfo;
import io.github.netstatx.core.model.UnixPath;
import io.github.netstatx.core.model.UnixSocketType;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The BSD-family dialects over data that has no kernel addresses (Linux, Windows): the address columns and the
 * queues Windows does not report print {@code -}, because {@code 0} there reads as a null pointer (not connected,
 * no vnode) or an empty queue. A kernel address from a document cannot forge a row. Expected rows worked out by
 * hand from each layout's widths (Apple: {@code %16s %8s}; AIX: {@code %-16s}, UNIX columns {@code %16s}).
 */
class UnknownKernelHandlesTest {

    private static final HostInfo LINUX = new HostInfo("box", OsFamily.LINUX, "Debian", "6.1", "amd64");

    private static InetEndpoint ep(String literal, int port) throws Exception {
        return new InetEndpoint(InetAddress.getByName(literal), port);
    }

    /** A Linux-backend row: queues known, no kernel addresses. */
    private static SocketEntry linuxListener() throws Exception {
        return SocketEntry.builder(Protocol.TCP, AddressFamily.IPV4).local(ep("127.0.0.1", 8080))
                .remote(ep("0.0.0.0", 0)).state(TcpState.LISTEN).recvQueue(0L).sendQueue(0L).build();
    }

    /** A Windows-backend row: IP Helper reports no queues. */
    private static SocketEntry windowsEstablished() throws Exception {
        return SocketEntry.builder(Protocol.TCP, AddressFamily.IPV4).local(ep("10.0.2.15", 54628))
                .remote(ep("172.226.117.113", 443)).state(TcpState.ESTABLISHED).build();
    }

    private static SocketEntry linuxUnixListener() {
        return SocketEntry.builder(Protocol.UNIX, AddressFamily.UNIX).recvQueue(0L).sendQueue(0L)
                .unix(new UnixInfo(UnixSocketType.STREAM, 1, Set.of(), null, null, null,
                        new UnixPath("/run/x.sock", false)))
                .build();
    }

    private static CommandRun run(List<SocketEntry> sockets, String... args) {
        return CommandRun.onLinux(new FakeBackend(LINUX, sockets, List.of()), args);
    }

    @Test
    void appleDialectPrintsDashesForAddressesAndQueuesTheDataDoesNotHave() throws Exception {
        CommandRun r = run(List.of(linuxListener(), windowsEstablished(), linuxUnixListener()),
                "--dialect", "macos", "-An", "-a");
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        // -A cuts the address columns to 18 characters (%-18.18s), as Apple's netstat does.
        assertEquals("               -        - tcp4       0      0  127.0.0.1.8080     *.*                LISTEN     ",
                lines.stream().filter(l -> l.contains("8080")).findFirst().orElseThrow());
        assertEquals("               -        - tcp4       -      -  10.0.2.15.54628    172.226.117.113.44 ESTABLISHED",
                lines.stream().filter(l -> l.contains("54628")).findFirst().orElseThrow());
        assertEquals("               - stream      0      0                -                -                -"
                + "                - /run/x.sock",
                lines.stream().filter(l -> l.endsWith("x.sock")).findFirst().orElseThrow());
        assertFalse(r.out().contains(" 0 tcp4"), r.out());
    }

    @Test
    void aixDialectPrintsDashesForAddressesAndQueuesTheDataDoesNotHave() throws Exception {
        CommandRun r = run(List.of(linuxListener(), windowsEstablished(), linuxUnixListener()),
                "--dialect", "aix", "-Aan");
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("-                tcp4       0      0  127.0.0.1.8080        *.*                   LISTEN",
                lines.stream().filter(l -> l.contains("8080")).findFirst().orElseThrow());
        assertEquals("-                tcp4       -      -  10.0.2.15.54628       172.226.117.113.443   ESTABLISHED",
                lines.stream().filter(l -> l.contains("54628")).findFirst().orElseThrow());
        int unix = lines.indexOf(lines.stream().filter(l -> l.endsWith("x.sock")).findFirst().orElseThrow());
        assertEquals("               - stream      0      0                -                -                -"
                + "                - /run/x.sock", lines.get(unix));
        assertEquals("-", lines.get(unix + 1), "the PCB line under the UNIX row");
    }

    @Test
    void aKernelAddressWithAControlCharacterCannotForgeARow() throws Exception {
        SocketEntry forged = SocketEntry.builder(Protocol.TCP, AddressFamily.IPV4).local(ep("127.0.0.1", 22))
                .remote(ep("0.0.0.0", 0)).state(TcpState.LISTEN).recvQueue(0L).sendQueue(0L)
                .pcbAddress("f1\ntcp4 0 0 *.23 *.* LISTEN").build();
        for (String dialect : List.of("macos", "aix")) {
            CommandRun r = run(List.of(forged), "--dialect", dialect, "-Aan");
            assertEquals(0, r.status(), r.err());
            assertEquals(1, r.out().lines().filter(l -> l.contains("tcp4")).count(), dialect + ":\n" + r.out());
            assertFalse(r.out().lines().anyMatch(l -> l.startsWith("tcp4 0 0")), dialect + ":\n" + r.out());
        }
    }
}
