package io.github.netstatx.cli.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netstatx.cli.CommandRun;
import io.github.netstatx.cli.FakeBackend;
import io.github.netstatx.cli.names.ServiceEntry;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Byte-exact layouts of the Windows dialect, from Windows-shaped model data ({@link WindowsShapedModel}).
 * The expected rows were written from netstat.exe's format strings and checked against the real
 * captures quoted in shared/reference/windows.md §2.1–2.5; the rows that appear in those captures
 * (0.0.0.0:135 LISTENING 748, the fe80::e900...%10 pair, UDP 0.0.0.0:123 ... 1234, the BOUND row,
 * name-mode rows) are identical to them character for character.
 */
class ActiveConnectionsGoldenTest {

    private static final String HEADER = "  Proto  Local Address          Foreign Address        State";
    private static final String HEADER_PID = HEADER + "           PID";

    private static final List<String> ANO_ROWS = List.of(
            "  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       748",
            "  TCP    0.0.0.0:445            0.0.0.0:0              LISTENING       4",
            "  TCP    10.0.2.15:139          0.0.0.0:0              LISTENING       4",
            "  TCP    10.0.2.15:54628        172.226.117.113:443    ESTABLISHED     5012",
            "  TCP    10.0.2.15:54630        2.19.78.144:80         TIME_WAIT       0",
            "  TCP    10.0.2.15:54700        10.0.2.2:3389          DELETE_TCB      1200",
            "  TCP    10.0.2.15:54701        93.184.216.34:80       SYN_SENT        5012",
            "  TCP    127.0.0.1:1521         127.0.0.1:49692        ESTABLISHED     3100",
            "  TCP    [::]:135               [::]:0                 LISTENING       748",
            "  TCP    [::1]:49670            [::1]:49671            CLOSE_WAIT      3100",
            "  TCP    [2001:db8:85a3:1234:5678:8a2e:370:7334]:49800  [2001:db8:ffff:ffff:ffff:ffff:ffff:ffff]:443"
                    + "  FIN_WAIT_1      5012",
            "  TCP    [fe80::e900:66ee:c9a5:cec9%10]:389  [fe80::e900:66ee:c9a5:cec9%10]:52934  ESTABLISHED     628",
            "  UDP    0.0.0.0:123            *:*                                    1234",
            "  UDP    0.0.0.0:5353           *:*                                    2000",
            "  UDP    0.0.0.0:5353           *:*                                    2001",
            "  UDP    [::]:5353              *:*                                    2000",
            "  UDP    [fe80::88a3:7388:e822:ac71%4]:53  *:*                                    3000");

    private static final List<String> AN_ROWS = List.of(
            "  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING",
            "  TCP    0.0.0.0:445            0.0.0.0:0              LISTENING",
            "  TCP    10.0.2.15:139          0.0.0.0:0              LISTENING",
            "  TCP    10.0.2.15:54628        172.226.117.113:443    ESTABLISHED",
            "  TCP    10.0.2.15:54630        2.19.78.144:80         TIME_WAIT",
            "  TCP    10.0.2.15:54700        10.0.2.2:3389          DELETE_TCB",
            "  TCP    10.0.2.15:54701        93.184.216.34:80       SYN_SENT",
            "  TCP    127.0.0.1:1521         127.0.0.1:49692        ESTABLISHED",
            "  TCP    [::]:135               [::]:0                 LISTENING",
            "  TCP    [::1]:49670            [::1]:49671            CLOSE_WAIT",
            "  TCP    [2001:db8:85a3:1234:5678:8a2e:370:7334]:49800  [2001:db8:ffff:ffff:ffff:ffff:ffff:ffff]:443"
                    + "  FIN_WAIT_1",
            "  TCP    [fe80::e900:66ee:c9a5:cec9%10]:389  [fe80::e900:66ee:c9a5:cec9%10]:52934  ESTABLISHED",
            // The format string pads the empty foreign side of UDP rows: 20 blanks after *:*.
            "  UDP    0.0.0.0:123            *:*                    ",
            "  UDP    0.0.0.0:5353           *:*                    ",
            "  UDP    0.0.0.0:5353           *:*                    ",
            "  UDP    [::]:5353              *:*                    ",
            "  UDP    [fe80::88a3:7388:e822:ac71%4]:53  *:*                    ");

    private static FakeBackend host() {
        return new FakeBackend(WindowsShapedModel.HOST, WindowsShapedModel.sockets(), List.of());
    }

    /** A run on a Linux host with the Windows dialect chosen by --dialect. */
    private static CommandRun win(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--dialect";
        all[1] = "windows";
        System.arraycopy(args, 0, all, 2, args.length);
        return CommandRun.onLinux(host(), all);
    }

    private static String block(String header, List<String> rows) {
        StringBuilder sb = new StringBuilder("\nActive Connections\n\n").append(header).append('\n');
        rows.forEach(r -> sb.append(r).append('\n'));
        return sb.toString();
    }

    private static List<String> without(List<String> rows, String... fragments) {
        return rows.stream().filter(r -> {
            for (String f : fragments) {
                if (r.contains(f)) {
                    return false;
                }
            }
            return true;
        }).toList();
    }

