package io.github.netstatx.cli.macos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.cli.CommandRun;
import io.github.netstatx.cli.json.ContractSchema;
import io.github.netstatx.core.capture.DirectoryCaptureSource;
import io.github.netstatx.core.model.HostInfo;
import io.github.netstatx.core.spi.Availability;
import io.github.netstatx.core.spi.BackendConfig;
import io.github.netstatx.core.spi.BackendException;
import io.github.netstatx.core.spi.BackendProvider;
import io.github.netstatx.core.spi.Backends;
import io.github.netstatx.core.spi.NetstatBackend;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A macOS capture ({@code fixtures/macos/capture-13}: sysctl bytes encoded from the recorded XNU layouts)
 * replayed through the macos-sysctl backend, which the CLI finds by ServiceLoader like any backend, and
 * rendered by all three dialects and as JSON.
 */
class MacCaptureInEveryDialectTest {

    static final Path CAPTURE = Path.of("..", "fixtures", "macos", "capture-13");

    /** The discovered macos-sysctl provider, opened over the capture instead of the live system. */
    static BackendProvider replaying() throws Exception {
        BackendProvider real = Backends.discover().byId("macos-sysctl").orElseThrow();
        NetstatBackend backend = real.openReplay(BackendConfig.live().withReplay(DirectoryCaptureSource.open(CAPTURE)));
        return new BackendProvider() {
            @Override
            public String id() {
                return real.id();
            }

            @Override
            public int priority() {
                return 100;
            }

            @Override
            public String description() {
                return "replay of " + CAPTURE;
            }

            @Override
            public Availability probe(BackendConfig config) {
                return Availability.yes("replay");
            }

            @Override
            public NetstatBackend open(BackendConfig config) throws BackendException {
                return backend;
            }
        };
    }

    private static CommandRun run(String dialect, String... args) throws Exception {
        String[] all = new String[args.length + 2];
        all[0] = "--dialect";
        all[1] = dialect;
        System.arraycopy(args, 0, all, 2, args.length);
        return CommandRun.run(List.of(replaying()), Map.of(), "Linux", false, all);
    }

    @Test
    void appleDialect() throws Exception {
        CommandRun r = run("macos", "-an");
        assertEquals(0, r.status(), r.err());
        assertEquals(String.join("\n", AppleGoldenTest.golden("capture-13-an.txt")), r.out());
        assertEquals("", r.err(), "INFO diagnostics stay quiet, as netstat is");
    }

    @Test
    void appleDialectWithoutServersHidesListeningTcpOnly() throws Exception {
        CommandRun r = run("macos", "-n", "-p", "tcp");
        assertEquals(List.of("Active Internet connections",
                "Proto Recv-Q Send-Q  Local Address          Foreign Address        (state)    ",
                "tcp4      31      0  127.0.0.1.50000        127.0.0.1.8080         ESTABLISHED",
                "tcp6       0      0  fe80::aede:48ff:.50001 fe80::1%4.443          ESTABLISHED",
                "tcp6       0      0  2001:db8::1.50002      2001:db8::2.443        TIME_WAIT  ",
                "tcp4       0      0  192.168.1.221.50004    17.57.144.20.5223      ESTABLISHED"),
                r.out().lines().toList());
    }

