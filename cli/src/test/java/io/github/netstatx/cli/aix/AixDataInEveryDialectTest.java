package io.github.netstatx.cli.aix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.cli.CommandRun;
import io.github.netstatx.cli.json.ContractSchema;
import io.github.netstatx.cli.FakeBackend;
import io.github.netstatx.cli.windows.WindowsShapedModel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Dialects render from the model only: the recorded AIX host through the Linux and Windows dialects, and
 * Windows-shaped data through the AIX dialect. Expected rows were worked out by hand from each layout.
 */
class AixDataInEveryDialectTest {

    private static CommandRun onAix(String... args) {
        return CommandRun.run(List.of(RecordedAixHost.quotedRows()), Map.of(), "AIX", false, args);
    }

    @Test
    void aixSocketsInTheLinuxDialect() {
        CommandRun r = onAix("--dialect", "linux", "-tan");
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("Active Internet connections (servers and established)", lines.get(0));
        // AIX's plain "tcp" is a socket of both families: the Linux dialect lists it as tcp6.
        assertTrue(lines.contains(
                "tcp6       0      0 192.168.1.114:58420     192.168.1.115:23        FIN_WAIT1  "), r.out());
        assertTrue(lines.contains(
                "tcp        0      0 127.0.0.1:8000          0.0.0.0:*               LISTEN     "), r.out());
        assertEquals(7, lines.size(), r.out());
    }

    @Test
    void aixSocketsInTheWindowsDialect() {
        CommandRun r = onAix("--dialect", "windows", "-an");
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.contains("  TCP    0.0.0.0:1334           0.0.0.0:0              LISTENING"), r.out());
        assertTrue(lines.contains("  TCP    192.168.1.114:58420    192.168.1.115:23       FIN_WAIT_1"), r.out());
    }

    @Test
    void aixRoutesAndInterfacesInTheLinuxDialect() {
        CommandRun routes = onAix("--dialect", "linux", "-rn");
        assertEquals(0, routes.status(), routes.err());
        assertTrue(routes.out().lines().anyMatch(l -> l.startsWith("0.0.0.0         172.31.0.1      0.0.0.0         UG")),
                routes.out());
        assertTrue(routes.out().lines().anyMatch(l -> l.startsWith("172.31.0.0      172.31.10.23    255.255.240.0   U ")),
                routes.out());
        CommandRun ifaces = onAix("--dialect", "linux", "-i");
        assertEquals(0, ifaces.status(), ifaces.err());
        assertTrue(ifaces.out().lines().anyMatch(l -> l.startsWith("en0") && l.contains("1714807956")), ifaces.out());
    }

    @Test
    void windowsShapedDataInTheAixDialect() {
        FakeBackend b = new FakeBackend(WindowsShapedModel.HOST, WindowsShapedModel.sockets(), List.of());
        CommandRun r = CommandRun.run(List.of(b), Map.of(), "Linux", false, "--dialect", "aix", "-an");
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("Active Internet connections (including servers)", lines.get(0));
        assertTrue(lines.contains(
                "tcp4       0      0  10.0.2.15.54628       172.226.117.113.443   ESTABLISHED"), r.out());
        assertTrue(lines.contains(
                "tcp4       0      0  *.445                 *.*                   LISTEN"), r.out());
        assertTrue(lines.contains(
                "tcp4       0      0  *.50100               *.*                   CLOSED"), r.out());
        assertTrue(lines.contains(
                "tcp6       0      0  ::1.49670             ::1.49671             CLOSE_WAIT"), r.out());
        assertTrue(lines.contains(
                "udp4       0      0  *.123                 *.*"), r.out());
    }

    @Test
    void unixSocketsOfAnAix73HostInTheOtherDialectsAndJson() {
        RecordedAixHost host = new RecordedAixHost(Map.of("netstat -Aan",
                RecordedAixHost.sample("netstat-Aan.gopsutil.txt")));
        CommandRun linux = CommandRun.run(List.of(host), Map.of(), "AIX", false, "--dialect", "linux", "-xa");
        assertEquals(0, linux.status(), linux.err());
        List<String> lines = linux.out().lines().toList();
        assertEquals(List.of("Active UNIX domain sockets (servers and established)",
                "Proto RefCnt Flags       Type       State         I-Node   Path",
                "unix  -      [ ]         DGRAM      UNKNOWN       -        ",
                "unix  -      [ ]         DGRAM      UNKNOWN       -        /dev/SRC",
                "unix  -      [ ]         STREAM     UNKNOWN       -        /var/ct/IW/soc/mc/RMIBM.DRM.0",
                "unix  -      [ ]         STREAM     UNKNOWN       -        "), lines);
        CommandRun apple = CommandRun.run(List.of(host), Map.of(), "AIX", false, "--dialect", "macos", "-Aan",
                "-f", "unix");
        assertEquals(0, apple.status(), apple.err());
        // Apple's listing: the PCB in the first column, streams before datagrams.
        assertTrue(apple.out().lines().anyMatch(l -> l.equals("f1000f000557b280 dgram       0      0 "
                + "f1000b02a0354c20                0                0                0 /dev/SRC")), apple.out());
        CommandRun json = CommandRun.run(List.of(host), Map.of(), "AIX", false, "--json", "-Aan");
        assertEquals(0, json.status(), json.err());
        ContractSchema.assertValid(json.out(), "AIX UNIX sockets");
        assertTrue(json.out().contains("\"socket_address\":\"f1000f000010a408\""), json.out());
        assertTrue(json.out().contains("\"pcb_address\":\"f1000f000557b280\""), json.out());
    }
}