    @Test
    void anoThroughTheWholeCommand() {
        CommandRun r = win("-ano");
        assertEquals("", r.err());
        assertEquals(0, r.status());
        assertEquals(block(HEADER_PID, ANO_ROWS), r.out());
    }

    @Test
    void slashOptionsSelectTheDialectAndMeanTheSame() {
        CommandRun r = CommandRun.onLinux(host(), "/a", "/N", "/o");
        assertEquals(block(HEADER_PID, ANO_ROWS), r.out());
    }

    @Test
    void anPadsUdpRowsAsTheFormatStringDoes() {
        CommandRun r = CommandRun.onLinux(host(), "/an");
        assertEquals(block(HEADER, AN_ROWS), r.out());
    }

    @Test
    void withoutAllOnlyTcpConnectionsAreListed() {
        CommandRun r = CommandRun.onLinux(host(), "/no");
        List<String> rows = without(ANO_ROWS, "LISTENING", "UDP");
        assertEquals(block(HEADER_PID, rows), r.out());
        assertEquals(8, rows.size());
    }

    @Test
    void qAddsBoundSocketsToEverything() {
        CommandRun r = win("-qno");
        List<String> rows = new java.util.ArrayList<>(ANO_ROWS);
        // The row of a real capture (windows.md §2.5), between 0.0.0.0:445 and 10.0.2.15:139.
        rows.add(2, "  TCP    0.0.0.0:50100          0.0.0.0:0              BOUND           44328");
        assertEquals(block(HEADER_PID, rows), r.out());
    }

    @Test
    void pSelectsOneProtocolOfOneFamily() {
        assertEquals(block(HEADER, AN_ROWS.subList(0, 8)), CommandRun.onLinux(host(), "/an", "/p", "tcp").out());
        assertEquals(block(HEADER, AN_ROWS.subList(8, 12)), win("-anp", "TCPv6").out());
        assertEquals(block(HEADER, AN_ROWS.subList(12, 15)), win("-a", "-n", "-p", "Udp").out());
        assertEquals(block(HEADER, AN_ROWS.subList(15, 17)), CommandRun.onLinux(host(), "/P", "udpv6", "/AN").out());
    }

    @Test
    void udpWithoutAllPrintsTheHeaderOnly() {
        FakeBackend b = host();
        CommandRun r = CommandRun.onLinux(b, "/n", "/p", "udp");
        assertEquals(block(HEADER, List.of()), r.out());
        assertEquals(List.of(), b.queries, "nothing to collect, so nothing is asked");
    }

    @Test
    void bPrintsComponentAndExecutableLines() {
        CommandRun r = win("-abno");
        String expected = block(HEADER_PID, List.of(
                "  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       748",
                "  RpcSs",
                " [svchost.exe]",
                "  TCP    0.0.0.0:445            0.0.0.0:0              LISTENING       4",
                " Can not obtain ownership information",
                "  TCP    10.0.2.15:139          0.0.0.0:0              LISTENING       4",
                " Can not obtain ownership information",
                "  TCP    10.0.2.15:54628        172.226.117.113:443    ESTABLISHED     5012",
                " [firefox.exe]",
                "  TCP    10.0.2.15:54630        2.19.78.144:80         TIME_WAIT       0",
                "  TCP    10.0.2.15:54700        10.0.2.2:3389          DELETE_TCB      1200",
                "  TermService",
                " [svchost.exe]",
                "  TCP    10.0.2.15:54701        93.184.216.34:80       SYN_SENT        5012",
                " [firefox.exe]",
                "  TCP    127.0.0.1:1521         127.0.0.1:49692        ESTABLISHED     3100",
                " [oracle.exe]",
                "  TCP    [::]:135               [::]:0                 LISTENING       748",
                "  RpcSs",
                " [svchost.exe]",
                "  TCP    [::1]:49670            [::1]:49671            CLOSE_WAIT      3100",
                " [oracle.exe]",
                "  TCP    [2001:db8:85a3:1234:5678:8a2e:370:7334]:49800  [2001:db8:ffff:ffff:ffff:ffff:ffff:ffff]:443"
                        + "  FIN_WAIT_1      5012",
                " [firefox.exe]",
                "  TCP    [fe80::e900:66ee:c9a5:cec9%10]:389  [fe80::e900:66ee:c9a5:cec9%10]:52934  ESTABLISHED     628",
                " [lsass.exe]",
                "  UDP    0.0.0.0:123            *:*                                    1234",
                "  W32Time",
                " [svchost.exe]",
                "  UDP    0.0.0.0:5353           *:*                                    2000",
                "  Dnscache",
                " [svchost.exe]",
                "  UDP    0.0.0.0:5353           *:*                                    2001",
                " [svchost.exe]",
                "  UDP    [::]:5353              *:*                                    2000",
                "  Dnscache",
                " [svchost.exe]",
                "  UDP    [fe80::88a3:7388:e822:ac71%4]:53  *:*                                    3000",
                "  DNS",
                " [dns.exe]"));
        assertEquals(expected, r.out());
    }