    @Test
    void interfacesInEveryDialect() throws Exception {
        CommandRun r = run("macos", "-inb");
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of(
                "Name  Mtu   Network       Address            Ipkts Ierrs     Ibytes    Opkts Oerrs     Obytes  Coll",
                "lo0   16384 <Link#1>                       1580150     0       9000  1580150     0       9000     0",
                "lo0   16384 127           127.0.0.1        1580150     -       9000  1580150     -       9000     -",
                "lo0   16384 ::1/128     ::1                1580150     -       9000  1580150     -       9000     -",
                "lo0   16384 fe80::1%lo0 fe80:1::1          1580150     -       9000  1580150     -       9000     -",
                "gif0* 1280  <Link#2>                             0     0          0        0     0          0     0",
                "en0   1500  <Link#3>    a4:83:e7:2d:62:8f 23300545     0  123456789 26448755   464  987654321     0",
                "en0   1500  fe80::cf9:c fe80:3::cf9:ca6f: 23300545     -  123456789 26448755     -  987654321     -",
                "en0   1500  192.168.1     192.168.1.221   23300545     -  123456789 26448755     -  987654321     -"),
                r.out().lines().toList());
        CommandRun l = run("linux", "-i");
        assertEquals(0, l.status(), l.err());
        assertTrue(l.out().contains("en0              1500 23300545      0      0 0      26448755    464      0      0 BMNRU"),
                l.out());
        CommandRun w = run("windows", "-e");
        assertEquals(0, w.status(), w.err());
        assertTrue(w.out().contains("Bytes                     123456789       987654321"), w.out());
    }

    @Test
    void linuxDialect() throws Exception {
        CommandRun r = run("linux", "-tuan");
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.contains("tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN     "),
                r.out());
        assertTrue(lines.contains("tcp6       0      0 :::8080                 :::*                    LISTEN     "),
                r.out());
        assertTrue(lines.contains("tcp       31      0 127.0.0.1:50000         127.0.0.1:8080          ESTABLISHED"),
                r.out());
        assertTrue(lines.contains("udp6       0      0 :::5353                 :::*                               "),
                r.out());
        assertEquals(12, lines.size(), "two header lines and ten TCP/UDP sockets (the stale PCB left out)");
    }

    /**
     * The capture's libproc answers: pid 403 holds the UDP socket on 63995 whose so_last_pid is 413, and the TCP
     * connection from 50000 together with pid 777. Linux and Windows show the descriptor holder; Apple's -v shows
     * so_last_pid as Apple's netstat does; JSON lists both with their roles.
     */
    @Test
    void exactOwnersFromLibprocInEveryDialect() throws Exception {
        CommandRun linux = run("linux", "-uanp");
        assertEquals(0, linux.status(), linux.err());
        assertTrue(linux.out().lines().anyMatch(l -> l.startsWith("udp        0      0 127.0.0.1:63995")
                && l.endsWith("403/proc403         ")), linux.out());
        CommandRun windows = run("windows", "-ano");
        assertTrue(windows.out().lines().toList().contains(
                "  UDP    127.0.0.1:63995        *:*                                    403"), windows.out());
        CommandRun apple = run("macos", "-anv", "-p", "udp");
        assertTrue(apple.out().lines().anyMatch(l -> l.startsWith("udp4       0      0  127.0.0.1.63995")
                && l.contains("    413    413 ")), apple.out());
        CommandRun json = run("macos", "--json", "-anv");
        assertEquals(0, json.status(), json.err());
        ContractSchema.assertValid(json.out(), "macOS capture with libproc owners as JSON");
        assertTrue(json.out().contains("{\"pid\":403,\"name\":\"proc403\",\"path\":\"/usr/libexec/proc403\","
                + "\"user\":null,\"module\":null,\"start_time\":null,\"role\":\"owner\"}"), json.out());
        assertTrue(json.out().contains("\"pid\":413,\"name\":null,\"path\":null,\"user\":null,\"module\":null,"
                + "\"start_time\":null,\"role\":\"last\"}"), json.out());
    }

    @Test
    void windowsDialect() throws Exception {
        CommandRun r = run("windows", "-ano");
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.contains("  TCP    0.0.0.0:22             0.0.0.0:0              LISTENING       401"),
                r.out());
        assertTrue(lines.contains("  UDP    [::]:5353              *:*                                    412"),
                r.out());
        assertTrue(lines.contains("  TCP    192.168.1.221:50004    17.57.144.20:5223      ESTABLISHED     407"),
                r.out());
    }

    @Test
    void theReplayOptionFindsTheMacosBackendByTheManifest() throws Exception {
        List<BackendProvider> discovered = new java.util.ArrayList<>();
        java.util.ServiceLoader.load(BackendProvider.class).forEach(discovered::add);
        CommandRun r = CommandRun.run(discovered, Map.of(), "Linux", false, "--replay", CAPTURE.toString(),
                "--dialect", "macos", "-an");
        assertEquals(0, r.status(), r.err());
        assertEquals(String.join("\n", AppleGoldenTest.golden("capture-13-an.txt")), r.out());
        CommandRun json = CommandRun.run(discovered, Map.of(), "Linux", false, "--replay", CAPTURE.toString(),
                "--json", "-i");
        assertEquals(0, json.status(), json.err());
        ContractSchema.assertValid(json.out(), "macOS capture interfaces as JSON");
    }

    @Test
    void json() throws Exception {
        CommandRun r = run("macos", "--json", "-an");
        assertEquals(0, r.status(), r.err());
        ContractSchema.assertValid(r.out(), "macOS capture as JSON");
        assertTrue(r.out().contains("\"user_space_flow\":true"), r.out());
    }

    @Test
    void routesInEveryDialect() throws Exception {
        CommandRun apple = run("macos", "-rn");
        assertEquals(0, apple.status(), apple.err());
        // macOS 13 data: network_cmds-624..644 columns (Netif 10 wide without -l); the protocol-cloned host is hidden
        assertEquals(List.of("Routing tables", "", "Internet:",
                "Destination        Gateway            Flags           Netif Expire",
                "default            192.168.1.254      UGSc              en0       ",
                "127                127.0.0.1          UCS               lo0       ",
                "127.0.0.1          127.0.0.1          UH                lo0       ",
                "192.168.1          link#3             UCS               en0      !",
                "192.168.1.254      fc:ae:34:a1:3a:80  UHLWIir           en0    600",
                "224.0.0/4          link#3             UmCS              en0       ", "", "Internet6:",
                "Destination                             Gateway                         Flags           Netif Expire",
                "default                                 fe80::feae:34ff:fea1:3a80%en0   UGc               en0       ",
                "::1                                     ::1                             UHL               lo0       ",
                "fe80::%lo0/64                           fe80::1%lo0                     UcI               lo0       ",
                "ff02::%en0/16                           link#3                          UmCSI             en0       "),
                apple.out().lines().toList());
        assertTrue(run("macos", "-rna").out().contains(
                "192.168.1.64       fc:ae:34:a1:3a:80  UHW               en0       "), "-a shows protocol-cloned routes");
        CommandRun linux = run("linux", "-rn");
        assertEquals(0, linux.status(), linux.err());
        assertTrue(linux.out().lines().toList().contains(
                "0.0.0.0         192.168.1.254   0.0.0.0         UG        0 0          0 en0"), linux.out());
        CommandRun linux6 = run("linux", "-rn", "-A", "inet6");
        assertTrue(linux6.out().lines().toList().contains(
                "::/0                           fe80::feae:34ff:fea1:3a80  UG   0   7      0 en0"), linux6.out());
        CommandRun windows = run("windows", "-rn");
        assertEquals(0, windows.status(), windows.err());
        assertTrue(windows.out().lines().toList().contains(
                "      192.168.1.0    255.255.255.0         On-link     192.168.1.221      0"), windows.out());
        CommandRun json = run("macos", "--json", "-r");
        assertEquals(0, json.status(), json.err());
        ContractSchema.assertValid(json.out(), "macOS capture routes as JSON");
        assertTrue(json.out().contains("\"gateway_link_address\":\"fc:ae:34:a1:3a:80\""), json.out());
        assertTrue(json.out().contains("\"expires_at\":\"2026-12-02T10:10:00Z\""), json.out());
    }

    @Test
    void statisticsInEveryDialect() throws Exception {
        CommandRun linux = run("linux", "-s");
        assertEquals(0, linux.status(), linux.err());
        List<String> lines = linux.out().lines().toList();
        assertTrue(lines.contains("    40 active connection openings"), linux.out());
        assertTrue(lines.contains("    991 segments sent out"), linux.out());
        assertTrue(lines.contains("tcpstat:"), "the kernel's own counters follow, as net-tools prints unknown sections");
        CommandRun windows = run("windows", "-s");
        assertEquals(0, windows.status(), windows.err());
        assertTrue(windows.out().lines().toList().contains("  Packets Received                   = 1200"),
                windows.out());
        CommandRun json = run("linux", "--json", "-s");
        assertEquals(0, json.status(), json.err());
        ContractSchema.assertValid(json.out(), "macOS capture statistics as JSON");
        assertTrue(json.out().contains("\"tcps_sndrexmitpack\":9"), json.out());
    }

    @Test
    void groupsInEveryDialect() throws Exception {
        CommandRun apple = run("macos", "-gn");
        assertEquals(0, apple.status(), apple.err());
        assertEquals(List.of("Link-layer Multicast Group Memberships", "Group               \tLink-layer Address\tNetif", "",
                "IPv4 Multicast Group Memberships", "Group               \tLink-layer Address\tNetif",
                "224.0.0.1           \t<none>          \tlo0", "224.0.0.251         \t1:0:5e:0:0:fb   \ten0", "",
                "IPv6 Multicast Group Memberships", "Group               \tLink-layer Address\tNetif",
                "ff02::1%lo0         \t<none>          \tlo0", "ff02::fb%en0        \t33:33:0:0:0:fb  \ten0"),
                apple.out().lines().toList());
        CommandRun linux = run("linux", "-gn");
        assertEquals(0, linux.status(), linux.err());
        assertTrue(linux.out().lines().toList().contains("en0             2      224.0.0.251"), linux.out());
        CommandRun json = run("linux", "--json", "-g");
        assertEquals(0, json.status(), json.err());
        ContractSchema.assertValid(json.out(), "macOS capture groups as JSON");
        assertTrue(json.out().contains("\"link_layer_address\":\"33:33:00:00:00:fb\""), json.out());
    }
}