    @Test
    void offloadColumnHasABlankLineAfterTheHeaderAndPaddedCells() {
        CommandRun r = CommandRun.onLinux(host(), "/nat");
        String header = "  Proto  Local Address          Foreign Address        State           Offload State";
        String expected = "\nActive Connections\n\n" + header + "\n\n"
                + "  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       InHost      \n"
                + "  TCP    0.0.0.0:445            0.0.0.0:0              LISTENING       InHost      \n";
        assertEquals(expected, r.out().substring(0, expected.length()));
        // UDP rows: empty state and empty offload state, padded through column 83.
        String udp = "  UDP    0.0.0.0:123            *:*                                                \n";
        assertEquals(83, udp.length() - 1, "offload cell ends at column 82");
        assertEquals(true, r.out().contains(udp), r.out());
    }

    @Test
    void pidAndOffloadAreSeparatedByATab() {
        CommandRun r = win("-anot");
        String[] lines = r.out().split("\n", -1);
        assertEquals("  Proto  Local Address          Foreign Address        State           PID      Offload State",
                lines[3]);
        assertEquals("", lines[4]);
        assertEquals("  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       748\tInHost      ",
                lines[5]);
        assertEquals("  UDP    0.0.0.0:123            *:*                                    1234\t            ",
                lines[17]);
    }

    @Test
    void templateColumnWithTheDocumentedValue() throws Exception {
        CommandRun r = new WindowsRun(host()).services(List.of(new ServiceEntry("https", 443, "tcp"))).run("-y");
        String[] lines = r.out().split("\n", -1);
        assertEquals("  Proto  Local Address          Foreign Address        State           Template", lines[3]);
        assertEquals("  TCP    10.0.2.15:54628        172.226.117.113:https  ESTABLISHED     NotApplicable", lines[4]);
    }

    @Test
    void networkDirectSectionIsEmpty() {
        CommandRun r = win("-x");
        assertEquals("\nActive NetworkDirect Connections, Listeners, SharedEndpoints\n\n"
                + "  Mode  IfIndex  Type  Local Address  Foreign Address  PID\n", r.out());
        assertEquals(0, r.status());
    }

    @Test
    void windowsHostsGetCrlf() {
        CommandRun r = CommandRun.run(List.of(host()), Map.of(), "Windows 11", false, "-ano", "-p", "tcp");
        String first = "\r\nActive Connections\r\n\r\n" + HEADER_PID + "\r\n" + ANO_ROWS.get(0) + "\r\n";
        assertEquals(first, r.out().substring(0, first.length()));
        assertEquals(false, r.out().replace("\r\n", "").contains("\n"), "every line ends in CRLF");
    }

    @Test
    void nameModeResolvesOnlyTheForeignSide() throws Exception {
        List<ServiceEntry> services = List.of(new ServiceEntry("http", 80, "tcp"),
                new ServiceEntry("https", 443, "tcp"), new ServiceEntry("https-alt", 443, "tcp"),
                new ServiceEntry("ms-wbt-server", 3389, "tcp"), new ServiceEntry("ntp", 123, "udp"));
        WindowsRun run = new WindowsRun(host()).services(services).resolver(WindowsNames::lookup);
        CommandRun r = run.run("-a", "-p", "tcp");
        assertEquals(block(HEADER, List.of(
                "  TCP    0.0.0.0:135            DESKTOP-9JPISDO:0      LISTENING",
                "  TCP    0.0.0.0:445            DESKTOP-9JPISDO:0      LISTENING",
                "  TCP    10.0.2.15:139          DESKTOP-9JPISDO:0      LISTENING",
                "  TCP    10.0.2.15:54628        a172-226-117-113:https  ESTABLISHED",
                "  TCP    10.0.2.15:54630        2.19.78.144:http       TIME_WAIT",
                "  TCP    10.0.2.15:54700        gateway:ms-wbt-server  DELETE_TCB",
                "  TCP    10.0.2.15:54701        example:http           SYN_SENT",
                "  TCP    127.0.0.1:1521         DESKTOP-9JPISDO:49692  ESTABLISHED")), r.out());
        CommandRun f = run.run("-f");
        assertEquals(true, f.out().contains(
                "  TCP    10.0.2.15:54628        a172-226-117-113.deploy.static.akamaitechnologies.com:https"
                        + "  ESTABLISHED\n"), f.out());
        assertEquals(true, f.out().contains(
                "  TCP    [fe80::e900:66ee:c9a5:cec9%10]:389  fe80-host.corp.example:52934  ESTABLISHED\n"), f.out());
    }

    /** A fake reverse resolver. */
    static final class WindowsNames {
        static Optional<String> lookup(InetAddress a) {
            return switch (a.getHostAddress().replaceAll("%.*", "")) {
                case "172.226.117.113" -> Optional.of("a172-226-117-113.deploy.static.akamaitechnologies.com");
                case "10.0.2.2" -> Optional.of("gateway");
                case "93.184.216.34" -> Optional.of("example.com");
                case "fe80:0:0:0:e900:66ee:c9a5:cec9" -> Optional.of("fe80-host.corp.example");
                default -> Optional.empty();
            };
        }
    }
}
